package io.github.pollkit.trend;

import static io.github.pollkit.testing.HouseRules.assertBadArgument;
import static io.github.pollkit.testing.HouseRules.assertNullArgument;
import static io.github.pollkit.testing.HouseRules.assertSetTwice;
import static io.github.pollkit.trend.RollingAverage.Mode.CENTRED;
import static io.github.pollkit.trend.RollingAverage.Mode.REAL_TIME;
import static io.github.pollkit.trend.RollingAverage.SampleSizeWeight.N;
import static io.github.pollkit.trend.RollingAverage.SampleSizeWeight.NONE;
import static io.github.pollkit.trend.RollingAverage.SampleSizeWeight.SQRT_N;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-derived cases, options and argument errors of {@link RollingAverage}. */
class RollingAverageTest {
  /** Φ⁻¹(0.975), R 4.2.2: sprintf("%.17g", qnorm(0.975)). */
  private static final double Z95 = 1.9599639845400536;

  private static final PollSeries TWO = PollSeries.of(new double[] {0, 14}, new double[] {40, 46});

  @Test
  void two_polls_with_equal_weights_give_the_plain_mean_and_its_interval() {
    // Day 14 holds both polls: mean 43, s² = ((−3)² + 3²) / 1 = 18, k = 2,
    // interval 43 ± z · √18 / √2 = 43 ± 3z.
    RollingAverageFit r = RollingAverage.builder().windowDays(30).build().evaluate(TWO, days(14));
    assertEquals(43, r.band().estimate()[0], 1e-12);
    assertEquals(Math.sqrt(18), r.standardDeviation().get(0), 1e-12);
    assertEquals(2, r.polls().get(0));
    assertEquals(2, r.effectiveN().get(0), 1e-12);
    assertEquals(43 - 3 * Z95, r.band().lower()[0], 1e-12);
    assertEquals(43 + 3 * Z95, r.band().upper()[0], 1e-12);
  }

  @Test
  void half_life_halves_the_weight_of_a_poll_one_half_life_older() {
    // On day 14 with half-life 14: weights 0.5 (day 0) and 1 (day 14): estimate
    // (0.5·40 + 46) / 1.5 = 44; n_eff = 1.5² / 1.25 = 1.8; Σw r² = 0.5·16 + 4 = 12,
    // V1 − V2/V1 = 1.5 − 1.25/1.5 = 2/3, s² = 18. On day 28 the weights are 0.25 and 0.5: the
    // same ratio, so the same estimate.
    RollingAverageFit r =
        RollingAverage.builder()
            .windowDays(30)
            .halfLifeDays(14)
            .build()
            .evaluate(TWO, days(14, 28));
    assertEquals(44, r.band().estimate()[0], 1e-12);
    assertEquals(1.8, r.effectiveN().get(0), 1e-12);
    assertEquals(Math.sqrt(18), r.standardDeviation().get(0), 1e-12);
    assertEquals(44 - Z95 * Math.sqrt(18 / 1.8), r.band().lower()[0], 1e-12);
    assertEquals(44, r.band().estimate()[1], 1e-12);
    assertEquals(1.8, r.effectiveN().get(1), 1e-12);
  }

  @Test
  void real_time_uses_only_polls_ended_on_or_before_the_day() {
    RollingAverageFit r = RollingAverage.builder().windowDays(30).build().evaluate(TWO, days(0, 7));
    assertEquals(40, r.band().estimate()[0], 0.0);
    assertEquals(1, r.polls().get(0));
    assertEquals(40, r.band().estimate()[1], 0.0);
    assertEquals(1, r.polls().get(1));
    // One poll: no spread between polls to measure, so no interval.
    assertTrue(Double.isNaN(r.band().lower()[1]) && Double.isNaN(r.band().upper()[1]));
    assertTrue(Double.isNaN(r.standardDeviation().get(1)));
    assertEquals(1, r.effectiveN().get(1), 0.0);
  }

  @Test
  void real_time_window_includes_both_ends() {
    // Day 44: the poll of day 14 is 30 days old, in a 30-day window; the one of day 0 is not.
    RollingAverageFit r =
        RollingAverage.builder().windowDays(30).build().evaluate(TWO, days(44, 45));
    assertEquals(46, r.band().estimate()[0], 0.0);
    assertEquals(1, r.polls().get(0));
    assertEquals(0, r.polls().get(1));
  }

