package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.trend.KalmanSmoother;
import io.github.pollkit.trend.RollingAverage;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmootherTest {

  private static RollingAverage monthly() {
    return RollingAverage.builder().windowDays(30).build();
  }

  @Test
  void smoothers_with_equal_settings_are_equal() {
    assertEquals(Smoothers.loess(0.4), Smoothers.loess(0.4));
    assertEquals(Smoothers.loess(0.4).hashCode(), Smoothers.loess(0.4).hashCode());
    assertEquals(Smoothers.loess(0.4), Smoothers.loess(0.4, 0));
    assertEquals(Smoothers.kalman(), Smoothers.kalman());
    assertEquals(Smoothers.kalman(), Smoothers.kalman(KalmanSmoother.builder().build()));
    assertEquals(Smoothers.kalmanRealTime(), Smoothers.kalmanRealTime());
    assertEquals(Smoothers.rollingAverage(monthly()), Smoothers.rollingAverage(monthly()));
    assertEquals(
        Smoothers.rollingAverage(monthly()).hashCode(),
        Smoothers.rollingAverage(monthly()).hashCode());
    assertEquals(Smoothers.kalman().confidence(0.9), Smoothers.kalman().confidence(0.9));
  }

  @Test
  void smoothers_with_other_settings_differ() {
    assertNotEquals(Smoothers.loess(0.4), Smoothers.loess(0.5));
    assertNotEquals(Smoothers.loess(0.4), Smoothers.loess(0.4, 2));
    assertNotEquals(Smoothers.kalman(), Smoothers.kalmanRealTime());
    assertNotEquals(
        Smoothers.kalman(),
        Smoothers.kalman(KalmanSmoother.builder().processVariance(0.1).build()));
    assertNotEquals(
        Smoothers.rollingAverage(monthly()),
        Smoothers.rollingAverage(RollingAverage.builder().windowDays(31).build()));
    assertNotEquals(Smoothers.kalman(), Smoothers.kalman().confidence(0.9));
    assertNotEquals(Smoothers.loess(0.4), Smoothers.loess(0.4).confidence(0.9));
  }

  @Test
  void smoothers_are_values_not_anonymous_classes() {
    for (Smoother s :
        List.of(Smoothers.loess(0.4), Smoothers.kalman(), Smoothers.rollingAverage(monthly()))) {
      assertTrue(s.getClass().isRecord(), s.getClass().getName());
    }
  }

  @Test
  void smoothers_read_as_their_settings() {
    assertEquals("LOESS, span 0.4", Smoothers.loess(0.4).toString());
    assertEquals(
        "LOESS, span 0.4, 2 robustness iterations, 90% band",
        Smoothers.loess(0.4, 2).confidence(0.9).toString());
    assertEquals("Kalman smoother", Smoothers.kalman().toString());
    assertEquals(
        "Kalman filter (real-time), 99.5% band",
        Smoothers.kalmanRealTime().confidence(0.995).toString());
    assertEquals(
        "Kalman smoother [q = 0.1, τ² = ML, design effect 1.0, 95% bands]",
        Smoothers.kalman(KalmanSmoother.builder().processVariance(0.1).build()).toString());
    assertEquals(
        "rolling average [REAL_TIME, 30 days, NONE, 95%]",
        Smoothers.rollingAverage(monthly()).toString());
    assertEquals(
        "rolling average [REAL_TIME, 30 days, NONE, 80%]",
        Smoothers.rollingAverage(monthly()).confidence(0.8).toString());
  }

  @Test
  void confidence_is_95_percent_unless_changed_and_changing_it_makes_a_copy() {
    Smoother kalman = Smoothers.kalman();
    assertEquals(0.95, kalman.confidence());
    assertEquals(0.95, Smoothers.loess(0.4).confidence());
    assertEquals(0.95, Smoothers.rollingAverage(monthly()).confidence());
    Smoother ninety = kalman.confidence(0.90);
    assertEquals(0.90, ninety.confidence());
    assertEquals(0.95, kalman.confidence());
    assertEquals(Smoothers.kalman(), kalman);
  }

  @Test
  void bad_confidence_and_settings_are_rejected() {
    assertEquals(
        "confidence must be in (0, 1), was 1.5",
        assertThrows(IllegalArgumentException.class, () -> Smoothers.kalman().confidence(1.5))
            .getMessage());
    assertEquals(
        "confidence must be in (0, 1), was 0.0",
        assertThrows(IllegalArgumentException.class, () -> Smoothers.loess(0.4).confidence(0))
            .getMessage());
    assertEquals(
        "confidence must be in (0, 1), was 95.0",
        assertThrows(
                IllegalArgumentException.class,
                () -> Smoothers.rollingAverage(monthly()).confidence(95))
            .getMessage());
    assertEquals(
        "span must be in (0, 1], was 1.5",
        assertThrows(IllegalArgumentException.class, () -> Smoothers.loess(1.5)).getMessage());
    assertThrows(NullPointerException.class, () -> Smoothers.kalman(null));
    assertThrows(NullPointerException.class, () -> Smoothers.rollingAverage(null));
  }
}
