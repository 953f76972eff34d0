package io.github.pollkit.trend;

import static io.github.pollkit.testing.HouseRules.assertBadArgument;
import static io.github.pollkit.testing.HouseRules.assertNullArgument;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Edge cases and hand derivations for {@link KalmanSmoother}. Expected values are derived in the
 * comments beside them from the model in the class Javadoc; statsmodels comparisons are in {@link
 * KalmanStatsmodelsTest}.
 */
class KalmanSmootherTest {

  private static final double LOG_2PI = Math.log(2 * Math.PI);
  private static final double NaN = Double.NaN;

  private static KalmanSmoother fixed(double q, double tau2) {
    return KalmanSmoother.builder().processVariance(q).nonSamplingVariance(tau2).build();
  }

  // ---- one poll ------------------------------------------------------------------------------

  @Test
  void one_poll_is_its_own_average_with_its_sampling_error() {
    KalmanFit r =
        KalmanSmoother.builder()
            .build()
            .smooth(new int[] {19000}, new double[] {53}, new double[] {2400});
    // exact diffuse start: the first poll sets the level, variance h = 53 * 47 / 2400 (tau2 = 0
    // by the one-poll rule); q is not identified on a one-day grid
    double se = Math.sqrt(53.0 * 47 / 2400);
    assertEquals(List.of(LocalDate.ofEpochDay(19000)), r.smoothed().dates());
    assertEquals(53, r.filtered().estimate()[0], 1e-12);
    assertEquals(53, r.smoothed().estimate()[0], 1e-12);
    assertEquals(se, r.filtered().standardError()[0], 1e-12);
    assertEquals(se, r.smoothed().standardError()[0], 1e-12);
    assertEquals(0, r.nonSamplingVariance());
    assertTrue(Double.isNaN(r.processVariance()));
    assertEquals(-0.5 * LOG_2PI, r.logLikelihood(), 1e-12);
    assertEquals(1, r.pollsUsed());
  }

  @Test
  void bands_use_the_normal_quantiles() {
    KalmanFit r = fixed(0.1, 0).smooth(new int[] {0}, new double[] {53}, new double[] {2400});
    KalmanFit r90 =
        fixed(0.1, 0)
            .withConfidence(0.90)
            .smooth(new int[] {0}, new double[] {53}, new double[] {2400});
    double se = Math.sqrt(53.0 * 47 / 2400);
    // z(0.95) = 1.6448536269514722, z(0.975) = 1.959963984540054 (standard normal quantiles)
    assertEquals(53 - 1.6448536269514722 * se, r90.smoothed().lower()[0], 1e-9);
    assertEquals(53 + 1.6448536269514722 * se, r90.filtered().upper()[0], 1e-9);
    assertEquals(53 - 1.959963984540054 * se, r.filtered().lower()[0], 1e-9);
    assertEquals(53 + 1.959963984540054 * se, r.smoothed().upper()[0], 1e-9);
    assertEquals(0.95, r.smoothed().confidence());
    assertEquals(0.90, r90.smoothed().confidence());
  }

  @Test
  void class_javadoc_example_runs() {
    int[] day = {19000, 19000, 19003, 19010};
    double[] share = {45, 48, 46, 44};
    double[] n = {1000, 800, Double.NaN, 1200};
    KalmanFit avg = KalmanSmoother.builder().build().smooth(day, share, n);
    double[] average = avg.smoothed().estimate();
    TrendBand band = avg.smoothed();
    assertEquals(11, average.length, "one value per day 19000..19010");
    assertEquals(1, avg.pollsWithMedianSampleSize());
    for (int t = 0; t < average.length; t++) {
      assertTrue(band.lower()[t] < average[t] && average[t] < band.upper()[t]);
      assertTrue(average[t] > 44 && average[t] < 48, "an average lies within the polls");
    }
  }

  // ---- all polls on one day
  // ----------------------------------------------------------------------