  @Test
  void centred_window_reaches_half_the_window_either_side() {
    // Day 7 is 7 days from both polls: inside a 14-day centred window, outside a 13.9-day one.
    RollingAverageFit wide =
        RollingAverage.builder().windowDays(14).mode(CENTRED).build().evaluate(TWO, days(7));
    assertEquals(43, wide.band().estimate()[0], 1e-12);
    assertEquals(2, wide.polls().get(0));
    RollingAverageFit narrow =
        RollingAverage.builder().windowDays(13.9).mode(CENTRED).build().evaluate(TWO, days(7));
    assertEquals(0, narrow.polls().get(0));
    assertTrue(Double.isNaN(narrow.band().estimate()[0]));
  }

  @Test
  void days_without_polls_are_missing_not_zero() {
    RollingAverageFit r = RollingAverage.builder().windowDays(5).build().evaluate(TWO);
    assertEquals(15, r.band().size()); // days 0 to 14
    for (int d = 6; d <= 13; d++) {
      assertEquals(0, r.polls().get(d), "polls on day " + d);
      assertEquals(0, r.effectiveN().get(d), 0.0);
      assertTrue(Double.isNaN(r.band().estimate()[d]), "estimate on day " + d);
      assertTrue(Double.isNaN(r.band().lower()[d]) && Double.isNaN(r.band().upper()[d]));
    }
    assertEquals(40, r.band().estimate()[5], 0.0);
    assertEquals(46, r.band().estimate()[14], 0.0);
  }

  @Test
  void root_n_and_capped_n_weights_by_hand() {
    // n = 100 and 400: √n weights 10 and 20 give (400 + 920) / 30 = 44; n weights capped at 200
    // are 100 and 200 and give (4000 + 9200) / 300 = 44; uncapped 100 and 400 give 44.8.
    PollSeries polls = TWO.withSampleSizes(new double[] {100, 400});
    long[] day = days(14);
    assertEquals(44, average(b -> b.sampleSizeWeight(SQRT_N), polls, day), 1e-12);
    assertEquals(44, average(b -> b.sampleSizeWeight(N).cap(200), polls, day), 1e-12);
    assertEquals(44.8, average(b -> b.sampleSizeWeight(N), polls, day), 1e-12);
  }

  @Test
  void missing_sample_size_gets_the_median_and_is_counted() {
    // Reported sizes 100 and 900: median 500 for the poll without one. N weights 100, 500, 900
    // on shares 40, 46, 50: (4000 + 23000 + 45000) / 1500 = 48.
    PollSeries polls =
        PollSeries.of(new double[] {0, 1, 2}, new double[] {40, 46, 50})
            .withSampleSizes(new double[] {100, Double.NaN, 900});
    RollingAverageFit r =
        RollingAverage.builder()
            .windowDays(10)
            .sampleSizeWeight(N)
            .build()
            .evaluate(polls, days(2));
    assertEquals(48, r.band().estimate()[0], 1e-12);
    assertEquals(1, r.imputedSampleSizes());
    assertEquals(500, r.imputedSampleSize(), 0.0);
    // Without sample-size weighting nothing is imputed.
    RollingAverageFit plain =
        RollingAverage.builder().windowDays(10).build().evaluate(polls, days(2));
    assertEquals(0, plain.imputedSampleSizes());
    assertTrue(Double.isNaN(plain.imputedSampleSize()));
  }

  @Test
  void pollster_weights_multiply_and_unlisted_pollsters_weigh_one() {
    // Weights 3 (A) and 1 (B, not listed): (3·40 + 46) / 4 = 41.5.
    PollSeries polls = TWO.withPollsters(new String[] {"A", "B"});
    assertEquals(41.5, average(b -> b.pollsterWeights(Map.of("A", 3.0)), polls, days(14)), 1e-12);
  }

  @Test
  void equal_sample_sizes_reduce_to_the_plain_mean() {
    PollSeries polls =
        PollSeries.of(new double[] {3, 3, 3}, new double[] {40, 45, 47})
            .withSampleSizes(new double[] {1000, 1000, 1000});
    RollingAverageFit weighted =
        RollingAverage.builder()
            .windowDays(7)
            .sampleSizeWeight(SQRT_N)
            .build()
            .evaluate(polls, days(5));
    // Plain mean 44, s² = (16 + 1 + 9) / 2 = 13, interval 44 ± z √(13/3).
    assertEquals(44, weighted.band().estimate()[0], 1e-12);
    assertEquals(Math.sqrt(13), weighted.standardDeviation().get(0), 1e-12);
    assertEquals(3, weighted.effectiveN().get(0), 1e-12);
    assertEquals(44 + Z95 * Math.sqrt(13.0 / 3), weighted.band().upper()[0], 1e-12);
  }

