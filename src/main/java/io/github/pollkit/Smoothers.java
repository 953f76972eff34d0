package io.github.pollkit;

import io.github.pollkit.model.Poll;
import io.github.pollkit.internal.Checks;
import io.github.pollkit.trend.KalmanFit;
import io.github.pollkit.trend.KalmanSmoother;
import io.github.pollkit.trend.Loess;
import io.github.pollkit.trend.PollAverage;
import io.github.pollkit.trend.PollAverageFit;
import io.github.pollkit.trend.PollObservations;
import io.github.pollkit.trend.PollSeries;
import io.github.pollkit.trend.RollingAverage;
import io.github.pollkit.trend.RollingAverageFit;
import io.github.pollkit.trend.TrendBand;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.LongStream;

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
   * placed on or before that day, as a published running average does. Its variances, however, are
   * estimated by maximum likelihood from all polls, later ones included, so a day's value can
   * change when later polls are added: it is the filter of the retrospective model, not what one
   * could have computed that day. For an honest real-time average, with every parameter estimated
   * from past polls only, use {@link #averageRealTime()}.
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

  /**
   * The retrospective poll average with house effects: a random-walk level with every pollster's
   * lean estimated jointly and removed (effects sum to zero over pollsters, each counted once), the
   * variances by maximum likelihood, from all polls; 95% band. See {@link PollAverage}; the house
   * effects are in {@link Smoothing#houseEffects()}. Published ranges take part with their width as
   * extra variance; polls without a sample size get the median n; a poll without a pollster counts
   * as the pollster {@value #NO_POLLSTER}.
   *
   * @return the smoother
   */
  public static Smoother average() {
    return average(PollAverage.builder().build());
  }

  /**
   * The retrospective poll average with the given settings, e.g. {@code
   * Smoothers.average(PollAverage.builder().breaks(LocalDate.of(2022, 2, 24)).build())} or pollster
   * weights.
   *
   * @param settings the engine's settings
   * @return the smoother
   * @throws NullPointerException if {@code settings} is null
   */
  public static Smoother average(PollAverage settings) {
    return new ByAverage(settings, false, null, 0.95);
  }

  /**
   * The retrospective poll average with a weight per poll read from a column of the poll file (kept
   * in each poll's {@link Poll#extras()}): a poll of weight w counts as w independent polls of its
   * size (its sampling variance is divided by w), multiplied by any pollster weight of the
   * settings.
   *
   * @param settings the engine's settings
   * @param weightColumn the column holding each poll's weight, a number &gt; 0 in every poll
   * @return the smoother
   * @throws NullPointerException if an argument is null
   */
  public static Smoother average(PollAverage settings, String weightColumn) {
    return new ByAverage(
        settings, false, Objects.requireNonNull(weightColumn, "weightColumn"), 0.95);
  }

  /**
   * The honest real-time poll average: each day's estimate uses only the polls whose fieldwork
   * ended on or before that day (placed at their field end, whatever the set's placement), and
   * every parameter (variances, house effects) is estimated from those polls alone, re-estimated
   * every Monday. Cutting the poll list at a day leaves every estimate up to that day unchanged.
   * See {@link PollAverage#realTime}.
   *
   * @return the smoother
   */
  public static Smoother averageRealTime() {
    return averageRealTime(PollAverage.builder().build());
  }

  /**
   * The honest real-time poll average with the given settings.
   *
   * @param settings the engine's settings
   * @return the smoother
   * @throws NullPointerException if {@code settings} is null
   */
  public static Smoother averageRealTime(PollAverage settings) {
    return new ByAverage(settings, true, null, 0.95);
  }

  /**
   * The honest real-time poll average with a weight per poll read from a column of the poll file;
   * see {@link #average(PollAverage, String)}.
   *
   * @param settings the engine's settings
   * @param weightColumn the column holding each poll's weight, a number &gt; 0 in every poll
   * @return the smoother
   * @throws NullPointerException if an argument is null
   */
  public static Smoother averageRealTime(PollAverage settings, String weightColumn) {
    return new ByAverage(
        settings, true, Objects.requireNonNull(weightColumn, "weightColumn"), 0.95);
  }

  /** The pollster name given to polls without one by {@link #average()}. */
  public static final String NO_POLLSTER = "(no pollster)";

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

    /** The engine's settings as it prints them in brackets, e.g. {@code "[REAL_TIME, ...]"}. */
    static String bracketed(Object engine) {
      String text = engine.toString();
      return text.substring(text.indexOf('['));
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
      long[] days = LongStream.rangeClosed((long) s.day[0], (long) s.day[s.size() - 1]).toArray();
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
      return method()
          + (settings.withConfidence(0.95).equals(KalmanSmoother.builder().build())
              ? ""
              : " " + Engine.bracketed(settings));
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
        band = SmoothedTrend.mapped(band, value -> 2 * value - 100, se -> 2 * se);
      }
      return SmoothedTrend.of(
          s, toString(), band, Engine.medianSampleSizeNote(fit.imputedSampleSizes()));
    }

    /** For example {@code "rolling average [REAL_TIME, 30 days, NONE, 95%]"}. */
    @Override
    public String toString() {
      return "rolling average " + Engine.bracketed(settings);
    }
  }

  /**
   * The poll average with house effects, retrospective or honestly real-time; see {@link
   * Smoothers#average()} and {@link Smoothers#averageRealTime()}.
   *
   * @param settings the engine's settings
   * @param realTime true for the real-time average, false for the retrospective one
   * @param weightColumn the column of per-poll weights, or null for none
   * @param confidence the confidence level of the band, in (0, 1)
   */
  record ByAverage(PollAverage settings, boolean realTime, String weightColumn, double confidence)
      implements Smoother, Engine {

    ByAverage {
      Objects.requireNonNull(settings, "settings");
      Checks.confidence(confidence);
    }

    @Override
    public Smoother confidence(double level) {
      return new ByAverage(settings, realTime, weightColumn, level);
    }

    @Override
    public Series.Need need() {
      return Series.Need.POINT_OR_RANGE;
    }

    @Override
    public SmoothedTrend smooth(Series s) {
      Engine.requireSome(s);
      PollObservations polls = observations(s, realTime, weightColumn);
      TrendBand band =
          realTime
              ? settings.realTime(polls).band(confidence)
              : settings.fit(polls).band(confidence);
      return SmoothedTrend.of(s, method(), band, medianNote(s));
    }

    /** The retrospective fit of one series (for its house effects). */
    PollAverageFit fit(Series s) {
      Engine.requireSome(s);
      return settings.fit(observations(s, false, weightColumn));
    }

    /**
     * The polls of a series; for the real-time average each placed at its field end (the first day
     * it could be known), or at the set's placement when it has no field end.
     */
    private static PollObservations observations(
        Series s, boolean atFieldEnd, String weightColumn) {
      int m = s.size();
      int[] day = s.intDays();
      String[] pollster = new String[m];
      for (int i = 0; i < m; i++) {
        Poll p = s.polls.get(i);
        pollster[i] = p.pollster().isBlank() ? NO_POLLSTER : p.pollster();
        if (atFieldEnd && p.fieldEnd() != null) {
          day[i] = Math.toIntExact(p.fieldEnd().toEpochDay());
        }
      }
      PollObservations polls =
          s.isLead()
              ? PollObservations.ofLeads(day, s.first, s.second, s.n, pollster)
              : PollObservations.ofShares(day, s.value, s.n, s.low, s.high, pollster);
      return weightColumn == null ? polls : polls.withWeights(weights(s, weightColumn));
    }

    /** Each poll's weight from its extra column; a missing or bad one is bad data. */
    private static double[] weights(Series s, String column) {
      double[] w = new double[s.size()];
      for (int i = 0; i < w.length; i++) {
        Poll p = s.polls.get(i);
        String text = p.extras().get(column);
        double v = Double.NaN;
        try {
          v = text == null ? Double.NaN : Double.parseDouble(text.trim());
        } catch (NumberFormatException notANumber) {
          // v stays NaN: reported below
        }
        if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
          throw new PollDataException(
              "poll " + PollSet.label(p),
              p.line(),
              column,
              text == null ? "" : text,
              "a poll weight must be a number > 0 (the poll counts as that many polls of its size)");
        }
        w[i] = v;
      }
      return w;
    }

    private static String medianNote(Series s) {
      int missing = 0;
      for (double n : s.n) {
        missing += Double.isNaN(n) ? 1 : 0;
      }
      return Engine.medianSampleSizeNote(missing);
    }

    private String method() {
      return (realTime ? "poll average (real-time)" : "poll average")
          + Engine.bandSuffix(confidence);
    }

    /**
     * The method (e.g. {@code "poll average, 90% band"}), then the engine's settings when they are
     * not the defaults, e.g. {@code "poll average [no house effects, 0 breaks, ...]"}.
     */
    @Override
    public String toString() {
      String text = settings.toString();
      return method()
          + (weightColumn == null ? "" : ", weights from column '" + weightColumn + "'")
          + (settings.equals(PollAverage.builder().build())
              ? ""
              : " " + text.substring(text.indexOf('[')));
    }
  }
}
