package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

/** The frame shared by every chart kind, and the immutability of the charts that carry it. */
class ChartFrameTest {

  private static final LocalDate D1 = LocalDate.of(2020, 1, 1);
  private static final LocalDate D2 = LocalDate.of(2021, 1, 1);

  @Test
  void a_chart_wither_makes_a_new_frame_and_leaves_the_old_one_as_it_was() {
    TrendChart plain = TrendChart.create().size(640, 480);
    TrendChart titled = plain.title("Title").subtitle("Sub").yRange(0, 100);
    assertEquals(ChartFrame.ofSize(640, 480), plain.frame());
    assertEquals(
        new ChartFrame(
            "Title", "Sub", null, null, null, null, new ChartFrame.YRange(0, 100), 640, 480),
        titled.frame());
  }

  @Test
  void the_source_is_the_last_line_of_the_caption() {
    TrendChart chart = TrendChart.create();
    assertNull(chart.frame().captionAndSource());
    assertEquals("Question: x", chart.caption("Question: x").frame().captionAndSource());
    assertEquals("Source: KIIS", chart.source("KIIS").frame().captionAndSource());
    assertEquals(
        "Question: x\nSource: KIIS",
        chart.source("KIIS").caption("Question: x").frame().captionAndSource());
  }

  @Test
  void bad_sizes_and_ranges_are_rejected_by_the_frame() {
    assertEquals(
        "width must be in [200, 10000], was 199",
        assertThrows(IllegalArgumentException.class, () -> ChartFrame.ofSize(199, 500))
            .getMessage());
    assertEquals(
        "min must be less than max, was min = 5.0, max = 1.0",
        assertThrows(IllegalArgumentException.class, () -> new ChartFrame.YRange(5, 1))
            .getMessage());
  }

  @Test
  void each_chart_kind_starts_with_its_own_size() {
    assertEquals(ChartFrame.ofSize(1000, 600), TrendChart.create().frame());
    assertEquals(ChartFrame.ofSize(800, 500), ToplineChart.create().frame());
  }

  @Test
  void one_frame_serves_both_chart_kinds() {
    ChartFrame frame = new ChartFrame("t", null, "x", "y", "c", "s", null, 900, 500);
    TrendChart trend =
        TrendChart.create().points("support", List.of(D1), new double[] {50}).frame(frame);
    ToplineChart topline =
        ToplineChart.create()
            .options("yes", "no")
            .group("g", new double[] {60, 40}, new double[] {2, 2})
            .frame(frame);
    assertSame(frame, trend.frame());
    assertSame(frame, topline.frame());
    TrendXYChart x = (TrendXYChart) trend.toXChart();
    ToplineCategoryChart bars = (ToplineCategoryChart) topline.toXChart();
    assertEquals("t", x.getTitle());
    assertEquals("t", bars.getTitle());
    assertEquals("x", x.xLabel());
    assertEquals("x", bars.getXAxisTitle());
    assertEquals("y", x.getYAxisTitle());
    assertEquals("y", bars.getYAxisTitle());
    assertEquals("c\nSource: s", x.caption());
    assertEquals("c\nSource: s", bars.caption());
    assertEquals(900, x.getWidth());
    assertEquals(900, bars.getWidth());
  }

  @Test
  void a_trend_chart_is_not_changed_by_its_withers() {
    TrendChart polls =
        TrendChart.create().points("support", List.of(D1, D2), new double[] {40, 45});
    TrendChart withLine = polls.line("support", List.of(D1, D2), new double[] {41, 44});
    TrendChart titled = withLine.title("t").event(D2, "e");
    assertEquals(List.of("support · polls"), List.copyOf(polls.toXChart().getSeriesMap().keySet()));
    assertEquals(
        List.of("support · polls", "support · trend"),
        List.copyOf(withLine.toXChart().getSeriesMap().keySet()));
    assertNull(withLine.frame().title());
    assertEquals(List.of(), ((TrendXYChart) withLine.toXChart()).overlay().events());
    assertEquals(1, ((TrendXYChart) titled.toXChart()).overlay().events().size());
  }

  @Test
  void a_topline_chart_is_not_changed_by_its_withers() {
    ToplineChart yesNo = ToplineChart.create().options("yes", "no");
    ToplineChart one = yesNo.group("a", new double[] {60, 40}, new double[] {2, 2});
    one.group("b", new double[] {55, 45}, new double[] {2, 2});
    assertEquals(List.of("a"), List.copyOf(one.toXChart().getSeriesMap().keySet()));
    assertThrows(IllegalArgumentException.class, yesNo::toXChart);
  }

  @Test
  void a_subtitle_is_painted_between_the_title_and_the_plot() {
    TrendChart chart = UkraineNatoDemo.chart();
    TrendXYChart without = (TrendXYChart) chart.toXChart();
    TrendXYChart with = (TrendXYChart) chart.subtitle("Shares of all respondents").toXChart();
    BufferedImage plain = BitmapEncoder.getBufferedImage(without);
    BufferedImage sub = BitmapEncoder.getBufferedImage(with);
    double plotWithout = without.overlay().plot().getHeight();
    double plotWith = with.overlay().plot().getHeight();
    // the plot gives up the subtitle's height: one line of 15-point text plus a 4 px gap, > 15 px
    assertTrue(plotWith < plotWithout - 15, plotWithout + " -> " + plotWith);
    // the title ends about 14 + 24 px from the top (20-point bold); the subtitle's line follows
    int titleBottom = 14 + 26;
    assertEquals(0, darkPixels(plain, titleBottom, titleBottom + 18));
    assertTrue(darkPixels(sub, titleBottom, titleBottom + 18) > 200, "subtitle pixels");
  }

  private static int darkPixels(BufferedImage image, int fromY, int toY) {
    int dark = 0;
    for (int y = fromY; y < toY; y++) {
      for (int x = 100; x < 220; x++) { // right of the value axis labels, inside the subtitle
        if ((image.getRGB(x, y) & 0xFF) < 160) {
          dark++;
        }
      }
    }
    return dark;
  }

  @Test
  void an_xchart_built_before_a_change_keeps_its_frame() {
    TrendChart chart = UkraineNatoDemo.chart();
    XYChart before = chart.toXChart();
    chart.title("another title").size(500, 400);
    assertEquals("Should Ukraine join NATO?", before.getTitle());
    assertEquals(1000, before.getWidth());
  }
}