  @Test
  void polls_on_one_day_give_the_inverse_variance_mean() {
    // h1 = 50 * 50 / 1000 = 2.5, h2 = 40 * 60 / 600 = 4; precision 1/2.5 + 1/4 = 0.65
    // mean (50/2.5 + 40/4)/0.65 = 30/0.65, variance 1/0.65
    KalmanFit r =
        fixed(0.5, 0).smooth(new int[] {7, 7}, new double[] {50, 40}, new double[] {1000, 600});
    assertEquals(1, r.smoothed().size());
    assertEquals(30 / 0.65, r.filtered().estimate()[0], 1e-12);
    assertEquals(30 / 0.65, r.smoothed().estimate()[0], 1e-12);
    assertEquals(Math.sqrt(1 / 0.65), r.smoothed().standardError()[0], 1e-12);
    // log-likelihood: -1/2 log 2pi (diffuse first poll), then v = -10, F = 2.5 + 4 = 6.5
    assertEquals(-LOG_2PI - 0.5 * Math.log(6.5) - 0.5 * 100 / 6.5, r.logLikelihood(), 1e-12);
  }

  @Test
  void polls_on_one_day_estimate_the_nonsampling_variance_in_closed_form() {
    // log L = const - 1/2 log F - v^2 / (2F) with F = h1 + h2 + 2 tau2 is maximal at F = v^2 = 100,
    // so tau2 = (100 - 6.5) / 2 = 46.75; the level is then the mean weighted by 1/(h + tau2)
    KalmanFit r =
        KalmanSmoother.builder()
            .build()
            .smooth(new int[] {7, 7}, new double[] {50, 40}, new double[] {1000, 600});
    double tau2 = 46.75;
    assertEquals(tau2, r.nonSamplingVariance(), 1e-6 * tau2);
    double w1 = 1 / (2.5 + tau2);
    double w2 = 1 / (4 + tau2);
    assertEquals((50 * w1 + 40 * w2) / (w1 + w2), r.smoothed().estimate()[0], 1e-6);
    assertTrue(Double.isNaN(r.processVariance()), "q plays no part on a one-day grid");
  }

  @Test
  void identical_polls_estimate_no_nonsampling_variance() {
    // v = 0 for every update, so log L = const - 1/2 sum log F falls as tau2 grows: the maximum is
    // at the boundary tau2 = 0, reported as exactly 0
    KalmanFit r =
        KalmanSmoother.builder()
            .build()
            .smooth(
                new int[] {3, 3, 3}, new double[] {50, 50, 50}, new double[] {1000, 1000, 1000});
    assertEquals(0, r.nonSamplingVariance());
    assertEquals(Math.sqrt(2.5 / 3), r.smoothed().standardError()[0], 1e-12);
  }

  // ---- gaps of years ---------------------------------------------------------------------------

  @Test
  void gap_of_three_years_interpolates_like_a_brownian_bridge() {
    // two polls, day 0 (y1 = 40, h1 = 40 * 60 / 1000 = 2.4) and day D = 1095 (y2 = 50, h2 = 2.5);
    // q = 0.01, tau2 = 0. Given mu_k, y1 ~ N(mu_k, h1 + qk) and y2 ~ N(mu_k, h2 + q(D - k)) are
    // independent, so with a diffuse start mu_k | y1, y2 has mean
    // y1 + (h1 + qk)/(h1 + h2 + qD) (y2 - y1) and variance (h1 + qk)(h2 + q(D - k))/(h1 + h2 + qD).
    // The filter before day D knows only y1: mean 40, variance h1 + qk.
    int big = 1095;
    double q = 0.01;
    double h1 = 2.4;
    double h2 = 2.5;
    KalmanFit r =
        fixed(q, 0).smooth(new int[] {0, big}, new double[] {40, 50}, new double[] {1000, 1000});
    assertEquals(big + 1, r.smoothed().size());
    for (int k : new int[] {0, 1, 100, 547, 1000, 1094, 1095}) {
      double total = h1 + h2 + q * big;
      assertEquals(
          40 + (h1 + q * k) / total * 10, r.smoothed().estimate()[k], 1e-9, "smoothed day " + k);
      double variance = (h1 + q * k) * (h2 + q * (big - k)) / total;
      assertEquals(
          variance,
          r.smoothed().standardError()[k] * r.smoothed().standardError()[k],
          1e-9,
          "variance day " + k);
      if (k < big) {
        assertEquals(40, r.filtered().estimate()[k], 1e-12);
        assertEquals(
            h1 + q * k, r.filtered().standardError()[k] * r.filtered().standardError()[k], 1e-9);
      }
    }
    double f = h1 + q * big + h2;
    assertEquals(-LOG_2PI - 0.5 * Math.log(f) - 0.5 * 100 / f, r.logLikelihood(), 1e-12);
  }