  @Test
  void a_very_old_poll_loses_its_weight_without_breaking_the_average() {
    // Half-life 1 day, polls 2000 days apart: the old poll's weight 2^-2000 underflows to 0.
    PollSeries polls = PollSeries.of(new double[] {0, 2000}, new double[] {30, 60});
    RollingAverageFit r =
        RollingAverage.builder()
            .windowDays(5000)
            .halfLifeDays(1)
            .build()
            .evaluate(polls, days(4000));
    assertEquals(60, r.band().estimate()[0], 0.0);
    assertEquals(2, r.polls().get(0));
    assertEquals(1, r.effectiveN().get(0), 0.0);
  }

  @Test
  void given_days_form_a_strictly_increasing_grid() {
    RollingAverage average = RollingAverage.builder().windowDays(30).build();
    RollingAverageFit r = average.evaluate(TWO, days(0, 14));
    assertArrayEquals(new double[] {40, 43}, r.band().estimate(), 1e-12);
    assertEquals(List.of(LocalDate.ofEpochDay(0), LocalDate.ofEpochDay(14)), r.band().dates());
    assertBadArgument(
        "epochDays must be strictly increasing, but epochDays[1] = 0 follows 14",
        () -> average.evaluate(TWO, days(14, 0, 14)));
  }

  @Test
  void results_are_copies() {
    long[] grid = days(14);
    RollingAverageFit r = RollingAverage.builder().windowDays(30).build().evaluate(TWO, grid);
    grid[0] = 0;
    r.band().estimate()[0] = 0;
    assertThrows(UnsupportedOperationException.class, () -> r.polls().set(0, 0));
    assertEquals(LocalDate.ofEpochDay(14), r.band().dates().get(0));
    assertEquals(43, r.band().estimate()[0], 1e-12);
    assertEquals(2, r.polls().get(0));
    double[] shares = {40, 46};
    PollSeries polls = PollSeries.of(new double[] {0, 14}, shares);
    shares[0] = 0;
    assertEquals(40, polls.share()[0], 0.0);
  }

  @Test
  void prints_its_options() {
    RollingAverage average =
        RollingAverage.builder()
            .windowDays(30)
            .halfLifeDays(14)
            .sampleSizeWeight(SQRT_N)
            .cap(3000)
            .mode(CENTRED)
            .build();
    assertEquals(
        "RollingAverage[CENTRED, 30 days, half-life 14 days, SQRT_N capped at 3000, 95%]",
        average.toString());
    assertEquals(
        "RollingAverage[REAL_TIME, 7.5 days, NONE, 90%]",
        RollingAverage.builder().windowDays(7.5).confidence(0.9).build().toString());
  }

  @Test
  void defaults_are_real_time_no_weights_and_95_percent() {
    RollingAverage average = RollingAverage.builder().windowDays(30).build();
    assertEquals(REAL_TIME, average.mode());
    assertEquals(NONE, average.sampleSizeWeight());
    assertEquals(0.95, average.confidence());
    assertEquals(Double.POSITIVE_INFINITY, average.halfLifeDays());
    assertEquals(Double.POSITIVE_INFINITY, average.cap());
    assertTrue(average.pollsterWeights().isEmpty());
  }

  @Test
  void invalid_options_are_rejected_with_the_allowed_range() {
    assertBadArgument(
        "windowDays must be finite and > 0, was 0.0", () -> RollingAverage.builder().windowDays(0));
    assertBadArgument(
        "windowDays must be finite and > 0, was NaN",
        () -> RollingAverage.builder().windowDays(Double.NaN));
    assertBadArgument(
        "halfLifeDays must be finite and > 0, was -14.0",
        () -> RollingAverage.builder().halfLifeDays(-14));
    assertBadArgument(
        "cap must be finite and > 0, was Infinity",
        () -> RollingAverage.builder().cap(Double.POSITIVE_INFINITY));
    assertBadArgument(
        "confidence must be in (0, 1), was 1.5", () -> RollingAverage.builder().confidence(1.5));
    assertNullArgument(
        "mode must be one of [REAL_TIME, CENTRED], was null",
        () -> RollingAverage.builder().mode(null));
    assertNullArgument(
        "sampleSizeWeight must be one of [NONE, SQRT_N, N], was null",
        () -> RollingAverage.builder().sampleSizeWeight(null));
    assertBadArgument(
        "pollsterWeights for 'A' must be finite and > 0, was 0.0",
        () -> RollingAverage.builder().pollsterWeights(Map.of("A", 0.0)));
    Map<String, Double> withNull = new HashMap<>();
    withNull.put("B", null);
    assertBadArgument(
        "pollsterWeights for 'B' must be finite and > 0, was null",
        () -> RollingAverage.builder().pollsterWeights(withNull));
  }

