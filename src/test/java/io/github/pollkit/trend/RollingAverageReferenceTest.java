package io.github.pollkit.trend;

import static io.github.pollkit.trend.RollingAverage.Mode.CENTRED;
import static io.github.pollkit.trend.RollingAverage.Mode.REAL_TIME;
import static io.github.pollkit.trend.RollingAverage.SampleSizeWeight.N;
import static io.github.pollkit.trend.RollingAverage.SampleSizeWeight.SQRT_N;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.testing.Reference;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * RollingAverage against an independent numpy implementation (numpy 1.24.2, scipy 1.10.1, pandas
 * 1.5.3): reference/rolling/make_reference.py and its output; the options of each case are listed
 * in reference/rolling/cases.csv and repeated here.
 */
class RollingAverageReferenceTest {
  private static final PollSeries UKRAINE = series("rolling/ukraine-series.csv");
  private static final PollSeries SYNTHETIC = series("rolling/synthetic-series.csv");

  @Test
  void ukraine_real_time_year_window_with_half_life_and_capped_root_n() {
    RollingAverage average =
        RollingAverage.builder()
            .windowDays(365)
            .mode(REAL_TIME)
            .halfLifeDays(90)
            .sampleSizeWeight(SQRT_N)
            .cap(3000)
            .build();
    Reference expected = Reference.csv("rolling/ukraine_realtime.csv");
    RollingAverageFit result = average.evaluate(UKRAINE, longs(expected.doubles("day")));
    assertMatches(expected, result);
    // 18 of the 46 polls report no sample size; the median of the 28 reported sizes is 2000.
    assertEquals(18, result.imputedSampleSizes());
    assertEquals(2000, result.imputedSampleSize());
  }

  @Test
  void ukraine_centred_two_year_window_by_n_with_pollster_weights_at_90_percent() {
    RollingAverage average =
        RollingAverage.builder()
            .windowDays(730)
            .mode(CENTRED)
            .sampleSizeWeight(N)
            .pollsterWeights(
                Map.of("Rating Group", 0.5, "Kyiv International Institute of Sociology", 1.5))
            .confidence(0.90)
            .build();
    Reference expected = Reference.csv("rolling/ukraine_centred.csv");
    assertMatches(expected, average.evaluate(UKRAINE, longs(expected.doubles("day"))));
  }

  @Test
  void synthetic_real_time_daily_grid() {
    RollingAverage average =
        RollingAverage.builder()
            .windowDays(30)
            .halfLifeDays(14)
            .sampleSizeWeight(SQRT_N)
            .cap(3000)
            .build();
    RollingAverageFit result = assertDailyGridMatches("rolling/synthetic_realtime.csv", average);
    // s3 and s7 have no sample size; the other eight sorted are 800, 900, 1000, 1200, 1500, 2500,
    // 4000, 5000, so the median is (1200 + 1500) / 2 = 1350. Days 20000..20108; 36 of them have
    // no poll in their window (polls column of the reference).
    assertEquals(2, result.imputedSampleSizes());
    assertEquals(1350, result.imputedSampleSize());
    assertEquals(
        "RollingAverageFit[109 days, 36 without polls, 2 sample sizes imputed, 95% intervals]",
        result.toString());
  }

  @Test
  void synthetic_centred_daily_grid_with_cap_and_pollster_weight() {
    RollingAverage average =
        RollingAverage.builder()
            .windowDays(20)
            .mode(CENTRED)
            .halfLifeDays(7)
            .sampleSizeWeight(N)
            .cap(2000)
            .pollsterWeights(Map.of("B", 2.0))
            .build();
    assertDailyGridMatches("rolling/synthetic_centred.csv", average);
  }

  @Test
  void synthetic_plain_mean_daily_grid() {
    assertDailyGridMatches(
        "rolling/synthetic_plain.csv", RollingAverage.builder().windowDays(30).build());
  }

  private static RollingAverageFit assertDailyGridMatches(String resource, RollingAverage average) {
    Reference expected = Reference.csv(resource);
    RollingAverageFit result = average.evaluate(SYNTHETIC);
    assertArrayEquals(longs(expected.doubles("day")), epochDays(result), "daily grid");
    assertMatches(expected, result);
    // The synthetic series has a gap longer than every window: some days must be empty.
    assertTrue(result.polls().contains(0));
    return result;
  }

  private static void assertMatches(Reference expected, RollingAverageFit result) {
    double[] days = expected.doubles("day");
    assertEquals(days.length, result.band().size());
    assertArrayEquals(longs(days), epochDays(result));
    compare("estimate", expected.doubles("estimate"), result.band().estimate(), days);
    compare("lower", expected.doubles("lower"), result.band().lower(), days);
    compare("upper", expected.doubles("upper"), result.band().upper(), days);
    compare("sd", expected.doubles("sd"), unboxed(result.standardDeviation()), days);
    compare("effective_n", expected.doubles("effective_n"), unboxed(result.effectiveN()), days);
    double[] polls = expected.doubles("polls");
    for (int i = 0; i < days.length; i++) {
      assertEquals((int) polls[i], result.polls().get(i), "polls on day " + days[i]);
    }
  }

  private static long[] longs(double[] days) {
    return java.util.Arrays.stream(days).mapToLong(d -> (long) d).toArray();
  }

  private static long[] epochDays(RollingAverageFit result) {
    return result.band().dates().stream().mapToLong(java.time.LocalDate::toEpochDay).toArray();
  }

  private static double[] unboxed(java.util.List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** Equal to 1e-9 relative, NaN exactly where the reference has an empty cell. */
  private static void compare(String what, double[] expected, double[] actual, double[] days) {
    for (int i = 0; i < expected.length; i++) {
      String message = what + " on day " + days[i];
      if (Double.isNaN(expected[i])) {
        assertTrue(Double.isNaN(actual[i]), message + " should be NaN, was " + actual[i]);
      } else {
        assertEquals(expected[i], actual[i], 1e-9 * Math.max(1, Math.abs(expected[i])), message);
      }
    }
  }

  private static PollSeries series(String resource) {
    Reference r = Reference.csv(resource);
    return new PollSeries(
        r.doubles("epoch_day"),
        r.doubles("share"),
        r.doubles("sample_size"),
        r.strings("pollster"));
  }
}
