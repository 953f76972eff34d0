package io.github.pollkit;

import io.github.pollkit.trend.KalmanSmoother;
import io.github.pollkit.trend.Loess;
import io.github.pollkit.trend.RollingAverage;

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
   * ranges take part with their width as extra variance; polls without a sample size get the
   * median n (counted in the result's note).
   *
   * @return the smoother
   */
  public static Smoother kalman() {
    return kalman(KalmanSmoother.builder().build());
  }

  /**
   * The retrospective Kalman average with the given settings (e.g. fixed variances); the band's
   * level is the engine's ({@link KalmanSmoother.Builder#confidence(double)}).
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
   * A weighted rolling average over a window of days; see {@link RollingAverage}. Needs dated
   * point shares (published ranges are left out). The band's level is the average's ({@link
   * RollingAverage.Builder#confidence(double)}).
   *
   * @param average the average's settings
   * @return the smoother
   * @throws NullPointerException if {@code average} is null
   */
  public static Smoother rollingAverage(RollingAverage average) {
    return new ByRollingAverage(average);
  }

  static void requireConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
  }
}
