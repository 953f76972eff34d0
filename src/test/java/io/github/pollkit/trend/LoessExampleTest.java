package io.github.pollkit.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The example in the Javadoc of {@link Loess} runs as written. */
class LoessExampleTest {

  @Test
  void javadoc_example_runs() {
    double[] day = {0, 0, 31, 59, 59, 90, 120, 151, 181, 212}; // polls may share a day
    double[] support = {41, 45, 44, 47, 43, 48, 50, 49, 52, 51};
    double[] trend = Loess.smooth(day, support, 0.5, 2); // fitted value for each poll
    double[] daily = Loess.smoothAt(day, support, 0.5, 2, new double[] {0, 1, 2, 3});
    TrendBand band = Loess.fit(day, support, 0.5, 2, 0.95).band(); // on the poll days, with se

    assertEquals(10, trend.length);
    assertEquals(trend[0], trend[1]); // same day, same fit
    assertEquals(trend[0], daily[0], 1e-9); // the curve at day 0 is the fit at day 0
    for (int i = 0; i < 10; i++) {
      TrendBand.Point p = band.at(java.time.LocalDate.ofEpochDay((long) day[i]));
      assertTrue(p.lower() < trend[i] && trend[i] < p.upper());
    }
  }
}
