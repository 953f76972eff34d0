package io.github.pollkit;

import io.github.pollkit.trend.KalmanFit;
import io.github.pollkit.trend.KalmanSmoother;
import java.util.Objects;

/**
 * The Kalman average of a local-level model, retrospective (smoothed) or real-time (filtered); see
 * {@link Smoothers#kalman()} and {@link Smoothers#kalmanRealTime()}. The band's level is the
 * engine's.
 *
 * @param settings the engine's settings, including the confidence level of the band
 * @param realTime true for the forward filter, false for the smoother
 */
record ByKalman(KalmanSmoother settings, boolean realTime) implements Smoother, SmoothingEngine {
  private static final KalmanSmoother DEFAULT = KalmanSmoother.builder().build();

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
    SmoothingEngine.requireSome(s);
    KalmanFit fit =
        s.isLead()
            ? settings.smoothLead(s.intDays(), s.first, s.second, s.n)
            : settings.smooth(s.intDays(), s.value, s.n, s.low, s.high);
    return SmoothedTrend.of(
        s,
        method(),
        realTime ? fit.filtered() : fit.smoothed(),
        SmoothingEngine.medianSampleSizeNote(fit.pollsWithMedianSampleSize()));
  }

  /** {@code "Kalman smoother"} or {@code "Kalman filter (real-time)"}, and the band if not 95%. */
  private String method() {
    return (realTime ? "Kalman filter (real-time)" : "Kalman smoother")
        + SmoothingEngine.bandSuffix(confidence());
  }

  /**
   * The method (e.g. {@code "Kalman smoother, 90% band"}), then the engine's settings when they are
   * not the defaults, e.g. {@code "Kalman smoother [q = 0.1, τ² = ML, design effect 1.0, 95%
   * bands]"}.
   */
  @Override
  public String toString() {
    String settingsText = settings.toString();
    return method()
        + (settings.withConfidence(DEFAULT.confidence()).equals(DEFAULT)
            ? ""
            : " " + settingsText.substring(settingsText.indexOf('[')));
  }
}
