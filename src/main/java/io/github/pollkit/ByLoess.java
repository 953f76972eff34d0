package io.github.pollkit;

import io.github.pollkit.trend.Loess;
import io.github.pollkit.trend.TrendBand;

/**
 * LOESS on a daily grid from the first to the last poll, with a pointwise normal band; see {@link
 * Smoothers#loess(double, int)}.
 *
 * @param span the fraction of polls in each local fit, in (0, 1]
 * @param robustnessIterations the number of robustness iterations, 0 or more
 * @param confidence the confidence level of the band, in (0, 1)
 */
record ByLoess(double span, int robustnessIterations, double confidence)
    implements Smoother, SmoothingEngine {

  ByLoess {
    if (!(span > 0 && span <= 1)) {
      throw new IllegalArgumentException("span must be in (0, 1], was " + span);
    }
    if (robustnessIterations < 0) {
      throw new IllegalArgumentException(
          "robustnessIterations must be >= 0, was " + robustnessIterations);
    }
    Smoothers.requireConfidence(confidence);
  }

  @Override
  public Smoother confidence(double level) {
    return new ByLoess(span, robustnessIterations, level);
  }

  @Override
  public Series.Need need() {
    return Series.Need.POINT;
  }

  @Override
  public SmoothedTrend smooth(Series s) {
    SmoothingEngine.requireSome(s);
    long first = (long) s.day[0];
    long[] days = new long[(int) ((long) s.day[s.size() - 1] - first) + 1];
    for (int i = 0; i < days.length; i++) {
      days[i] = first + i;
    }
    TrendBand band = Loess.fit(s.day, s.value, span, robustnessIterations, days, confidence).band();
    return SmoothedTrend.of(s, toString(), band, "");
  }

  /** For example {@code "LOESS, span 0.4, 2 robustness iterations, 90% band"}. */
  @Override
  public String toString() {
    return "LOESS, span "
        + span
        + (robustnessIterations == 0 ? "" : ", " + robustnessIterations + " robustness iterations")
        + SmoothingEngine.bandSuffix(confidence);
  }
}
