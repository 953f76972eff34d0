package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.chart.TrendChart.Part;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.series.Series.DataType;

/**
 * What a trend chart contains, read back from the XChart chart. Expected values are the inputs
 * themselves; dates are expected at midnight UTC, computed independently of the code under test as
 * epoch day × 86,400,000 ms; the literal millisecond values come from Python's datetime, see {@code
 * src/test/resources/reference/chart/reference.txt}.
 */
class TrendChartContentTest {

  private static final long DAY_MS = 86_400_000L;

  private static double millis(LocalDate day) {
    return day.toEpochDay() * DAY_MS;
  }

  private static XYSeries series(XYChart chart, String option, Part part) {
    XYSeries s = chart.getSeriesMap().get(TrendChart.seriesName(option, part));
    assertTrue(s != null, "no series " + TrendChart.seriesName(option, part));
    return s;
  }

  @Test
  void an_event_date_is_midnight_utc() {
    XYChart chart =
        TrendChart.create()
            .points("support", List.of(LocalDate.of(2014, 3, 18)), new double[] {34})
            .toXChart();
    assertEquals(1_395_100_800_000.0, series(chart, "support", Part.POLLS).getXData()[0]);
  }

  @Test
  void every_poll_is_a_dot_at_its_date_and_share() {
    XYChart chart = UkraineNatoDemo.chart().toXChart();
    for (String option : List.of("support", "oppose")) {
      XYSeries polls = series(chart, option, Part.POLLS);
      double[] shares =
          option.equals("support") ? UkraineNatoDemo.support() : UkraineNatoDemo.oppose();
      assertEquals(XYSeriesRenderStyle.Scatter, polls.getXYSeriesRenderStyle());
      assertEquals(DataType.Date, polls.getxAxisDataType());
      assertEquals(UkraineNatoDemo.POLLS.size(), polls.getXData().length);
      for (int i = 0; i < UkraineNatoDemo.POLLS.size(); i++) {
        assertEquals(
            millis(UkraineNatoDemo.POLLS.get(i).fieldEnd()), polls.getXData()[i], "x " + i);
        assertEquals(shares[i], polls.getYData()[i], "y " + i);
      }
    }
    // first and last support dots, as in the CSV rows sofia-2006-09 and rating-iri-2024-02
    XYSeries support = series(chart, "support", Part.POLLS);
    assertEquals(1_158_451_200_000.0, support.getXData()[0]);
    assertEquals(21.5, support.getYData()[0]);
    assertEquals(77, support.getYData()[25]);
  }

