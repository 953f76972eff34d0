package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.chart.ChartFrame;
import io.github.pollkit.chart.TrendChart;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** The facade's chart has the frame of every chart and hands it on to its trend chart. */
class PollChartFrameTest {

  private static final Path UKRAINE = Path.of("data/ukraine-nato/ukraine-nato-membership.csv");

  private static PollChart chart() {
    return Polls.read(UKRAINE).questionGroup("referendum").chart().options("support", "oppose");
  }

  @Test
  void starts_with_a_trend_chart_frame_and_a_share_label() {
    assertEquals(
        new ChartFrame(null, null, null, "Share of respondents (%)", null, null, null, 1000, 600),
        chart().frame());
  }

  @Test
  void the_trend_chart_carries_the_same_frame() {
    PollChart chart =
        chart().title("t").subtitle("st").caption("c").source("s").yRange(0, 100).size(900, 500);
    assertEquals(chart.frame(), chart.trendChart().frame());
    XYChart x = chart.toXChart();
    assertEquals("t", x.getTitle());
    assertEquals(900, x.getWidth());
    assertEquals(0, x.getStyler().getYAxisMin());
    assertEquals(100, x.getStyler().getYAxisMax());
  }

  @Test
  void a_frame_change_keeps_the_data_and_leaves_the_old_chart_as_it_was() {
    PollChart plain = chart();
    PollChart titled = plain.title("t");
    assertNull(plain.frame().title());
    assertEquals(
        plain.toXChart().getSeriesMap().keySet(), titled.toXChart().getSeriesMap().keySet());
  }

  @Test
  void lines_of_another_source_are_added_to_a_new_trend_chart() {
    PollChart chart = chart();
    List<LocalDate> days = List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
    TrendChart more = chart.trendChart().line("published", days, new double[] {50, 52});
    assertTrue(more.toXChart().getSeriesMap().containsKey("published · trend"));
    assertFalse(chart.toXChart().getSeriesMap().containsKey("published · trend"));
    assertFalse(chart.trendChart().toXChart().getSeriesMap().containsKey("published · trend"));
  }

  @Test
  void prints_kind_options_polls_smoother_and_size() {
    // 50 of the 53 "referendum" rows report support or oppose and have a field date (counted in
    // the CSV with Python's csv module: question_group == "referendum", support or oppose not
    // empty, field_start or field_end not empty).
    assertEquals(
        "PollChart[options support, oppose; 50 polls; 1 event; 640 × 400; \"NATO\"]",
        chart().event(LocalDate.of(2014, 3, 18), "Crimea").title("NATO").size(640, 400).toString());
  }
}
