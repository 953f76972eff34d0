package io.github.pollkit.trend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.testing.Reference;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The honest real-time Kalman average on the 202 synthetic polls of {@code reference/kalman/
 * polls.csv} (days 0–249 from 1 January 1970, weighted as in {@code
 * reference/weights/kalman_weighted_polls.csv}).
 */
class KalmanRealTimeTest {
  private static final Reference POLLS = Reference.csv("weights/kalman_weighted_polls.csv");

  /** The first {@code m} polls (the file is sorted by day). */
  private static RealTimeAverage realTime(KalmanSmoother smoother, int m) {
    double[] none = new double[m];
    Arrays.fill(none, Double.NaN);
    int[] day = Arrays.stream(POLLS.doubles("day")).mapToInt(d -> (int) d).limit(m).toArray();
    return smoother.realTime(
        day,
        Arrays.copyOf(POLLS.doubles("share"), m),
        Arrays.copyOf(POLLS.doubles("n"), m),
        none,
        none,
        Arrays.copyOf(POLLS.doubles("weight"), m));
  }

  private static int pollsUpTo(int day) {
    return (int) Arrays.stream(POLLS.doubles("day")).filter(d -> d <= day).count();
  }

  @Test
  void cutting_the_poll_list_at_any_day_changes_no_earlier_ml_estimate() {
    KalmanSmoother ml = KalmanSmoother.builder().build();
    RealTimeAverage all = realTime(ml, POLLS.size());
    double[] estimate = all.estimate();
    double[] se = all.standardError();
    int lastDay = (int) POLLS.doubles("day")[POLLS.size() - 1];
    for (int cut = 0; cut < lastDay; cut += 3) {
      int m = pollsUpTo(cut);
      if (m == 0) {
        continue;
      }
      RealTimeAverage part = realTime(ml, m);
      int days = part.estimate().length;
      assertArrayEquals(
          Arrays.copyOf(estimate, days), part.estimate(), 0.0, "estimates cut at day " + cut);
      assertArrayEquals(Arrays.copyOf(se, days), part.standardError(), 0.0, "se cut at " + cut);
    }
  }

  @Test
  void variances_are_re_estimated_every_monday_from_the_polls_known_then() {
    RealTimeAverage all = realTime(KalmanSmoother.builder().build(), POLLS.size());
    assertTrue(all.reestimations().size() > 20, all.toString());
    LocalDate previous = null;
    for (RealTimeAverage.Reestimation r : all.reestimations()) {
      assertEquals(DayOfWeek.MONDAY, r.date().getDayOfWeek());
      if (previous != null) {
        assertEquals(previous.plusDays(7), r.date());
      }
      previous = r.date();
      assertEquals(pollsUpTo((int) r.date().toEpochDay()), r.polls());
      assertTrue(r.polls() >= PollAverage.MINIMUM_POLLS);
      assertEquals(0, r.houseVariance()); // no house effects in this model
    }
    // days before the first re-estimation have no estimate; the first re-estimation day has one
    int first = (int) all.reestimations().get(0).date().toEpochDay();
    assertTrue(IntStream.range(0, first).allMatch(t -> Double.isNaN(all.estimate()[t])));
    assertTrue(Double.isFinite(all.estimate()[first]));
  }

  @Test
  void each_week_is_the_plain_filter_at_that_mondays_ml_estimates() {
    RealTimeAverage all = realTime(KalmanSmoother.builder().build(), POLLS.size());
    RealTimeAverage.Reestimation week = all.reestimations().get(10);
    int monday = (int) week.date().toEpochDay();
    // the ML estimates of the polls known that Monday, by the retrospective smoother's own search
    KalmanFit known = fitUpTo(KalmanSmoother.builder().build(), pollsUpTo(monday));
    assertEquals(known.processVariance(), week.processVariance(), 2e-3 * known.processVariance());
    assertEquals(
        known.nonSamplingVariance(),
        week.nonSamplingVariance(),
        2e-3 * known.nonSamplingVariance());
    // within the week: the forward filter at those variances over the polls known each day
    KalmanSmoother atWeek =
        KalmanSmoother.builder()
            .processVariance(week.processVariance())
            .nonSamplingVariance(week.nonSamplingVariance())
            .build();
    for (int d = monday; d < monday + 7; d++) {
      KalmanFit upTo = fitUpTo(atWeek, pollsUpTo(d));
      double[] filtered = upTo.filtered().estimate();
      // the filter's last day is the last poll's; the level stays there until day d
      assertEquals(filtered[filtered.length - 1], all.estimate()[d], 1e-9, "day " + d);
    }
  }

  @Test
  void with_both_variances_given_real_time_is_the_forward_filter() {
    KalmanSmoother fixed =
        KalmanSmoother.builder().processVariance(0.04).nonSamplingVariance(2).build();
    RealTimeAverage live = realTime(fixed, POLLS.size());
    KalmanFit fit = fitUpTo(fixed, POLLS.size());
    assertArrayEquals(fit.filtered().estimate(), live.estimate(), 0.0);
    assertArrayEquals(fit.filtered().standardError(), live.standardError(), 0.0);
    assertEquals(0, live.reestimations().size());
  }

  @Test
  void real_time_lead_with_given_variances_is_the_forward_filter_of_the_lead() {
    int[] day = {0, 2, 2, 5};
    double[] first = {48, 50, 47, 52};
    double[] second = {40, 41, 44, 39};
    double[] n = {900, 1200, Double.NaN, 1000};
    double[] weight = {1, 0.5, 2, 1};
    KalmanSmoother fixed =
        KalmanSmoother.builder().processVariance(0.2).nonSamplingVariance(1).build();
    RealTimeAverage live = fixed.realTimeLead(day, first, second, n, weight);
    KalmanFit fit = fixed.smoothLead(day, first, second, n, weight);
    assertArrayEquals(fit.filtered().estimate(), live.estimate(), 0.0);
    assertArrayEquals(fit.filtered().standardError(), live.standardError(), 0.0);
    assertEquals(8, live.estimate()[0], 1e-12); // the first poll's lead, 48 − 40
  }

  private static KalmanFit fitUpTo(KalmanSmoother smoother, int m) {
    double[] none = new double[m];
    Arrays.fill(none, Double.NaN);
    int[] day = Arrays.stream(POLLS.doubles("day")).mapToInt(d -> (int) d).limit(m).toArray();
    return smoother.smooth(
        day,
        Arrays.copyOf(POLLS.doubles("share"), m),
        Arrays.copyOf(POLLS.doubles("n"), m),
        none,
        none,
        Arrays.copyOf(POLLS.doubles("weight"), m));
  }
}