  @Test
  void band_polygon_runs_along_the_upper_bound_then_back_along_the_lower_bound() {
    List<LocalDate> days =
        List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1), LocalDate.of(2020, 3, 1));
    XYChart chart =
        TrendChart.create()
            .line(
                "support",
                days,
                new double[] {50, 52, 55},
                new double[] {47, 49, 51},
                new double[] {53, 56, 58})
            .toXChart();
    XYSeries band = series(chart, "support", Part.BAND);
    assertEquals(XYSeriesRenderStyle.PolygonArea, band.getXYSeriesRenderStyle());
    double jan = millis(days.get(0));
    double feb = millis(days.get(1));
    double mar = millis(days.get(2));
    assertArrayEquals(new double[] {jan, feb, mar, mar, feb, jan}, band.getXData());
    assertArrayEquals(new double[] {53, 56, 58, 51, 49, 47}, band.getYData());
    XYSeries trend = series(chart, "support", Part.TREND);
    assertEquals(XYSeriesRenderStyle.Line, trend.getXYSeriesRenderStyle());
    assertArrayEquals(new double[] {jan, feb, mar}, trend.getXData());
    assertArrayEquals(new double[] {50, 52, 55}, trend.getYData());
  }

  @Test
  void a_line_without_band_has_no_band_series() {
    XYChart chart =
        TrendChart.create()
            .line(
                "oppose",
                List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)),
                new double[] {30, 28})
            .toXChart();
    assertEquals(List.of("oppose · trend"), List.copyOf(chart.getSeriesMap().keySet()));
  }

  @Test
  void published_range_is_a_closed_box_from_its_start_and_low_to_its_end_and_high() {
    XYChart chart = UkraineNatoDemo.chart().toXChart();
    XYSeries box =
        chart
            .getSeriesMap()
            .get(TrendChart.rangeSeriesName("support", "published range, 1990s–early 2000s"));
    assertEquals(XYSeriesRenderStyle.PolygonArea, box.getXYSeriesRenderStyle());
    // 1995-01-01 and 2004-12-31 at midnight UTC (Python datetime): the published span
    double from = 788_918_400_000.0;
    double to = 1_104_451_200_000.0;
    assertArrayEquals(new double[] {from, from, to, to, from}, box.getXData());
    assertArrayEquals(new double[] {20, 25, 25, 20, 20}, box.getYData());
    TrendOverlay.RangeLabel label = ((TrendXYChart) chart).overlay().rangeLabels().get(0);
    assertEquals("published range, 1990s–early 2000s", label.label());
    assertEquals(25, label.high());
  }

  @Test
  void intervals_are_vertical_bars_from_lower_to_upper_separated_by_gaps() {
    List<LocalDate> days = List.of(LocalDate.of(2019, 6, 23), LocalDate.of(2019, 12, 17));
    XYChart chart =
        TrendChart.create()
            .intervals("support", days, new double[] {51, 50.1}, new double[] {55, 53.9})
            .toXChart();
    XYSeries bars = series(chart, "support", Part.INTERVALS);
    double a = millis(days.get(0));
    double b = millis(days.get(1));
    assertArrayEquals(new double[] {a, a, a, b, b, b}, bars.getXData());
    assertArrayEquals(new double[] {51, 55, Double.NaN, 50.1, 53.9, Double.NaN}, bars.getYData());
    assertTrue(bars.isShowInLegend(), "intervals alone carry the legend entry");
  }

  @Test
  void time_axis_runs_from_january_first_before_all_data_to_january_first_after() {
    TrendChart builder =
        TrendChart.create()
            .points("support", List.of(LocalDate.of(2010, 5, 1)), new double[] {30})
            .event(LocalDate.of(2024, 8, 6), "later event")
            .range(
                "oppose",
                "earlier range",
                LocalDate.of(1995, 1, 1),
                LocalDate.of(1999, 6, 30),
                50,
                60);
    XYChart chart = builder.toXChart();
    assertEquals(millis(LocalDate.of(1995, 1, 1)), chart.getStyler().getXAxisMin());
    assertEquals(millis(LocalDate.of(2025, 1, 1)), chart.getStyler().getXAxisMax());
  }

  @Test
  void axes_cover_every_plotted_value_and_every_event() {
    XYChart chart = UkraineNatoDemo.chart().toXChart();
    double xMin = chart.getStyler().getXAxisMin();
    double xMax = chart.getStyler().getXAxisMax();
    double yMin = chart.getStyler().getYAxisMin();
    double yMax = chart.getStyler().getYAxisMax();
    for (XYSeries s : chart.getSeriesMap().values()) {
      for (double x : s.getXData()) {
        assertTrue(x >= xMin && x <= xMax, s.getName() + " x " + x);
      }
      for (double y : s.getYData()) {
        assertTrue(Double.isNaN(y) || (y >= yMin && y <= yMax), s.getName() + " y " + y);
      }
    }
    for (TrendOverlay.Event e : ((TrendXYChart) chart).overlay().events()) {
      assertTrue(millis(e.date()) >= xMin && millis(e.date()) <= xMax, e.label());
    }
    assertEquals(0, yMin);
    assertEquals(100, yMax);
  }

  @Test
  void default_value_axis_spans_the_data_rounded_out_to_tens() {
    XYChart chart =
        TrendChart.create()
            .points(
                "support",
                List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1)),
                new double[] {21.5, 59.2})
            .intervals(
                "support",
                List.of(LocalDate.of(2020, 1, 1)),
                new double[] {18.9},
                new double[] {24.1})
            .toXChart();
    // lowest value 18.9 -> 10, highest 59.2 -> 60
    assertEquals(10, chart.getStyler().getYAxisMin());
    assertEquals(60, chart.getStyler().getYAxisMax());
  }

  @Test
  void events_are_drawn_with_their_date_and_label_in_date_order() {
    XYChart chart = UkraineNatoDemo.chart().toXChart();
    List<TrendOverlay.Event> events = ((TrendXYChart) chart).overlay().events();
    assertEquals(2, events.size());
    assertEquals(LocalDate.of(2014, 3, 18), events.get(0).date());
    assertEquals("Crimea annexed", events.get(0).label());
    assertEquals(LocalDate.of(2022, 2, 24), events.get(1).date());
    assertEquals("Full-scale invasion", events.get(1).label());
  }

  @Test
  void event_markers_are_painted_at_their_dates() {
    TrendXYChart chart = (TrendXYChart) UkraineNatoDemo.chart().toXChart();
    BufferedImage image = BitmapEncoder.getBufferedImage(chart);
    // 2022-02-24 = 1,645,660,800,000 ms (Python datetime); the dashed line is grey 0x666666
    int x = (int) chart.getScreenXFromChart(1_645_660_800_000.0);
    int y = (int) chart.overlay().plot().getCenterY();
    int dashPixels = 0;
    for (int dy = -10; dy <= 10; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        Color c = new Color(image.getRGB(x + dx, y + dy));
        if (Math.abs(c.getRed() - 0x66) < 40 && c.getRed() == c.getGreen()) {
          dashPixels++;
        }
      }
    }
    assertTrue(dashPixels >= 8, "grey dashes at the event's x, found " + dashPixels);
  }

  @Test
  void legend_names_each_option_once() {
    XYChart chart = UkraineNatoDemo.chart().toXChart();
    List<String> legend =
        chart.getSeriesMap().values().stream()
            .filter(s -> s.isShowInLegend())
            .map(s -> s.getLabel())
            .collect(Collectors.toList());
    assertEquals(List.of("support", "oppose"), legend);
    assertTrue(series(chart, "support", Part.TREND).isShowInLegend());
    assertFalse(series(chart, "support", Part.POLLS).isShowInLegend());
    assertFalse(series(chart, "support", Part.BAND).isShowInLegend());
    assertFalse(series(chart, "support", Part.INTERVALS).isShowInLegend());
  }

  @Test
  void polls_carry_the_legend_entry_when_there_is_no_line() {
    XYChart chart =
        TrendChart.create()
            .points("undecided", List.of(LocalDate.of(2020, 1, 1)), new double[] {14})
            .toXChart();
    assertTrue(series(chart, "undecided", Part.POLLS).isShowInLegend());
  }

  @Test
  void all_parts_of_an_option_share_its_palette_colour() {
    XYChart chart = UkraineNatoDemo.chart().toXChart();
    // Trend lines are the palette colour darkened (× 0.7 per channel): 0x0072B2 → (0, 80, 125),
    // 0xD55E00 → (149, 66, 0); the dots, band and intervals keep the palette colour.
    assertEquals(new Color(0, 80, 125), series(chart, "support", Part.TREND).getLineColor());
    assertEquals(new Color(149, 66, 0), series(chart, "oppose", Part.TREND).getLineColor());
    for (var e :
        java.util.Map.of("support", new Color(0x0072B2), "oppose", new Color(0xD55E00))
            .entrySet()) {
      String option = e.getKey();
      Color palette = e.getValue();
      assertSameHue(palette, series(chart, option, Part.BAND).getFillColor());
      assertSameHue(palette, series(chart, option, Part.POLLS).getMarkerColor());
      assertSameHue(palette, series(chart, option, Part.INTERVALS).getLineColor());
    }
  }

  private static void assertSameHue(Color expected, Color actual) {
    assertEquals(expected.getRGB() & 0xFFFFFF, actual.getRGB() & 0xFFFFFF);
  }

  @Test
  void title_labels_and_caption_are_set() {
    TrendXYChart chart =
        (TrendXYChart) UkraineNatoDemo.chart().xLabel("Date of fieldwork").toXChart();
    assertEquals("Should Ukraine join NATO?", chart.getTitle());
    assertEquals("Share of respondents (%)", chart.getYAxisTitle());
    assertEquals("Date of fieldwork", chart.xLabel());
    assertEquals(UkraineNatoDemo.CAPTION, chart.caption());
  }

  @Test
  void year_labels_sit_on_january_first_inside_the_axis() {
    TrendXYChart chart = (TrendXYChart) UkraineNatoDemo.chart().toXChart();
    BitmapEncoder.getBufferedImage(chart);
    // axis 1995-01-01 .. 2025-01-01 on about 780 px: 2-year steps fit "0000" plus spacing
    List<Integer> expected = new ArrayList<>();
    for (int year = 1996; year <= 2024; year += 2) {
      expected.add(year);
    }
    assertEquals(expected, chart.yearTicks());
  }

  @Test
  void painting_twice_keeps_the_size() {
    XYChart chart = UkraineNatoDemo.chart().size(800, 500).toXChart();
    BufferedImage first = BitmapEncoder.getBufferedImage(chart);
    BufferedImage second = BitmapEncoder.getBufferedImage(chart);
    assertEquals(800, second.getWidth());
    assertEquals(500, second.getHeight());
    assertEquals(first.getRGB(400, 480), second.getRGB(400, 480));
  }

  @Test
  void caption_text_is_painted_under_the_year_axis() {
    TrendXYChart chart = (TrendXYChart) UkraineNatoDemo.chart().toXChart();
    BufferedImage image = BitmapEncoder.getBufferedImage(chart);
    int top = (int) chart.overlay().plot().getMaxY() + 25;
    int dark = 0;
    for (int y = top; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFF) < 128) {
          dark++;
        }
      }
    }
    // three wrapped lines of 12-point text leave thousands of dark pixels; none if fonts fail
    assertTrue(dark > 2000, "dark caption pixels: " + dark);
  }

  @Test
  void other_options_take_the_palette_colour_farthest_from_those_taken() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    XYChart chart =
        TrendChart.create()
            .points("Party A", List.of(d), new double[] {30})
            .range("Party B", "2019", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), 20, 25)
            .toXChart();
    // The first option takes the palette's first colour, blue #0072B2; the second the colour
    // farthest from it: orange #E69F00, ΔE00 55.4 (next: reddish purple 41.1, black 39.2), from a
    // separate Python implementation of CIEDE2000 over the eight palette colours.
    assertEquals(new Color(0x0072B2), series(chart, "Party A", Part.POLLS).getLineColor());
    assertEquals(
        new Color(0xE69F00),
        chart.getSeriesMap().get(TrendChart.rangeSeriesName("Party B", "2019")).getLineColor());
    assertTrue(
        chart.getSeriesMap().get(TrendChart.rangeSeriesName("Party B", "2019")).isShowInLegend(),
        "a range alone carries the legend entry");
  }
}
