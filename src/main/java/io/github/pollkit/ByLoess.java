package io.github.pollkit;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.trend.Loess;
import io.github.pollkit.trend.TrendBand;
import java.util.stream.LongStream;

/**
 * LOESS on a daily grid from the first to the last poll; see {@link Smoothers#loess(double, int)}.
 */
record ByLoess(double span, int robustnessIterations, double confidence, PollWeights weights)
    implements SmootherEngine {

  ByLoess {
    Checks.span(span);
    Checks.atLeast(robustnessIterations, 0, "robustnessIterations");
    Checks.confidence(confidence);
  }

  @Override
  public Smoother confidence(double level) {
    return new ByLoess(span, robustnessIterations, level, weights);
  }

  @Override
  public Smoother withWeights(PollWeights weights) {
    return new ByLoess(span, robustnessIterations, confidence, weights);
  }

  @Override
  public Series.Need need() {
    return Series.Need.POINT;
  }

  @Override
  public SmoothedTrend smooth(Series s) {
    SmootherEngine.requireSome(s);
    long[] days = LongStream.rangeClosed((long) s.day[0], (long) s.day[s.size() - 1]).toArray();
    double[] w = weights.any() ? weights.of(s) : null;
    TrendBand band =
        Loess.fit(s.day, s.value, w, span, robustnessIterations, days, confidence).band();
    return SmoothedTrend.of(s, toString(), band, "");
  }

  /** For example {@code "LOESS, span 0.4, 2 robustness iterations, 90% band"}. */
  @Override
  public String toString() {
    return "LOESS, span "
        + span
        + (robustnessIterations == 0 ? "" : ", " + robustnessIterations + " robustness iterations")
        + SmootherEngine.bandSuffix(confidence)
        + weights;
  }
}
