package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;

/** Charts without optional parts, with a single value, or at the smallest size still render. */
class ChartEdgeCasesTest {

  @TempDir Path dir;

  private static BufferedImage read(Path file) throws Exception {
    return ImageIO.read(file.toFile());
  }

  @Test
  void a_single_poll_without_title_labels_or_caption_renders() throws Exception {
    TrendChart chart =
        TrendChart.create()
            .points("support", List.of(LocalDate.of(2019, 6, 23)), new double[] {53});
    XYChart x = chart.toXChart();
    // one value, 53: the axis rounds out to 50..60
    assertEquals(50, x.getStyler().getYAxisMin());
    assertEquals(60, x.getStyler().getYAxisMax());
    assertEquals(1000, read(chart.savePng(dir.resolve("one.png"))).getWidth());
    chart.saveSvg(dir.resolve("one.svg"));
    chart.savePdf(dir.resolve("one.pdf"));
  }

  @Test
  void a_value_on_a_multiple_of_ten_gets_a_band_around_it() {
    XYChart x =
        TrendChart.create()
            .points("support", List.of(LocalDate.of(2019, 6, 23)), new double[] {50})
            .toXChart();
    assertEquals(40, x.getStyler().getYAxisMin());
    assertEquals(60, x.getStyler().getYAxisMax());
  }

  @Test
  void a_range_alone_renders() throws Exception {
    TrendChart chart =
        TrendChart.create()
            .range(
                "support", "1990s", LocalDate.of(1995, 1, 1), LocalDate.of(2004, 12, 31), 20, 25);
    assertEquals(600, read(chart.savePng(dir.resolve("range.png"))).getHeight());
  }

  @Test
  void the_smallest_size_renders_a_short_chart() throws Exception {
    Path file =
        UkraineNatoDemo.chart()
            .title(null)
            .caption("KIIS")
            .size(200, 200)
            .savePng(dir.resolve("s.png"));
    BufferedImage image = read(file);
    assertEquals(200, image.getWidth());
    assertEquals(200, image.getHeight());
  }

  @Test
  void a_caption_that_leaves_no_room_for_the_plot_gives_way_to_its_source_line() {
    // the demo caption wraps to about 15 lines at 200 px: it is left out, the source kept
    TrendXYChart chart =
        (TrendXYChart) UkraineNatoDemo.chart().source("KIIS").size(200, 200).toXChart();
    BitmapEncoder.getBufferedImage(chart);
    List<String> captionLines =
        chart.layout().of(LayoutBoxes.Kind.TEXT).stream()
            .map(LayoutBoxes.Box::name)
            .filter(name -> name.startsWith("caption"))
            .toList();
    assertEquals(List.of("caption line 1"), captionLines);
  }

  @Test
  void a_title_that_leaves_no_room_for_the_plot_is_rejected() {
    // 40 words of a 14-pixel bold title (20 px at the scale 0.7 of a 200 × 200 chart) wrap to
    // more lines than 200 px can hold above the 120 px the plot needs
    String title = "Should Ukraine join NATO? ".repeat(10);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                UkraineNatoDemo.chart().title(title).size(200, 200).savePng(dir.resolve("s.png")));
    // the message speaks of the image's pixels: 120 units at the scale 0.7 are 84 pixels
    assertTrue(e.getMessage().startsWith("size 200 × 200 leaves "), e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith(
                "at least 84 are needed: make the chart larger or the title or caption shorter"),
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ToplineChartTest.threePolls()
                .title(title)
                .size(200, 200)
                .savePng(dir.resolve("t.png")));
  }

  @Test
  void a_topline_without_title_or_caption_renders() throws Exception {
    Path file =
        ToplineChart.create()
            .options("yes", "no")
            .group("all", new double[] {60, 40}, new double[] {3, 3})
            .savePng(dir.resolve("plain.png"));
    assertEquals(800, read(file).getWidth());
  }
}
