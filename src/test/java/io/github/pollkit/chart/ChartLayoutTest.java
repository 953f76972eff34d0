package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knowm.xchart.BitmapEncoder;

/**
 * The layout of trend charts at the four sizes users ask for, checked on the boxes the chart
 * records while painting ({@link TrendXYChart#layout()}): every text lies inside the image, no two
 * texts (or legend keys) overlap, texts outside the plot stay off it, and no event label crosses an
 * event's line.
 */
class ChartLayoutTest {

  /** The real Ukraine chart with the flagship's long title and a third event. */
  static TrendChart flagship() {
    return UkraineNatoDemo.chart()
        .title("Should Ukraine join NATO? How Ukrainians say they would vote in a referendum")
        .source("Rating, KIIS, Razumkov, DIF, IRI, SOCIS and others")
        .event(LocalDate.of(2008, 4, 3), "Bucharest summit");
  }

  /**
   * Synthetic data (fixed seed 11): three options with long names over 1,000 days, 600 polls each
   * around a slow wave, a daily line with a band of ±2 points; long legend labels and y label.
   */
  static TrendChart synthetic() {
    Random random = new Random(11);
    LocalDate start = LocalDate.of(2017, 1, 20);
    TrendChart chart =
        TrendChart.create()
            .title("Synthetic: three parties with long names over a thousand days of polls")
            .yLabel("Share of likely voters who name the party (%)")
            .caption("Synthetic data, generated with a fixed seed for the layout test.")
            .source("none, synthetic")
            .event(start.plusDays(300), "First debate")
            .event(start.plusDays(330), "Second debate")
            .yRange(0, 60);
    String[] names = {"Party of Longer Names", "Union for Layout Tests", "Independents"};
    for (int o = 0; o < names.length; o++) {
      double level = 15 + 12 * o;
      List<LocalDate> dates = new ArrayList<>();
      double[] shares = new double[600];
      for (int i = 0; i < shares.length; i++) {
        int day = random.nextInt(1000);
        dates.add(start.plusDays(day));
        shares[i] = level + 3 * Math.sin(day / 150.0) + 2 * random.nextGaussian();
      }
      List<LocalDate> days = new ArrayList<>();
      double[] estimate = new double[1000];
      double[] lower = new double[1000];
      double[] upper = new double[1000];
      for (int d = 0; d < 1000; d++) {
        days.add(start.plusDays(d));
        estimate[d] = level + 3 * Math.sin(d / 150.0);
        lower[d] = estimate[d] - 2;
        upper[d] = estimate[d] + 2;
      }
      chart = chart.points(names[o], dates, shares).line(names[o], days, estimate, lower, upper);
    }
    return chart;
  }

  private static LayoutBoxes paint(TrendChart chart, int width, int height) {
    TrendXYChart xchart = (TrendXYChart) chart.size(width, height).toXChart();
    BufferedImage image = BitmapEncoder.getBufferedImage(xchart);
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
    LayoutChecks.assertBlankBorder(image);
    return xchart.layout();
  }

