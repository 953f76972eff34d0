package io.github.pollkit;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.model.Poll;
import io.github.pollkit.trend.KalmanFit;
import io.github.pollkit.trend.KalmanSmoother;
import io.github.pollkit.trend.Loess;
import io.github.pollkit.trend.PollAverage;
import io.github.pollkit.trend.PollAverageFit;
import io.github.pollkit.trend.PollObservations;
import io.github.pollkit.trend.PollSeries;
import io.github.pollkit.trend.RealTimeAverage;
import io.github.pollkit.trend.RollingAverage;
import io.github.pollkit.trend.RollingAverageFit;
import io.github.pollkit.trend.TrendBand;
import java.math.BigDecimal;
import java.util.Map;
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
 * polls.smooth(Smoothers.average().weights("weight"));                 // weights from a column
 * }</pre>
 *
 * <p>Every smoother takes poll weights the same way, {@link Smoother#weights(String)} and {@link
 * Smoother#pollsterWeights(java.util.Map)}; each engine's meaning of a weight is stated there.
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
    return new ByLoess(span, robustnessIterations, 0.95, PollWeights.NONE);
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
    return new ByKalman(smoother, false, PollWeights.NONE);
  }

  /**
   * The honest real-time Kalman average: each day's estimate uses only the polls whose fieldwork
   * ended on or before that day (placed at their field end, whatever the set's placement), and the
   * variances are estimated by maximum likelihood from those polls alone, re-estimated every Monday
   * (on the calendar of {@link #averageRealTime()}; days before the first re-estimation, which
   * needs {@value io.github.pollkit.trend.PollAverage#MINIMUM_POLLS} polls, have no estimate).
   * Cutting the poll list at a day leaves every estimate up to that day unchanged. See {@link
   * KalmanSmoother#realTime}.
   *
   * @return the smoother
   */
  public static Smoother kalmanRealTime() {
    return kalmanRealTime(KalmanSmoother.builder().build());
  }

  /**
   * The honest real-time Kalman average with the given settings; with both variances fixed it is
   * the forward filter from the first poll on.
   *
   * @param smoother the engine's settings
   * @return the smoother
   * @throws NullPointerException if {@code smoother} is null
   */
  public static Smoother kalmanRealTime(KalmanSmoother smoother) {
    return new ByKalman(smoother, true, PollWeights.NONE);
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
    return new ByRollingAverage(average, PollWeights.NONE);
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
   * Smoothers.average(PollAverage.builder().breaks(LocalDate.of(2022, 2, 24)).build())}; poll
   * weights from a column with {@link Smoother#weights(String)}.
   *
   * @param settings the engine's settings
   * @return the smoother
   * @throws NullPointerException if {@code settings} is null
   */
  public static Smoother average(PollAverage settings) {
    return new ByAverage(settings, false, PollWeights.NONE, 0.95);
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
    return new ByAverage(settings, true, PollWeights.NONE, 0.95);
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

    /** The median-sample-size note for the polls of a series without a sample size. */
    static String medianSampleSizeNote(Series s) {
      int missing = 0;
      for (double n : s.n) {
        missing += Double.isNaN(n) ? 1 : 0;
      }
      return medianSampleSizeNote(missing);
    }

    /**
     * The day each poll of a series became known: its field end, or the set's placement when it has
     * none. The real-time averages place polls there.
     */
    static int[] fieldEndDays(Series s) {
      int[] day = s.intDays();
      for (int i = 0; i < day.length; i++) {
        Poll p = s.polls.get(i);
        if (p.fieldEnd() != null) {
          day[i] = Math.toIntExact(p.fieldEnd().toEpochDay());
        }
      }
      return day;
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
  record ByLoess(double span, int robustnessIterations, double confidence, PollWeights weights)
      implements Smoother, Engine {

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
    public Smoother weights(String column) {
      return new ByLoess(span, robustnessIterations, confidence, weights.withColumn(column));
    }

    @Override
    public Smoother pollsterWeights(Map<String, Double> byPollster) {
      return new ByLoess(span, robustnessIterations, confidence, weights.withPollsters(byPollster));
    }

    @Override
    public Series.Need need() {
      return Series.Need.POINT;
    }

    @Override
    public SmoothedTrend smooth(Series s) {
      Engine.requireSome(s);
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
          + (robustnessIterations == 0
              ? ""
              : ", " + robustnessIterations + " robustness iterations")
          + Engine.bandSuffix(confidence)
          + weights;
    }
  }

  /**
   * The Kalman smoother, or the honest real-time average when {@code realTime}; the engine holds
   * the level.
   */
  record ByKalman(KalmanSmoother settings, boolean realTime, PollWeights weights)
      implements Smoother, Engine {

    ByKalman {
      Objects.requireNonNull(settings, "smoother");
    }

    @Override
    public Smoother weights(String column) {
      return new ByKalman(settings, realTime, weights.withColumn(column));
    }

    @Override
    public Smoother pollsterWeights(Map<String, Double> byPollster) {
      return new ByKalman(settings, realTime, weights.withPollsters(byPollster));
    }

    @Override
    public double confidence() {
      return settings.confidence();
    }

    @Override
    public Smoother confidence(double level) {
      return new ByKalman(settings.withConfidence(level), realTime, weights);
    }

    @Override
    public Series.Need need() {
      return Series.Need.POINT_OR_RANGE;
    }

    @Override
    public SmoothedTrend smooth(Series s) {
      Engine.requireSome(s);
      double[] w = weights.of(s);
      if (realTime) {
        int[] day = Engine.fieldEndDays(s);
        RealTimeAverage live =
            s.isLead()
                ? settings.realTimeLead(day, s.first, s.second, s.n, w)
                : settings.realTime(day, s.value, s.n, s.low, s.high, w);
        return SmoothedTrend.of(
            s, method(), live.band(confidence()), Engine.medianSampleSizeNote(s));
      }
      KalmanFit fit =
          s.isLead()
              ? settings.smoothLead(s.intDays(), s.first, s.second, s.n, w)
              : settings.smooth(s.intDays(), s.value, s.n, s.low, s.high, w);
      return SmoothedTrend.of(
          s,
          method(),
          fit.smoothed(),
          Engine.medianSampleSizeNote(fit.pollsWithMedianSampleSize()));
    }

    /**
     * {@code "Kalman smoother"} or {@code "Kalman filter (real-time)"}, the band if not 95%, and
     * the weights if any.
     */
    private String method() {
      return (realTime ? "Kalman filter (real-time)" : "Kalman smoother")
          + Engine.bandSuffix(confidence())
          + weights;
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
  record ByRollingAverage(RollingAverage settings, PollWeights weights)
      implements Smoother, Engine {

    ByRollingAverage {
      Objects.requireNonNull(settings, "average");
    }

    @Override
    public Smoother weights(String column) {
      return new ByRollingAverage(settings, weights.withColumn(column));
    }

    @Override
    public Smoother pollsterWeights(Map<String, Double> byPollster) {
      return new ByRollingAverage(settings, weights.withPollsters(byPollster));
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
          s, toString(), band, Engine.medianSampleSizeNote(fit.imputedSampleSizes()));
    }

    /** For example {@code "rolling average [REAL_TIME, 30 days, NONE, 95%]"}. */
    @Override
    public String toString() {
      return "rolling average " + Engine.bracketed(settings) + weights;
    }
  }

  /**
   * The poll average with house effects, retrospective or honestly real-time; see {@link
   * Smoothers#average()} and {@link Smoothers#averageRealTime()}.
   *
   * @param settings the engine's settings
   * @param realTime true for the real-time average, false for the retrospective one
   * @param weights the per-poll weights asked for
   * @param confidence the confidence level of the band, in (0, 1)
   */
  record ByAverage(PollAverage settings, boolean realTime, PollWeights weights, double confidence)
      implements Smoother, Engine {

    ByAverage {
      Objects.requireNonNull(settings, "settings");
      Checks.confidence(confidence);
    }

    @Override
    public Smoother confidence(double level) {
      return new ByAverage(settings, realTime, weights, level);
    }

    @Override
    public Smoother weights(String column) {
      return new ByAverage(settings, realTime, weights.withColumn(column), confidence);
    }

    @Override
    public Smoother pollsterWeights(Map<String, Double> byPollster) {
      return new ByAverage(settings, realTime, weights.withPollsters(byPollster), confidence);
    }

    @Override
    public Series.Need need() {
      return Series.Need.POINT_OR_RANGE;
    }

    @Override
    public SmoothedTrend smooth(Series s) {
      Engine.requireSome(s);
      PollObservations polls = observations(s, realTime);
      TrendBand band =
          realTime
              ? settings.realTime(polls).band(confidence)
              : settings.fit(polls).band(confidence);
      return SmoothedTrend.of(s, method(), band, Engine.medianSampleSizeNote(s));
    }

    /** The retrospective fit of one series (for its house effects). */
    PollAverageFit fit(Series s) {
      Engine.requireSome(s);
      return settings.fit(observations(s, false));
    }

    /**
     * The polls of a series; for the real-time average each placed at its field end (the first day
     * it could be known), or at the set's placement when it has no field end.
     */
    private PollObservations observations(Series s, boolean atFieldEnd) {
      int m = s.size();
      int[] day = atFieldEnd ? Engine.fieldEndDays(s) : s.intDays();
      String[] pollster = new String[m];
      for (int i = 0; i < m; i++) {
        Poll p = s.polls.get(i);
        pollster[i] = p.pollster().isBlank() ? NO_POLLSTER : p.pollster();
      }
      PollObservations polls =
          s.isLead()
              ? PollObservations.ofLeads(day, s.first, s.second, s.n, pollster)
              : PollObservations.ofShares(day, s.value, s.n, s.low, s.high, pollster);
      return weights.any() ? polls.withWeights(weights.of(s)) : polls;
    }

    private String method() {
      return (realTime ? "poll average (real-time)" : "poll average")
          + Engine.bandSuffix(confidence)
          + weights;
    }

    /**
     * The method (e.g. {@code "poll average, 90% band"}), then the engine's settings when they are
     * not the defaults, e.g. {@code "poll average [no house effects, 0 breaks, ...]"}.
     */
    @Override
    public String toString() {
      String text = settings.toString();
      return method()
          + (settings.equals(PollAverage.builder().build())
              ? ""
              : " " + text.substring(text.indexOf('[')));
    }
  }
}
