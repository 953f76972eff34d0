package io.github.pollkit;

import io.github.pollkit.trend.PollSeries;
import io.github.pollkit.trend.RollingAverage;
import io.github.pollkit.trend.RollingAverageFit;
import io.github.pollkit.trend.TrendBand;
import java.util.Objects;

/** A weighted rolling average over a window of days; the engine holds the level. */
record ByRollingAverage(RollingAverage settings, PollWeights weights) implements SmootherEngine {

  ByRollingAverage {
    Objects.requireNonNull(settings, "average");
  }

  @Override
  public Smoother withWeights(PollWeights weights) {
    return new ByRollingAverage(settings, weights);
  }

  @Override
  public double confidence() {
    return settings.confidence();
  }

  @Override
  public Smoother confidence(double level) {
    return new ByRollingAverage(settings.withConfidence(level), weights);
  }

  @Override
  public Series.Need need() {
    return Series.Need.POINT;
  }

  @Override
  public SmoothedTrend smooth(Series s) {
    SmootherEngine.requireSome(s);
    // A lead a − b lies in [−100, 100]; PollSeries takes shares in [0, 100]. The weighted
    // mean and standard deviation are affine-equivariant: average (lead + 100) / 2, map back.
    double[] values = s.value.clone();
    if (s.isLead()) {
      for (int i = 0; i < values.length; i++) {
        values[i] = (values[i] + 100) / 2;
      }
    }
    PollSeries series =
        PollSeries.of(s.day, values)
            .withSampleSizes(s.n)
            .withPollsters(s.pollsters())
            .withWeights(weights.of(s));
    RollingAverageFit fit = settings.evaluate(series);
    TrendBand band = fit.band();
    if (s.isLead()) {
      band = SmoothedTrend.mapped(band, value -> 2 * value - 100, se -> 2 * se);
    }
    return SmoothedTrend.of(
        s, toString(), band, SmootherEngine.medianSampleSizeNote(fit.imputedSampleSizes()));
  }

  /** For example {@code "rolling average [REAL_TIME, 30 days, NONE, 95%]"}. */
  @Override
  public String toString() {
    return "rolling average " + SmootherEngine.bracketed(settings) + weights;
  }
}
