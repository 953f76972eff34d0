package io.github.pollkit;

import io.github.pollkit.trend.PollSeries;
import io.github.pollkit.trend.RollingAverage;
import io.github.pollkit.trend.RollingAverageFit;
import io.github.pollkit.trend.TrendBand;
import java.util.Objects;

/**
 * A weighted rolling average over a window of days; see {@link Smoothers#rollingAverage}. The
 * band's level is the engine's.
 *
 * @param settings the engine's settings, including the confidence level of the interval
 */
record ByRollingAverage(RollingAverage settings) implements Smoother, SmoothingEngine {

  ByRollingAverage {
    Objects.requireNonNull(settings, "average");
  }

  @Override
  public double confidence() {
    return settings.confidence();
  }

  @Override
  public Smoother confidence(double level) {
    return new ByRollingAverage(settings.withConfidence(level));
  }

  @Override
  public Series.Need need() {
    return Series.Need.POINT;
  }

  @Override
  public SmoothedTrend smooth(Series s) {
    SmoothingEngine.requireSome(s);
    // A lead a − b lies in [−100, 100]; PollSeries takes shares in [0, 100]. The weighted mean and
    // standard deviation are affine-equivariant, so average (lead + 100) / 2 and map back.
    double[] values = s.value.clone();
    if (s.isLead()) {
      for (int i = 0; i < values.length; i++) {
        values[i] = (values[i] + 100) / 2;
      }
    }
    PollSeries series =
        PollSeries.of(s.day, values).withSampleSizes(s.n).withPollsters(s.pollsters());
    RollingAverageFit fit = settings.evaluate(series);
    TrendBand band = fit.band();
    if (s.isLead()) {
      band =
          TrendBand.of(
              band.dates().stream().mapToLong(d -> d.toEpochDay()).toArray(),
              twiceMinus100(band.estimate()),
              twice(band.standardError()),
              twiceMinus100(band.lower()),
              twiceMinus100(band.upper()),
              band.confidence());
    }
    return SmoothedTrend.of(
        s, toString(), band, SmoothingEngine.medianSampleSizeNote(fit.imputedSampleSizes()));
  }

  private static double[] twiceMinus100(double[] values) {
    double[] out = twice(values);
    for (int i = 0; i < out.length; i++) {
      out[i] -= 100;
    }
    return out;
  }

  private static double[] twice(double[] values) {
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= 2;
    }
    return out;
  }

  /** For example {@code "rolling average [REAL_TIME, 30 days, NONE, 95%]"}. */
  @Override
  public String toString() {
    String text = settings.toString();
    return "rolling average " + text.substring(text.indexOf('['));
  }
}
