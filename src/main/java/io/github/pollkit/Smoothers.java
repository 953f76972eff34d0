package io.github.pollkit;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.trend.KalmanFit;
import io.github.pollkit.trend.KalmanSmoother;
import io.github.pollkit.trend.Loess;
import io.github.pollkit.trend.PollSeries;
import io.github.pollkit.trend.RollingAverage;
import io.github.pollkit.trend.RollingAverageFit;
import io.github.pollkit.trend.TrendBand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The smoothers that {@link PollSet#smooth(Smoother)} and charts accept. Every smoother draws a 95%
 * band unless given another level with {@link Smoother#confidence(double)}, which returns a copy.
 *
 * <pre>{@code
 * polls.smooth(Smoothers.kalman());
 * polls.smooth(Smoothers.kalman().confidence(0.90));                  // 90% bands
 * polls.smooth(Smoothers.rollingAverage(RollingAverage.builder().windowDays(90).build()));
 * }</pre>
 */
public final class Smoothers {
  private Smoothers() {}

  /**
   * LOESS (locally weighted linear regression, Cleveland 1979) with no robustness iterations, as a
   * daily line with a pointwise 95% band; see {@link Loess#fit}. Needs dated point shares
   * (published ranges are left out).
   *
   * @param span the fraction of polls in each local fit, in (0, 1]
   * @return the smoother
   * @throws IllegalArgumentException if the span is not in (0, 1]
   */
  public static Smoother loess(double span) {
    return loess(span, 0);
  }

  /**
   * LOESS with {@code robustnessIterations} robustifying passes (statsmodels' {@code it}).
   *
   * @param span the fraction of polls in each local fit, in (0, 1]
   * @param robustnessIterations the number of robustness iterations, 0 or more
   * @return the smoother
   * @throws IllegalArgumentException if the span is not in (0, 1] or the iterations negative
   */
  public static Smoother loess(double span, int robustnessIterations) {
    return new ByLoess(span, robustnessIterations, 0.95);
  }

  /**
   * The retrospective Kalman (Rauch–Tung–Striebel) average of a local-level model with its
   * variances estimated by maximum likelihood, 95% band; see {@link KalmanSmoother}. Published
   * ranges take part with their width as extra variance; polls without a sample size get the median
   * n (counted in the result's note).
   *
   * @return the smoother
   */
  public static Smoother kalman() {
    return kalman(KalmanSmoother.builder().build());
  }

  /**
   * The retrospective Kalman average with the given settings (e.g. fixed variances); the band's
   * level is the engine's ({@link KalmanSmoother#withConfidence(double)}).
   *
   * @param smoother the engine's settings
   * @return the smoother
   * @throws NullPointerException if {@code smoother} is null
   */
  public static Smoother kalman(KalmanSmoother smoother) {
    return new ByKalman(smoother, false);
  }

  /**
   * The real-time Kalman average (the forward filter): each day's estimate uses only the polls
   * placed on or before that day, as a published running average does.
   *
   * @return the smoother
   */
  public static Smoother kalmanRealTime() {
    return kalmanRealTime(KalmanSmoother.builder().build());
  }

  /**
   * The real-time Kalman average with the given settings.
   *
   * @param smoother the engine's settings
   * @return the smoother
   * @throws NullPointerException if {@code smoother} is null
   */
  public static Smoother kalmanRealTime(KalmanSmoother smoother) {
    return new ByKalman(smoother, true);
  }

  /**
   * A weighted rolling average over a window of days; see {@link RollingAverage}. Needs dated point
   * shares (published ranges are left out). The band's level is the average's ({@link
   * RollingAverage.Builder#confidence(double)}).
   *
   * @param average the average's settings
   * @return the smoother
   * @throws NullPointerException if {@code average} is null
   */
  public static Smoother rollingAverage(RollingAverage average) {
    return new ByRollingAverage(average);
  }

  /** The one call of a {@link Smoother} into its trend engine: every permitted smoother is one. */
  interface Engine {

    /** What the smoother needs of each poll. */
    Series.Need need();

    /** Smooths one option's series, or a lead's series when {@code series.isLead()}. */
    SmoothedTrend smooth(Series series);

    /** Rejects a series with no poll, naming the polls left out. */
    static void requireSome(Series s) {
      if (s.size() == 0) {
        throw new IllegalArgumentException(
            "no poll of '" + s.label + "' can be smoothed: " + Series.describeLeftOut(s.leftOut));
      }
    }

    /** The note for {@code count} polls given the median sample size, {@code ""} for none. */
    static String medianSampleSizeNote(int count) {
      return count == 0 ? "" : count + " polls without a sample size given the median n";
    }

    /** {@code ""} for a 95% band, otherwise e.g. {@code ", 90% band"}. */
    static String bandSuffix(double confidence) {
      BigDecimal percent = BigDecimal.valueOf(confidence).movePointRight(2).stripTrailingZeros();
      return confidence == 0.95 ? "" : ", " + percent.toPlainString() + "% band";
    }
  }

  /** LOESS on a daily grid from the first to the last poll; see {@link #loess(double, int)}. */
  record ByLoess(double span, int robustnessIterations, double confidence)
      implements Smoother, Engine {

    ByLoess {
      Checks.span(span);
      Checks.atLeast(robustnessIterations, 0, "robustnessIterations");
      Checks.confidence(confidence);
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
      Engine.requireSome(s);
      long first = (long) s.day[0];
      long[] days = new long[(int) ((long) s.day[s.size() - 1] - first) + 1];
      for (int i = 0; i < days.length; i++) {
        days[i] = first + i;
      }
      TrendBand band =
          Loess.fit(s.day, s.value, span, robustnessIterations, days, confidence).band();
      return SmoothedTrend.of(s, toString(), band, "");
    }

    /** For example {@code "LOESS, span 0.4, 2 robustness iterations, 90% band"}. */
    @Override
    public String toString() {
      return "LOESS, span "
          + span
          + (robustnessIterations == 0
              ? ""
              : ", " + robustnessIterations + " robustness iterations")
          + Engine.bandSuffix(confidence);
    }
  }

  /**
   * The Kalman smoother, or the forward filter when {@code realTime}; the engine holds the level.
   */
  record ByKalman(KalmanSmoother settings, boolean realTime) implements Smoother, Engine {

    ByKalman {
      Objects.requireNonNull(settings, "smoother");
    }

    @Override
    public double confidence() {
      return settings.confidence();
    }

    @Override
    public Smoother confidence(double level) {
      return new ByKalman(settings.withConfidence(level), realTime);
    }

    @Override
    public Series.Need need() {
      return Series.Need.POINT_OR_RANGE;
    }

    @Override
    public SmoothedTrend smooth(Series s) {
      Engine.requireSome(s);
      KalmanFit fit =
          s.isLead()
              ? settings.smoothLead(s.intDays(), s.first, s.second, s.n)
              : settings.smooth(s.intDays(), s.value, s.n, s.low, s.high);
      return SmoothedTrend.of(
          s,
          method(),
          realTime ? fit.filtered() : fit.smoothed(),
          Engine.medianSampleSizeNote(fit.pollsWithMedianSampleSize()));
    }

    /**
     * {@code "Kalman smoother"} or {@code "Kalman filter (real-time)"}, and the band if not 95%.
     */
    private String method() {
      return (realTime ? "Kalman filter (real-time)" : "Kalman smoother")
          + Engine.bandSuffix(confidence());
    }

    /**
     * The method (e.g. {@code "Kalman smoother, 90% band"}), then the engine's settings when they
     * are not the defaults, e.g. {@code "Kalman smoother [q = 0.1, τ² = ML, design effect 1.0, 95%
     * bands]"}.
     */
    @Override
    public String toString() {
      String settingsText = settings.toString();
      return method()
          + (settings.withConfidence(0.95).equals(KalmanSmoother.builder().build())
              ? ""
              : " " + settingsText.substring(settingsText.indexOf('[')));
    }
  }

  /** A weighted rolling average over a window of days; the engine holds the level. */
  record ByRollingAverage(RollingAverage settings) implements Smoother, Engine {

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
      Engine.requireSome(s);
      // A lead a − b lies in [−100, 100]; PollSeries takes shares in [0, 100]. The weighted
      // mean and standard deviation are affine-equivariant: average (lead + 100) / 2, map back.
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
                band.dates().stream().mapToLong(LocalDate::toEpochDay).toArray(),
                affine(band.estimate(), 2, -100),
                affine(band.standardError(), 2, 0),
                affine(band.lower(), 2, -100),
                affine(band.upper(), 2, -100),
                band.confidence());
      }
      return SmoothedTrend.of(
          s, toString(), band, Engine.medianSampleSizeNote(fit.imputedSampleSizes()));
    }

    private static double[] affine(double[] values, double times, double plus) {
      for (int i = 0; i < values.length; i++) {
        values[i] = times * values[i] + plus;
      }
      return values;
    }

    /** For example {@code "rolling average [REAL_TIME, 30 days, NONE, 95%]"}. */
    @Override
    public String toString() {
      String text = settings.toString();
      return "rolling average " + text.substring(text.indexOf('['));
    }
  }
}
