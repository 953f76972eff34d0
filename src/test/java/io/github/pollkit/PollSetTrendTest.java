package io.github.pollkit;

import static io.github.pollkit.PollSetTest.poll;
import static org.junit.jupiter.api.Assertions.*;

import io.github.pollkit.model.Share;
import io.github.pollkit.trend.KalmanSmoother;
import io.github.pollkit.trend.RollingAverage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class PollSetTrendTest {

  private static final LocalDate D1 = LocalDate.of(2001, 1, 1);
  private static final LocalDate D2 = LocalDate.of(2002, 1, 1);
  private static final LocalDate D3 = LocalDate.of(2003, 1, 1);

  /** Three dated polls on a straight line, one undated poll, one range, one poll without n. */
  static PollSet line() {
    return PollSet.of(
        List.of(
            poll(1, "a", "P", D1, D1, "", 1000, "g", "support", 10, "oppose", 60),
            poll(2, "b", "P", D2, D2, "", 1000, "g", "support", 20, "oppose", 50),
            poll(3, "c", "P", D3, D3, "", Double.NaN, "g", "support", 30),
            poll(4, "undated", "P", null, null, "", 1000, "g", "support", 40, "oppose", 40),
            poll(
                5,
                "range",
                "P",
                LocalDate.of(1995, 1, 1),
                LocalDate.of(2004, 12, 31),
                "",
                Double.NaN,
                "g",
                "support",
                Share.range(20, 25))));
  }

  @Test
  void linear_trend_slope_is_in_points_per_year_and_reports_what_it_left_out() {
    LinearTrendResult t = line().option("support").linearTrend();
    // +10 points every 365 days (2001-01-01 → 2002-01-01 → 2003-01-01): 10 × 365.25 / 365 per year
    assertEquals(10.006849315068493, t.fit().slopePerYear(), 1e-9);
    assertEquals(3, t.pollsUsed());
    assertEquals(
        List.of(
            new Exclusion("'undated'", "no date"),
            new Exclusion("'range'", "published range where a point is needed")),
        t.leftOut());
    assertEquals(D1, t.from());
    assertEquals(D3, t.to());
    assertTrue(
        t.toString()
            .startsWith(
                "+10.0 points/year (95% CI +10.0 to +10.0), 3 polls used, "
                    + "2 left out (1 no date, 1 published range where a point is needed), 2001–2003"),
        t.toString());
  }

  @Test
  void weighted_trend_leaves_out_polls_without_sample_size() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> line().option("support").linearTrendWeighted());
    // reasons are counted in the order the polls come in the source
    assertEquals(
        "a linear trend needs at least 3 dated polls of 'support', had 2; 3 left out"
            + " (1 no sample size, 1 no date, 1 published range where a point is needed)",
        e.getMessage());
  }

  @Test
  void linear_trend_needs_one_option() {
    var e = assertThrows(IllegalArgumentException.class, () -> line().linearTrend());
    assertEquals(
        "linearTrend needs a set with one option, this set has support/oppose;"
            + " choose one with option(...)",
        e.getMessage());
  }

  @Test
  void linear_trend_line_spans_the_polls_day_by_day() {
    SmoothedTrend l = line().option("support").linearTrend().line(0.95);
    assertEquals(D1, l.band().dates().get(0));
    assertEquals(D3, l.band().dates().get(l.band().dates().size() - 1));
    assertEquals(731, l.band().dates().size());
    assertEquals(10, l.band().estimate()[0], 1e-9);
    assertEquals(30, l.band().estimate()[730], 1e-9);
  }

  @Test
  void kalman_lead_uses_the_multinomial_variance_of_each_poll() {
    // Two polls on one day, τ² = 0: the smoothed lead is their inverse-variance mean.
    // Lead variances [100(p1 + p2) − (p1 − p2)²]/n: (8200 − 576)/2400 = 3.176667 and
    // (8000 − 400)/1000 = 7.6, so the mean is (24/3.176667 + 20/7.6)/(1/3.176667 + 1/7.6)
    // = 22.820909372100214 with standard error 1.4967538852495383.
    PollSet sameDay =
        PollSet.of(
            List.of(
                poll(1, "a", "P", D1, D1, "", 2400, "g", "support", 53, "oppose", 29),
                poll(2, "b", "Q", D1, D1, "", 1000, "g", "support", 50, "oppose", 30)));
    Smoother kalman =
        Smoothers.kalman(
            KalmanSmoother.builder().processVariance(1).nonSamplingVariance(0).build());
    SmoothedTrend lead = sameDay.smooth(kalman).lead("support", "oppose");
    assertEquals("support − oppose", lead.label());
    assertEquals(List.of(D1), lead.band().dates());
    assertEquals(22.820909372100214, lead.band().estimate()[0], 1e-9);
    assertEquals(
        22.820909372100214 - 1.959963984540054 * 1.4967538852495383, lead.band().lower()[0], 1e-6);
  }

  @Test
  void lead_of_rounded_shares_over_100_is_smoothed() {
    // 538's approval list has approve 49, disapprove 51.1 (sum 100.1 through rounding). One poll
    // on one day: the smoothed lead is that poll's lead, 49 − 51.1 = −2.1.
    PollSet rounded =
        PollSet.of(
            List.of(poll(1, "a", "P", D1, D1, "", 1500, "g", "approve", 49, "disapprove", 51.1)));
    SmoothedTrend lead = rounded.smooth(Smoothers.kalman()).lead("approve", "disapprove");
    assertEquals(-2.1, lead.band().estimate()[0], 1e-9);
  }

  @Test
  void real_time_kalman_knows_only_the_polls_so_far() {
    // With a diffuse start, the filter on the first poll's day is that poll's share (40). The
    // smoother also sees the later poll: as a measure of the first day's level, 50 has variance
    // h2 + qT = 50·50/1000 + 1·365, against h1 = 40·60/1000 for 40, so the smoothed level is
    // 40 + 10·h1/(h1 + h2 + qT) = 40 + 24/369.9 = 40.06488240064883.
    PollSet two =
        PollSet.of(
            List.of(
                poll(1, "a", "P", D1, D1, "", 1000, "g", "support", 40),
                poll(2, "b", "P", D2, D2, "", 1000, "g", "support", 50)));
    KalmanSmoother fixed =
        KalmanSmoother.builder().processVariance(1).nonSamplingVariance(0).build();
    SmoothedTrend realTime = two.smooth(Smoothers.kalmanRealTime(fixed)).get("support");
    SmoothedTrend smoothed = two.smooth(Smoothers.kalman(fixed)).get("support");
    assertEquals(40, realTime.band().estimate()[0], 1e-9);
    assertEquals(40.06488240064883, smoothed.band().estimate()[0], 1e-9);
    assertEquals("Kalman filter (real-time)", realTime.method());
  }

  @Test
  void lead_reports_polls_that_lack_one_option() {
    Smoother kalman = Smoothers.kalman();
    SmoothedTrend lead = line().smooth(kalman).lead("support", "oppose");
    assertEquals(2, lead.pollsUsed());
    assertEquals(
        List.of(
            new Exclusion("'c'", "reports support but not oppose"),
            new Exclusion("'undated'", "no date"),
            new Exclusion("'range'", "reports support but not oppose")),
        lead.leftOut());
  }

  @Test
  void kalman_takes_the_published_range_but_not_undated_polls() {
    SmoothedTrend support = line().smooth(Smoothers.kalman()).get("support");
    assertEquals(4, support.pollsUsed());
    assertEquals(List.of(new Exclusion("'undated'", "no date")), support.leftOut());
    assertEquals(
        LocalDate.of(2001, 1, 1), support.band().dates().get(0), "range placed at its end date");
    assertTrue(support.note().contains("given the median n"), support.note());
  }

  @Test
  void rolling_average_days_without_polls_stay_missing() {
    Smoother avg = Smoothers.rollingAverage(RollingAverage.builder().windowDays(30).build());
    SmoothedTrend s = line().option("support").smooth(avg).get("support");
    assertEquals(10, s.band().estimate()[0], 1e-12, "one poll in the window: its share");
    assertTrue(Double.isNaN(s.band().estimate()[100]), "no poll within 30 days of 2001-04-11");
  }

  @Test
  void rolling_average_of_a_lead_keeps_negative_values() {
    // Real-time 400-day window, equal weights: on 2002-01-01 both polls count: (−50 + −30)/2.
    Smoother avg = Smoothers.rollingAverage(RollingAverage.builder().windowDays(400).build());
    SmoothedTrend lead = line().smooth(avg).lead("support", "oppose");
    assertEquals(-50, lead.band().estimate()[0], 1e-12);
    assertEquals(-40, lead.band().estimate()[365], 1e-12);
  }

  @Test
  void smoothing_table_is_long() {
    var t = line().smooth(Smoothers.kalman()).table();
    assertEquals(List.of("option", "date", "estimate", "lower", "upper"), t.columnNames());
    assertEquals("support", t.stringColumn("option").get(0));
    assertEquals("oppose", t.stringColumn("option").get(t.rowCount() - 1));
  }

  @Test
  void chart_draws_dated_points_range_box_and_lines(@TempDir Path dir) throws Exception {
    PollChart chart =
        line()
            .chart()
            .options("support")
            .smooth(Smoothers.kalman())
            .event(LocalDate.of(2002, 6, 1), "an event")
            .title("t")
            .source("s");
    XYChart x = chart.toXChart();
    XYSeries dots = x.getSeriesMap().get("support · polls");
    assertArrayEquals(new double[] {10, 20, 30}, dots.getYData());
    assertEquals(new Date(D1.toEpochDay() * 86_400_000L).getTime(), (long) dots.getXData()[0]);
    assertTrue(x.getSeriesMap().keySet().stream().anyMatch(k -> k.startsWith("support · range")));
    assertNotNull(x.getSeriesMap().get("support · trend"));
    assertNotNull(x.getSeriesMap().get("support · band"));
    assertEquals(List.of(new Exclusion("'undated'", "no date")), chart.leftOut());
    Path png = chart.savePng(dir.resolve("c.png"));
    assertTrue(Files.size(png) > 1000);
  }

  @Test
  void chart_rejects_an_unknown_option() {
    var e = assertThrows(IllegalArgumentException.class, () -> line().chart().options("nope"));
    assertEquals("option 'nope' is not in this set; options are [support, oppose]", e.getMessage());
  }
}