  @Test
  void decades_between_polls_keep_a_daily_grid_in_epoch_days() {
    int first = (int) LocalDate.of(1995, 6, 1).toEpochDay();
    int last = (int) LocalDate.of(2024, 2, 15).toEpochDay();
    int middle = (int) LocalDate.of(2014, 3, 18).toEpochDay();
    KalmanFit r =
        KalmanSmoother.builder()
            .build()
            .smooth(
                new int[] {last, first, middle, last},
                new double[] {40, 30, 35, 42},
                new double[] {1200, 1000, NaN, 800});
    assertEquals(last - first + 1, r.smoothed().size());
    assertEquals(first, r.smoothed().dates().get(0).toEpochDay());
    assertEquals(last, r.smoothed().dates().get(r.smoothed().size() - 1).toEpochDay());
    assertEquals(4, r.pollsUsed());
    assertEquals(1, r.pollsWithMedianSampleSize());
    assertTrue(r.processVariance() > 0);
    for (double se : r.smoothed().standardError()) {
      assertTrue(se > 0 && Double.isFinite(se));
    }
  }

  // ---- rules and options
  // -------------------------------------------------------------------------

  @Test
  void missing_sample_size_takes_the_median_of_the_others_and_is_counted() {
    int[] day = {0, 2, 2, 5};
    double[] share = {44, 46, 41, 45};
    // median of 1000, 600, 800 is 800
    KalmanFit withRule = fixed(0.2, 1).smooth(day, share, new double[] {1000, NaN, 600, 800});
    KalmanFit explicit = fixed(0.2, 1).smooth(day, share, new double[] {1000, 800, 600, 800});
    assertArrayEquals(explicit.smoothed().estimate(), withRule.smoothed().estimate());
    assertArrayEquals(explicit.filtered().standardError(), withRule.filtered().standardError());
    assertEquals(1, withRule.pollsWithMedianSampleSize());
    assertEquals(4, withRule.pollsUsed());
    // an even count of known sizes: median of 1000 and 600 is 800
    KalmanFit even =
        fixed(0.2, 1)
            .smooth(new int[] {0, 1, 2}, new double[] {44, 46, 41}, new double[] {1000, 600, NaN});
    KalmanFit evenExplicit =
        fixed(0.2, 1)
            .smooth(new int[] {0, 1, 2}, new double[] {44, 46, 41}, new double[] {1000, 600, 800});
    assertArrayEquals(evenExplicit.smoothed().estimate(), even.smoothed().estimate());
  }

  @Test
  void published_range_adds_the_uniform_variance() {
    // a range [20, 25] with midpoint 22.5 and n = 1000: 22.5 * 77.5 / 1000 + 5^2 / 12
    KalmanFit r =
        fixed(0.1, 0)
            .smooth(
                new int[] {0},
                new double[] {22.5},
                new double[] {1000},
                new double[] {20},
                new double[] {25});
    assertEquals(Math.sqrt(22.5 * 77.5 / 1000 + 25.0 / 12), r.smoothed().standardError()[0], 1e-12);
    // a poll without a range (NaN bounds) in the same call gets its sampling variance only
    KalmanFit mixed =
        fixed(0.1, 0)
            .smooth(
                new int[] {0, 0},
                new double[] {22.5, 30},
                new double[] {1000, 500},
                new double[] {20, NaN},
                new double[] {25, NaN});
    double p1 = 1 / (22.5 * 77.5 / 1000 + 25.0 / 12);
    double p2 = 1 / (30.0 * 70 / 500);
    assertEquals((22.5 * p1 + 30 * p2) / (p1 + p2), mixed.smoothed().estimate()[0], 1e-12);
  }

  @Test
  void design_effect_multiplies_the_sampling_variance() {
    KalmanFit r =
        KalmanSmoother.builder()
            .processVariance(0.1)
            .nonSamplingVariance(0)
            .designEffect(2)
            .build()
            .smooth(new int[] {0}, new double[] {50}, new double[] {1000});
    assertEquals(Math.sqrt(2 * 2.5), r.smoothed().standardError()[0], 1e-12);
  }

