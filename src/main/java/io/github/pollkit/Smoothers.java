package io.github.pollkit;

import io.github.pollkit.trend.KalmanSmoother;
import io.github.pollkit.trend.Loess;
import io.github.pollkit.trend.PollAverage;
import io.github.pollkit.trend.RollingAverage;

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
 * <p>Every smoother draws a daily line over at most {@value #MAX_DAYS} days.
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

  /**
   * The longest span of a daily line, in days (about 274 years): every smoother draws one value per
   * day from the first poll to the last, so a longer span (say polls dated 1024 and 2024) would
   * take time and memory out of proportion to the polls. {@link PollSet#smooth(Smoother)} and
   * {@link LinearTrendResult#line(double)} reject a longer span with an {@link
   * IllegalArgumentException}; select a period with {@link PollSet#between}.
   */
  public static final int MAX_DAYS = 100_000;

  /** The pollster name given to polls without one by {@link #average()}. */
  public static final String NO_POLLSTER = "(no pollster)";
}