  @Test
  void conflicting_or_repeated_options_are_rejected() {
    assertSetTwice(
        "windowDays must be set (the window length in days, > 0)",
        () -> RollingAverage.builder().halfLifeDays(14).build());
    assertSetTwice(
        "cap was set to 3000 but sampleSizeWeight is NONE; a cap only limits SQRT_N or N weights",
        () -> RollingAverage.builder().windowDays(30).cap(3000).build());
    assertSetTwice(
        "windowDays was already set to 30",
        () -> RollingAverage.builder().windowDays(30).windowDays(60));
    assertSetTwice(
        "mode was already set to CENTRED",
        () -> RollingAverage.builder().mode(CENTRED).mode(REAL_TIME));
    assertSetTwice(
        "halfLifeDays was already set to 14",
        () -> RollingAverage.builder().halfLifeDays(14).halfLifeDays(7));
  }

  @Test
  void sample_size_weighting_without_any_sample_size_is_refused() {
    RollingAverage average =
        RollingAverage.builder().windowDays(30).sampleSizeWeight(SQRT_N).build();
    assertBadArgument(
        "polls has no sample sizes, so sampleSizeWeight SQRT_N cannot be used; use NONE or give"
            + " sample sizes",
        () -> average.evaluate(TWO));
  }

  @Test
  void bad_series_and_days_are_rejected_by_name_and_index() {
    RollingAverage average = RollingAverage.builder().windowDays(30).build();
    assertNullArgument("polls must not be null", () -> average.evaluate(null));
    assertBadArgument(
        "epochDays must be strictly increasing, but epochDays[1] = 1 follows 1",
        () -> average.evaluate(TWO, days(1, 1)));
    assertBadArgument(
        "polls must hold at least one poll for a daily grid; for chosen days use evaluate(polls,"
            + " days)",
        () -> average.evaluate(PollSeries.of(new double[0], new double[0])));
    assertBadArgument(
        "share must have the same length as epochDays (2), had 1",
        () -> PollSeries.of(new double[] {0, 1}, new double[] {40}));
    assertBadArgument(
        "share[1] must be a share in percentage points in [0, 100], was 120.0",
        () -> PollSeries.of(new double[] {0, 1}, new double[] {40, 120}));
    assertBadArgument(
        "sampleSize[0] must be > 0 and finite, or NaN when not reported, was 0.0",
        () -> TWO.withSampleSizes(new double[] {0, 100}));
    assertBadArgument(
        "pollster[1] must not be null (use \"\" if unknown)",
        () -> TWO.withPollsters(new String[] {"A", null}));
    assertBadArgument(
        "pollster must have the same length as epochDays (2), had 3",
        () -> TWO.withPollsters(new String[] {"A", "B", "C"}));
  }

  @Test
  void a_daily_grid_longer_than_the_limit_is_refused() {
    PollSeries polls = PollSeries.of(new double[] {0, 2_000_000}, new double[] {40, 41});
    assertBadArgument(
        "polls span 2000001 days; a daily grid is limited to 1000000 days, "
            + "for longer spans use evaluate(polls, days)",
        () -> RollingAverage.builder().windowDays(30).build().evaluate(polls));
  }

  @Test
  void an_empty_series_on_chosen_days_is_all_missing() {
    RollingAverageFit r =
        RollingAverage.builder()
            .windowDays(30)
            .build()
            .evaluate(PollSeries.of(new double[0], new double[0]), days(1, 2));
    assertEquals(List.of(0, 0), r.polls());
    assertTrue(Double.isNaN(r.band().estimate()[0]) && Double.isNaN(r.band().estimate()[1]));
  }

  private static double average(
      java.util.function.UnaryOperator<RollingAverage.Builder> options,
      PollSeries polls,
      long[] days) {
    return options
        .apply(RollingAverage.builder().windowDays(30))
        .build()
        .evaluate(polls, days)
        .band()
        .estimate()[0];
  }

  private static long[] days(long... days) {
    return days;
  }
}