  @Test
  void lead_of_one_poll_has_the_multinomial_margin() {
    // 53 for, 29 against, n = 2400: var = [100 (53 + 29) - 24^2] / 2400 = 7624 / 2400 points^2;
    // 95% margin 1.96 * sqrt(3.1767) = 3.49 (not the 2.0 of one share)
    KalmanFit r =
        KalmanSmoother.builder()
            .build()
            .smoothLead(new int[] {0}, new double[] {53}, new double[] {29}, new double[] {2400});
    double se = Math.sqrt(7624.0 / 2400);
    assertEquals(24, r.smoothed().estimate()[0], 1e-12);
    assertEquals(se, r.smoothed().standardError()[0], 1e-12);
    assertEquals(3.49, r.smoothed().upper()[0] - 24, 0.005);
  }

  @Test
  void lead_series_is_smoothed_with_its_own_variances() {
    int[] day = {0, 3, 3, 10};
    double[] support = {53, 50, 55, 48};
    double[] oppose = {29, 33, 30, 35};
    double[] n = {2400, 1000, NaN, 1500};
    KalmanFit lead = fixed(0.3, 0.5).smoothLead(day, support, oppose, n);
    // the same model with the lead and its variance written out; the NaN n becomes median 1500
    double[] value = new double[4];
    double[] variance = new double[4];
    double[] filled = {2400, 1000, 1500, 1500};
    for (int i = 0; i < 4; i++) {
      value[i] = support[i] - oppose[i];
      variance[i] = (100 * (support[i] + oppose[i]) - value[i] * value[i]) / filled[i];
    }
    KalmanFit written = fixed(0.3, 0.5).smoothWithVariances(day, value, variance);
    assertArrayEquals(written.smoothed().estimate(), lead.smoothed().estimate(), 1e-12);
    assertArrayEquals(written.smoothed().standardError(), lead.smoothed().standardError(), 1e-12);
    assertEquals(1, lead.pollsWithMedianSampleSize());
  }

  @Test
  void input_order_does_not_matter() {
    KalmanFit sorted =
        fixed(0.2, 1)
            .smooth(
                new int[] {0, 0, 4, 9},
                new double[] {40, 42, 45, 43},
                new double[] {900, 1100, 800, 1000});
    KalmanFit shuffled =
        fixed(0.2, 1)
            .smooth(
                new int[] {9, 0, 4, 0},
                new double[] {43, 40, 45, 42},
                new double[] {1000, 900, 800, 1100});
    assertArrayEquals(sorted.smoothed().estimate(), shuffled.smoothed().estimate(), 1e-12);
    assertArrayEquals(sorted.filtered().estimate(), shuffled.filtered().estimate(), 1e-12);
    assertEquals(sorted.logLikelihood(), shuffled.logLikelihood(), 1e-12);
  }

  @Test
  void result_arrays_cannot_be_changed_from_outside() {
    double[] share = {40, 45};
    KalmanFit r = fixed(0.2, 1).smooth(new int[] {0, 3}, share, new double[] {900, 1100});
    double before = r.smoothed().estimate()[0];
    r.smoothed().estimate()[0] = 99;
    share[0] = 99;
    assertEquals(before, r.smoothed().estimate()[0]);
    assertEquals(
        r, fixed(0.2, 1).smooth(new int[] {0, 3}, new double[] {40, 45}, new double[] {900, 1100}));
  }

  @Test
  void result_reads_as_a_sentence() {
    KalmanFit r = fixed(0.25, 0).smooth(new int[] {19000}, new double[] {53}, new double[] {2400});
    assertEquals(
        "Kalman average 2022-01-08 to 2022-01-08 (1 day): 1 poll (0 given the median n);"
            + " latest 53.0 (95% band 51.0 to 55.0); q = 0.2500 points²/day (given),"
            + " τ² = 0.000 points² (given), log-likelihood -0.9",
        r.toString());
  }

