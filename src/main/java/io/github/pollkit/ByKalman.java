package io.github.pollkit;

import io.github.pollkit.trend.KalmanFit;
import io.github.pollkit.trend.KalmanSmoother;
import io.github.pollkit.trend.RealTimeAverage;
import java.util.Objects;

/**
 * The Kalman smoother, or the honest real-time average when {@code realTime}; the engine holds the
 * level.
 */
record ByKalman(KalmanSmoother settings, boolean realTime, PollWeights weights)
    implements SmootherEngine {

  ByKalman {
    Objects.requireNonNull(settings, "smoother");
  }

  @Override
  public Smoother withWeights(PollWeights weights) {
    return new ByKalman(settings, realTime, weights);
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
    SmootherEngine.requireSome(s);
    double[] w = weights.of(s);
    if (realTime) {
      int[] day = SmootherEngine.fieldEndDays(s);
      RealTimeAverage live =
          s.isLead()
              ? settings.realTimeLead(day, s.first, s.second, s.n, w)
              : settings.realTime(day, s.value, s.n, s.low, s.high, w);
      return SmoothedTrend.of(
          s, method(), live.band(confidence()), SmootherEngine.medianSampleSizeNote(s));
    }
    KalmanFit fit =
        s.isLead()
            ? settings.smoothLead(s.intDays(), s.first, s.second, s.n, w)
            : settings.smooth(s.intDays(), s.value, s.n, s.low, s.high, w);
    return SmoothedTrend.of(
        s,
        method(),
        fit.smoothed(),
        SmootherEngine.medianSampleSizeNote(fit.pollsWithMedianSampleSize()));
  }

  /**
   * {@code "Kalman smoother"} or {@code "Kalman filter (real-time)"}, the band if not 95%, and the
   * weights if any.
   */
  private String method() {
    return (realTime ? "Kalman filter (real-time)" : "Kalman smoother")
        + SmootherEngine.bandSuffix(confidence())
        + weights;
  }

  /**
   * The method (e.g. {@code "Kalman smoother, 90% band"}), then the engine's settings when they are
   * not the defaults, e.g. {@code "Kalman smoother [q = 0.1, τ² = ML, design effect 1.0, 95%
   * bands]"}.
   */
  @Override
  public String toString() {
    return method()
        + (settings.withConfidence(0.95).equals(KalmanSmoother.builder().build())
            ? ""
            : " " + SmootherEngine.bracketed(settings));
  }
}
