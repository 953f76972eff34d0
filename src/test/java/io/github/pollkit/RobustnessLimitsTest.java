package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.trend.TrendBand;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The documented limits that keep smoothing finite and in proportion to its input. */
class RobustnessLimitsTest {

  private static PollSet read(String csv) {
    return Polls.read(new StringReader(csv), ReadOptions.defaults());
  }

  @Test
  void a_daily_line_over_more_than_max_days_is_refused_with_the_span() {
    // 1800-01-01 to 2073-10-16 is 100,000 days later: 100,001 days with both ends
    PollSet polls =
        read("field_end,n,yes\n1800-01-01,1000,40\n1900-01-01,1000,42\n2073-10-16,1000,45\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> polls.smooth(Smoothers.kalman()));
    assertEquals(
        "the polls of 'yes' span 100001 days, from 1800-01-01 to 2073-10-16: a daily line may span"
            + " at most 100000 days; select a period with PollSet.between(from, to)",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> polls.smooth(Smoothers.loess(1)));
    assertThrows(IllegalArgumentException.class, () -> polls.linearTrend().line(0.95));
  }

  @Test
  void a_linear_trend_line_is_clipped_to_zero_to_a_hundred() {
    // OLS through (0, 95), (1, 98), (2, 99.9): slope 2.45, intercept 95.1833, so the line
    // reaches 100.0833 on day 2; clipped, it is 100 there, and no bound exceeds 100
    PollSet polls =
        read("field_end,n,yes\n2024-01-01,1000,95\n2024-01-02,1000,98\n2024-01-03,1000,99.9\n");
    TrendBand band = polls.linearTrend().line(0.95).band();
    assertEquals(95.18333333333333, band.estimate()[0], 1e-9);
    assertEquals(100, band.estimate()[2]);
    for (int d = 0; d < band.size(); d++) {
      assertTrue(band.upper()[d] <= 100 && band.lower()[d] >= 0, "day " + d);
    }
    assertEquals(100, band.upper()[1]);
  }
}