  @Test
  void exactly_observed_random_walk_estimates_q_in_closed_form() {
    // tau2 = 0 and known variances 0: after the diffuse first value each value y_j adds
    // -1/2 (log 2pi + log(k_j q) + d_j^2 / (k_j q)) with d_j = y_j - y_(j-1) over a gap of k_j
    // days, so the ML estimate is q = sum(d_j^2 / k_j) / (m - 1)
    int[] day = {0, 1, 2, 5, 6, 30, 31, 33};
    double[] value = {10, 10.5, 9.8, 11.0, 10.7, 14.2, 13.9, 14.4};
    double sum = 0;
    for (int j = 1; j < day.length; j++) {
      double d = value[j] - value[j - 1];
      sum += d * d / (day[j] - day[j - 1]);
    }
    double expected = sum / (day.length - 1);
    KalmanFit r =
        KalmanSmoother.builder()
            .nonSamplingVariance(0)
            .build()
            .smoothWithVariances(day, value, new double[day.length]);
    assertEquals(expected, r.processVariance(), 1e-7 * expected);
    // observed exactly: both estimates go through every value with zero standard error there
    for (int j = 0; j < day.length; j++) {
      assertEquals(value[j], r.smoothed().estimate()[day[j]], 1e-9);
      assertEquals(0, r.smoothed().standardError()[day[j]], 1e-9);
    }
  }

  // ---- maximum likelihood on a realistic series -------------------------------------------------

  @Test
  void ml_recovers_the_variances_of_a_simulated_poll_series() {
    // 6,000 polls over 1,300 days from the model itself, q = 0.02, tau2 = 1.5
    Random random = new Random(42);
    int polls = 6000;
    int days = 1300;
    double[] level = new double[days];
    level[0] = 45;
    for (int t = 1; t < days; t++) {
      level[t] = level[t - 1] + Math.sqrt(0.02) * random.nextGaussian();
    }
    int[] day = new int[polls];
    double[] share = new double[polls];
    double[] n = new double[polls];
    for (int i = 0; i < polls; i++) {
      day[i] = i == 0 ? 0 : i == 1 ? days - 1 : random.nextInt(days);
      n[i] = 500 + random.nextInt(2000);
      double mu = level[day[i]];
      share[i] = mu + Math.sqrt(mu * (100 - mu) / n[i] + 1.5) * random.nextGaussian();
    }
    KalmanFit r = KalmanSmoother.builder().build().smooth(day, share, n);
    // the estimates are random; with 6,000 polls their standard errors are about 10% (q) and 5%
    // (tau2), so a factor 1.5 either way only fails if the estimation is broken
    assertTrue(
        r.processVariance() > 0.02 / 1.5 && r.processVariance() < 0.02 * 1.5,
        "q " + r.processVariance());
    assertTrue(
        r.nonSamplingVariance() > 1.5 / 1.5 && r.nonSamplingVariance() < 1.5 * 1.5,
        "tau2 " + r.nonSamplingVariance());
    // and it is a maximum: a 1% step in any direction lowers the log-likelihood
    KalmanInput in = KalmanInput.ofShares(day, share, n, null, null, 1);
    double best = LocalLevelFilter.logLikelihood(in, r.processVariance(), r.nonSamplingVariance());
    assertEquals(best, r.logLikelihood(), 1e-9);
    for (double[] step :
        new double[][] {{1.01, 1}, {0.99, 1}, {1, 1.01}, {1, 0.99}, {1.01, 1.01}, {0.99, 0.99}}) {
      double other =
          LocalLevelFilter.logLikelihood(
              in, r.processVariance() * step[0], r.nonSamplingVariance() * step[1]);
      assertTrue(other <= best, "higher log-likelihood at step " + step[0] + ", " + step[1]);
    }
  }

  // ---- bad arguments ---------------------------------------------------------------------------

