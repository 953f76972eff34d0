package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

/**
 * Stretches without polls: which parts of a line are drawn dashed with a faded band, and the
 * caption's sentence. The expected gap is read off the poll days given (182 days between 2020-02-01
 * and 2020-08-01, the only stretch over 90 days).
 */
class TrendChartGapsTest {
  private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
  private static final List<LocalDate> POLLS =
      List.of(
          LocalDate.of(2020, 1, 1),
          LocalDate.of(2020, 2, 1),
          LocalDate.of(2020, 8, 1),
          LocalDate.of(2020, 9, 15),
          LocalDate.of(2020, 11, 30));

  private static double millis(LocalDate day) {
    return day.toEpochDay() * 86_400_000.0;
  }

  /** A daily line over 2020 with a band of ±3 points. */
  private static TrendChart chart() {
    int n = 366;
    List<LocalDate> days = new ArrayList<>();
    double[] est = new double[n];
    double[] lo = new double[n];
    double[] hi = new double[n];
    for (int i = 0; i < n; i++) {
      days.add(FIRST.plusDays(i));
      est[i] = 40 + i / 50.0;
      lo[i] = est[i] - 3;
      hi[i] = est[i] + 3;
    }
    return TrendChart.create().caption("Polls.").line("a", days, est, lo, hi);
  }

  /** The runs of a series between NaN points, as [first x, last x] of each run. */
  private static List<double[]> runs(XYSeries s) {
    List<double[]> out = new ArrayList<>();
    double start = Double.NaN;
    double last = Double.NaN;
    for (int i = 0; i < s.getXData().length; i++) {
      if (Double.isNaN(s.getYData()[i])) {
        out.add(new double[] {start, last});
        start = Double.NaN;
      } else {
        start = Double.isNaN(start) ? s.getXData()[i] : start;
        last = s.getXData()[i];
      }
    }
    out.add(new double[] {start, last});
    return out;
  }

  @Test
  void a_gap_is_dashed_with_a_faded_band_and_the_rest_stays_solid() {
    XYChart x = chart().gaps("a", POLLS, 90).toXChart();
    XYSeries gap = x.getSeriesMap().get("a · gap");
    XYSeries trend = x.getSeriesMap().get("a · trend");
    XYSeries band = x.getSeriesMap().get("a · band");
    XYSeries gapBand = x.getSeriesMap().get("a · gap band");

    double from = millis(LocalDate.of(2020, 2, 1));
    double to = millis(LocalDate.of(2020, 8, 1));
    List<double[]> dashed = runs(gap);
    assertEquals(1, dashed.size());
    assertEquals(from, dashed.get(0)[0]);
    assertEquals(to, dashed.get(0)[1]);
    assertEquals(XYSeriesRenderStyle.Line, gap.getXYSeriesRenderStyle());
    assertNotNull(((BasicStroke) gap.getLineStyle()).getDashArray(), "gap line is dashed");
    assertNull(((BasicStroke) trend.getLineStyle()).getDashArray(), "trend line is solid");
    assertFalse(gap.isShowInLegend());

    // The solid line: two runs, 2020-01-01..2020-02-01 and 2020-08-01..2020-12-31.
    List<double[]> solid = runs(trend);
    assertEquals(2, solid.size());
    assertEquals(millis(FIRST), solid.get(0)[0]);
    assertEquals(from, solid.get(0)[1]);
    assertEquals(to, solid.get(1)[0]);
    assertEquals(millis(LocalDate.of(2020, 12, 31)), solid.get(1)[1]);

    // The band: two polygons outside the gap, one lighter polygon inside it.
    assertEquals(2, runs(band).size());
    List<double[]> faded = runs(gapBand);
    assertEquals(1, faded.size());
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : gapBand.getXData()) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    assertEquals(from, min);
    assertEquals(to, max);
    assertEquals(XYSeriesRenderStyle.PolygonArea, gapBand.getXYSeriesRenderStyle());
    assertTrue(gapBand.getFillColor().getAlpha() < band.getFillColor().getAlpha());
    assertEquals(
        band.getFillColor().getRGB() & 0xFFFFFF, gapBand.getFillColor().getRGB() & 0xFFFFFF);
  }

  @Test
  void the_caption_explains_the_gaps_in_one_sentence() {
    TrendXYChart x = (TrendXYChart) chart().gaps("a", POLLS, 90).toXChart();
    assertEquals("Polls. Dashed line, faded band: more than 90 days without a poll.", x.caption());
    TrendXYChart alone = (TrendXYChart) chart().caption(null).gaps("a", POLLS, 90).toXChart();
    assertEquals("Dashed line, faded band: more than 90 days without a poll.", alone.caption());
    TrendXYChart none = (TrendXYChart) chart().gaps("a", POLLS, 200).toXChart();
    assertEquals("Polls.", none.caption());
    assertFalse(none.getSeriesMap().containsKey("a · gap"));
    assertFalse(none.getSeriesMap().containsKey("a · gap band"));
    assertEquals(
        "Dashed line, faded band: more than a year without a poll.", TrendChart.gapSentence(365));
    assertEquals(
        "Dashed line, faded band: more than 2 years without a poll.", TrendChart.gapSentence(730));
  }

  @Test
  void without_gaps_the_line_and_band_are_one_piece() {
    XYChart x = chart().toXChart();
    assertEquals(1, runs(x.getSeriesMap().get("a · trend")).size());
    assertEquals(1, runs(x.getSeriesMap().get("a · band")).size());
    assertEquals(2 * 366, x.getSeriesMap().get("a · band").getXData().length);
  }

  @Test
  void bad_gap_arguments_are_rejected() {
    assertThrows(IllegalArgumentException.class, () -> chart().gaps("a", POLLS, 0));
    assertThrows(
        IllegalArgumentException.class, () -> chart().gaps("a", POLLS, 90).gaps("a", POLLS, 90));
    assertThrows(
        IllegalArgumentException.class, () -> chart().gaps("a", POLLS, 90).gaps("b", POLLS, 30));
    IllegalArgumentException noLine =
        assertThrows(IllegalArgumentException.class, () -> chart().gaps("b", POLLS, 90).toXChart());
    assertTrue(noLine.getMessage().contains("'b'"), noLine.getMessage());
    assertThrows(NullPointerException.class, () -> chart().gaps("a", null, 90));
  }
}
