package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.DatePlacement;
import io.github.pollkit.testing.Reference;
import io.github.pollkit.trend.PollAverage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** Gaps marked from the polls a line used, and polls plotted without their house effects. */
class PollChartGapsTest {
  private static final double DAY_MS = 86_400_000.0;

  /**
   * The Ukraine list's real stretches without a poll of support, derived here from the data file
   * read as text: the days (field midpoints) of the referendum rows and the published range that
   * are shares of all respondents, sorted; every step of more than 365 days is a gap.
   */
  @Test
  void the_ukraine_chart_marks_the_stretches_without_polls_in_the_data_file() {
    Table csv = Reference.textTable(PollsTest.UKRAINE);
    List<LocalDate> days = new ArrayList<>();
    for (Row r : csv) {
      String group = r.getString("question_group");
      boolean keep =
          (group.equals("referendum") || group.equals("summary"))
              && !r.getString("base").equals("would vote")
              && !(r.getString("support").isEmpty() && r.getString("support_low").isEmpty())
              && !r.getString("field_start").isEmpty();
      if (keep) {
        LocalDate start = LocalDate.parse(r.getString("field_start"));
        LocalDate end = LocalDate.parse(r.getString("field_end"));
        days.add(start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2));
      }
    }
    days.sort(null);
    List<double[]> expected = new ArrayList<>();
    for (int i = 1; i < days.size(); i++) {
      if (days.get(i).toEpochDay() - days.get(i - 1).toEpochDay() > 365) {
        expected.add(
            new double[] {
              days.get(i - 1).toEpochDay() * DAY_MS, days.get(i).toEpochDay() * DAY_MS
            });
      }
    }
    // The gaps a reader of the data knows: nothing between the 1990s range and September 2006,
    // nothing between April 2008 and April 2012.
    assertEquals(LocalDate.of(2000, 1, 1).toEpochDay() * DAY_MS, expected.get(0)[0]);
    assertEquals(LocalDate.of(2006, 9, 13).toEpochDay() * DAY_MS, expected.get(0)[1]);
    assertTrue(
        expected.stream()
            .anyMatch(
                g ->
                    g[0] == LocalDate.of(2008, 4, 20).toEpochDay() * DAY_MS
                        && g[1] == LocalDate.of(2012, 4, 1).toEpochDay() * DAY_MS));

    PollChart chart =
        Polls.read(PollsTest.UKRAINE)
            .excludingBase("would vote")
            .questionGroup("referendum", "summary")
            .placedAt(DatePlacement.MIDPOINT)
            .chart()
            .options("support", "oppose")
            .smooth(Smoothers.kalman())
            .caption("Polls.");
    XYChart x = chart.toXChart();
    XYSeries gap = x.getSeriesMap().get("support · gap");
    List<double[]> drawn = new ArrayList<>();
    double start = Double.NaN;
    double last = Double.NaN;
    for (int i = 0; i <= gap.getXData().length; i++) {
      if (i == gap.getXData().length || Double.isNaN(gap.getYData()[i])) {
        drawn.add(new double[] {start, last});
        start = Double.NaN;
      } else {
        start = Double.isNaN(start) ? gap.getXData()[i] : start;
        last = gap.getXData()[i];
      }
    }
    assertEquals(expected.size(), drawn.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i)[0], drawn.get(i)[0], "gap " + i + " start");
      assertEquals(expected.get(i)[1], drawn.get(i)[1], "gap " + i + " end");
    }
    // The solid line has no point strictly inside a gap.
    XYSeries trend = x.getSeriesMap().get("support · trend");
    for (int i = 0; i < trend.getXData().length; i++) {
      double t = trend.getXData()[i];
      boolean inside = expected.stream().anyMatch(g -> g[0] < t && t < g[1]);
      assertFalse(inside && !Double.isNaN(trend.getYData()[i]), "solid point inside a gap at " + t);
    }
    assertTrue(
        chart.trendChart().toXChart() != null
            && x.getSeriesMap().containsKey("support · gap band"));
    // A rule of more than 10,000 days marks nothing.
    assertFalse(
        chart.gapsLongerThan(10_000).toXChart().getSeriesMap().containsKey("support · gap"));
  }

  @Test
  void the_gap_rule_is_checked_and_set_once() {
    PollChart chart = Polls.read(PollsTest.UKRAINE).chart();
    assertThrows(IllegalArgumentException.class, () -> chart.gapsLongerThan(0));
    assertThrows(IllegalStateException.class, () -> chart.gapsLongerThan(30).gapsLongerThan(60));
    assertEquals(365, PollChart.DEFAULT_GAP_DAYS);
  }

  /**
   * Each plotted poll is its published share minus the house effect of its pollster in the house
   * effects table of the same average (synthetic polls with pollster leans, fixed variances so the
   * effects are not shrunk to zero).
   */
  @Test
  void adjusted_polls_are_the_published_shares_minus_their_pollsters_house_effects() {
    PollSet polls =
        Polls.read(
            Path.of("src/test/resources/reference/average/polls_file.csv"),
            ReadOptions.builder().options("approve").build());
    Smoother average =
        Smoothers.average(
            PollAverage.builder()
                .processVariance(0.05)
                .nonSamplingVariance(1)
                .houseVariance(4)
                .build());
    Table effects = polls.smooth(average).houseEffects();
    Map<String, Double> effect = new HashMap<>();
    for (Row r : effects) {
      effect.put(r.getString("pollster"), r.getDouble("effect"));
    }
    assertTrue(effect.values().stream().anyMatch(e -> Math.abs(e) > 0.5), "effects " + effect);

    Table csv = Reference.textTable(Path.of("src/test/resources/reference/average/polls_file.csv"));
    List<String> expected = new ArrayList<>();
    for (Row r : csv) {
      double day = LocalDate.parse(r.getString("field_end")).toEpochDay() * DAY_MS;
      double share = Double.parseDouble(r.getString("approve"));
      expected.add(day + "/" + Math.round((share - effect.get(r.getString("pollster"))) * 1e6));
    }
    PollChart chart = polls.chart().smooth(average).caption("Synthetic polls.");
    XYSeries dots =
        chart.adjustedForHouseEffects().toXChart().getSeriesMap().get("approve · polls");
    List<String> drawn = new ArrayList<>();
    for (int i = 0; i < dots.getXData().length; i++) {
      drawn.add(dots.getXData()[i] + "/" + Math.round(dots.getYData()[i] * 1e6));
    }
    expected.sort(null);
    drawn.sort(null);
    assertEquals(expected, drawn);
    assertEquals(
        "Synthetic polls. Polls adjusted: each pollster's estimated house effect removed.",
        chart.adjustedForHouseEffects().trendChart().frame().caption());
  }

  @Test
  void adjusted_polls_need_a_poll_average_and_are_asked_for_once() {
    PollChart chart = Polls.read(PollsTest.UKRAINE).chart().options("support");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> chart.smooth(Smoothers.kalman()).adjustedForHouseEffects().toXChart());
    assertTrue(e.getMessage().contains("poll average"), e.getMessage());
    assertThrows(
        IllegalStateException.class,
        () -> chart.adjustedForHouseEffects().adjustedForHouseEffects());
  }
}