  @Test
  void bad_arguments_name_the_argument_and_the_allowed_range() {
    KalmanSmoother s = KalmanSmoother.builder().build();
    assertBadArgument(
        "share must be in [0, 100], was NaN at index 1",
        () -> s.smooth(new int[] {0, 1}, new double[] {40, NaN}, new double[] {1000, 1000}));
    assertBadArgument(
        "share must be in [0, 100], was 104.0 at index 0",
        () -> s.smooth(new int[] {0}, new double[] {104}, new double[] {1000}));
    assertBadArgument(
        "n must be in (0, ∞) or NaN for missing, was 0.0 at index 0",
        () -> s.smooth(new int[] {0}, new double[] {40}, new double[] {0}));
    assertBadArgument(
        "n must be in (0, ∞) or NaN for missing, was -5.0 at index 1",
        () -> s.smooth(new int[] {0, 1}, new double[] {40, 41}, new double[] {10, -5}));
    assertBadArgument(
        "day must hold at least one poll, was empty",
        () -> s.smooth(new int[0], new double[0], new double[0]));
    assertBadArgument(
        "all arrays must have the length of day (2), one had 1",
        () -> s.smooth(new int[] {0, 1}, new double[] {40}, new double[] {1000, 1000}));
    assertNullArgument(
        "share must not be null", () -> s.smooth(new int[] {0}, null, new double[] {1}));
    assertBadArgument(
        "n must be given for at least one poll (missing n takes the median of the others), was NaN"
            + " for all 2",
        () -> s.smooth(new int[] {0, 1}, new double[] {40, 41}, new double[] {NaN, NaN}));
    assertBadArgument(
        "range must satisfy 0 <= rangeLow <= share <= rangeHigh <= 100, was [25.0, 20.0] with share"
            + " 22.0 at index 0",
        () ->
            s.smooth(
                new int[] {0},
                new double[] {22},
                new double[] {1000},
                new double[] {25},
                new double[] {20}));
    assertBadArgument(
        "rangeLow and rangeHigh must both be NaN or both be given, were 20.0 and NaN at index 0",
        () ->
            s.smooth(
                new int[] {0},
                new double[] {22},
                new double[] {1000},
                new double[] {20},
                new double[] {NaN}));
    assertBadArgument(
        "share1 + share2 must be at most 101 (100 plus rounding), was 110.0 at index 0",
        () ->
            s.smoothLead(new int[] {0}, new double[] {60}, new double[] {50}, new double[] {1000}));
    assertBadArgument(
        "variance must be in [0, ∞), was -1.0 at index 0",
        () -> s.smoothWithVariances(new int[] {0}, new double[] {1}, new double[] {-1}));
    assertBadArgument(
        "value must be finite, was Infinity at index 0",
        () ->
            s.smoothWithVariances(
                new int[] {0}, new double[] {Double.POSITIVE_INFINITY}, new double[] {1}));
    assertBadArgument(
        "day must span at most 200000 days, spanned 2000001 days",
        () ->
            s.smooth(
                new int[] {-1_000_000, 1_000_000},
                new double[] {40, 41},
                new double[] {1000, 1000}));
    assertBadArgument(
        "confidence must be in (0, 1), was 1.5", () -> fixed(0.1, 0).withConfidence(1.5));
  }

  @Test
  void zero_observation_variance_on_a_known_day_is_rejected() {
    // share 0 without a range and tau2 = 0: the first poll fixes the level exactly (P = 0), a
    // second such poll on the same day would divide by F = 0
    assertBadArgument(
        "the poll at index 1 has observation variance 0 on a day whose level is already known"
            + " exactly (a share of 0 or 100 without a range, and nonSamplingVariance 0): give a"
            + " positive nonSamplingVariance",
        () ->
            fixed(0.1, 0).smooth(new int[] {0, 0}, new double[] {0, 0}, new double[] {1000, 1000}));
  }

  @Test
  void builder_rejects_bad_and_repeated_settings() {
    assertBadArgument(
        "processVariance must be in (0, ∞), was 0.0",
        () -> KalmanSmoother.builder().processVariance(0));
    assertBadArgument(
        "processVariance must be in (0, ∞), was NaN",
        () -> KalmanSmoother.builder().processVariance(NaN));
    assertBadArgument(
        "nonSamplingVariance must be in [0, ∞), was -1.0",
        () -> KalmanSmoother.builder().nonSamplingVariance(-1));
    assertBadArgument(
        "designEffect must be in (0, ∞), was 0.0", () -> KalmanSmoother.builder().designEffect(0));
    IllegalStateException twice =
        assertThrows(
            IllegalStateException.class,
            () -> KalmanSmoother.builder().processVariance(0.1).estimateProcessVariance());
    assertEquals("process variance was already set to 0.1", twice.getMessage());
    IllegalStateException tau2Twice =
        assertThrows(
            IllegalStateException.class,
            () -> KalmanSmoother.builder().estimateNonSamplingVariance().nonSamplingVariance(1));
    assertEquals("non-sampling variance was already set to estimate", tau2Twice.getMessage());
  }
}