  private static void assertLaidOut(LayoutBoxes layout, int width, int height) {
    LayoutChecks.assertInsideApartAndOffPlot(
        layout, width, height, name -> name.startsWith("event label") || name.startsWith("range"));
    List<LayoutBoxes.Box> texts = LayoutChecks.textsAndKeys(layout);
    for (LayoutBoxes.Box line : layout.of(LayoutBoxes.Kind.EVENT_LINE)) {
      for (LayoutBoxes.Box text : texts) {
        Rectangle2D t = text.box();
        Rectangle2D l = line.box();
        boolean crosses =
            l.getX() > t.getMinX()
                && l.getX() < t.getMaxX()
                && l.getMinY() < t.getMaxY()
                && l.getMaxY() > t.getMinY();
        assertFalse(crosses, text.name() + " " + t + " crosses " + line.name() + " at " + l.getX());
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"320, 240", "640, 400", "1000, 600", "1600, 900"})
  void the_flagship_lays_out_without_overlap_or_clipping(int width, int height) {
    LayoutBoxes layout = paint(flagship(), width, height);
    assertLaidOut(layout, width, height);
    assertEquals(3, layout.of(LayoutBoxes.Kind.EVENT_LINE).size());
    assertTrue(
        layout.boxes().stream().anyMatch(b -> b.name().startsWith("y label")),
        "the y label is drawn");
    assertTrue(
        layout.boxes().stream().anyMatch(b -> b.name().equals("title line 1")), "title drawn");
  }

  @ParameterizedTest
  @CsvSource({"320, 240", "640, 400", "1000, 600", "1600, 900"})
  void a_chart_with_long_names_lays_out_without_overlap_or_clipping(int width, int height) {
    assertLaidOut(paint(synthetic(), width, height), width, height);
  }

  @Test
  void the_title_wraps_at_a_narrow_size() {
    LayoutBoxes layout = paint(flagship(), 320, 240);
    long titleLines =
        layout.boxes().stream().filter(b -> b.name().startsWith("title line")).count();
    assertTrue(titleLines >= 2, "title lines at 320 px: " + titleLines);
    assertEquals(
        1,
        paint(flagship(), 1000, 600).boxes().stream()
            .filter(b -> b.name().startsWith("title line"))
            .count());
  }

  @Test
  void the_legend_moves_under_the_plot_when_narrow() {
    for (int[] size : new int[][] {{320, 240}, {640, 400}}) {
      LayoutBoxes layout = paint(synthetic(), size[0], size[1]);
      Rectangle2D plot = layout.of(LayoutBoxes.Kind.PLOT).get(0).box();
      for (LayoutBoxes.Box key : layout.of(LayoutBoxes.Kind.KEY)) {
        assertTrue(key.box().getMinY() > plot.getMaxY(), key.name() + " under the plot");
      }
    }
    // the flagship's short names fit on the right of a 1000-pixel chart
    LayoutBoxes wide = paint(flagship(), 1000, 600);
    Rectangle2D plot = wide.of(LayoutBoxes.Kind.PLOT).get(0).box();
    for (LayoutBoxes.Box key : wide.of(LayoutBoxes.Kind.KEY)) {
      assertTrue(key.box().getMinX() > plot.getMaxX(), key.name() + " right of the plot");
    }
  }

  @Test
  void a_long_y_label_lies_level_above_a_short_plot_and_turned_beside_a_tall_one() {
    LayoutBoxes small = paint(synthetic(), 320, 240);
    Rectangle2D label = box(small, "y label line 1");
    Rectangle2D plot = small.of(LayoutBoxes.Kind.PLOT).get(0).box();
    assertTrue(label.getMaxY() <= plot.getMinY(), "level label above the plot: " + label);
    LayoutBoxes tall = paint(synthetic(), 1600, 900);
    Rectangle2D turned = box(tall, "y label");
    assertTrue(turned.getHeight() > turned.getWidth(), "turned label: " + turned);
  }

  @Test
  void a_legend_or_value_label_hidden_through_the_xchart_styler_stays_hidden_on_every_paint() {
    TrendXYChart chart = (TrendXYChart) flagship().toXChart();
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setYAxisTitleVisible(false);
    for (int paint = 0; paint < 2; paint++) {
      BitmapEncoder.getBufferedImage(chart);
      assertEquals(List.of(), chart.layout().of(LayoutBoxes.Kind.KEY));
      assertTrue(
          chart.layout().boxes().stream().noneMatch(b -> b.name().startsWith("y label")),
          "no value label");
    }
    assertFalse(chart.getStyler().isLegendVisible());
    TrendXYChart shown = (TrendXYChart) flagship().toXChart();
    BitmapEncoder.getBufferedImage(shown);
    BitmapEncoder.getBufferedImage(shown);
    assertEquals(2, shown.layout().of(LayoutBoxes.Kind.KEY).size(), "support and oppose");
    assertTrue(shown.getStyler().isLegendVisible());
  }

  private static Rectangle2D box(LayoutBoxes layout, String name) {
    return layout.boxes().stream()
        .filter(b -> b.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no box " + name + " in " + layout.boxes()))
        .box();
  }
}
