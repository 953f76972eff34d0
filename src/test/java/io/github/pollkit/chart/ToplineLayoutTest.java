package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.Polls;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The layout of topline charts, vertical and horizontal, at the four sizes users ask for, checked
 * as {@link ChartLayoutTest} checks trend charts: on the boxes the chart records while painting,
 * every text lies inside the image, no two texts overlap, the axes and legend stay off the plot,
 * the title wraps when narrow, the caption and source line are drawn whole, and a border of the
 * image is pure background.
 */
class ToplineLayoutTest {

  /**
   * Pixels at least between the caption's first line box and the lowest part above it (tick labels
   * or plot): a padding of 14 units at the smallest scale, 0.7 (the box starts at the line's
   * leading, so a few more pixels lie between the glyphs). Charts of 800 × 500 had 7.
   */
  private static final double MIN_CAPTION_GAP = 9.8;

  private static final Path UKRAINE = Path.of("data/ukraine-nato/ukraine-nato-membership.csv");

  /** Rating Group for IRI, June 2019, from the Ukraine file, with the example's long title. */
  static ToplineChart june2019() {
    return Polls.read(UKRAINE)
        .toplineChart("rating-iri-2019-06")
        .title("If a referendum on joining NATO were held, how would you vote? (June 2019)")
        .source("Rating Group for the International Republican Institute (IRI)");
  }

  /**
   * The same poll's published shares (53 / 29 / 14 / 4, n = 2,400; margins 1.96 × √(p(1 − p)/n) as
   * in PollToplineChartTest) with the answers written out as long option names.
   */
  static ToplineChart longNames() {
    return ToplineChart.create()
        .title("If a referendum on joining NATO were held, how would you vote? (June 2019)")
        .options(
            "Would vote for Ukraine joining NATO",
            "Would vote against Ukraine joining NATO",
            "Undecided, hard to say",
            "Would not take part in the referendum")
        .group(
            "June 2019",
            new double[] {53, 29, 14, 4},
            new double[] {1.9968, 1.8154, 1.3882, 0.7840})
        .caption("Rating Group, fieldwork 13–23 June 2019, n = 2,400, all respondents.")
        .source("Rating Group for the International Republican Institute (IRI)");
  }

  private static LayoutBoxes paint(ToplineChart chart, int width, int height, String name) {
    ToplineCategoryChart xchart = (ToplineCategoryChart) chart.size(width, height).toXChart();
    BufferedImage image = check(xchart, width, height, name);
    LayoutBoxes layout = xchart.layout();
    Rectangle2D axis = box(layout, "x axis");
    assertEquals(
        xchart.getSeriesMap().values().iterator().next().getXData().size(),
        inkRuns(image, axis),
        "category labels apart by at least " + LABEL_GAP + " px under the bars at " + width);
    return layout;
  }

  /** Pixels of background at least between two category labels (a word space is about 4). */
  private static final int LABEL_GAP = 7;

  /**
   * The runs of columns with ink in {@code band} of the image, runs closer than {@link #LABEL_GAP}
   * pixels taken as one: one per category label when the labels stand apart.
   */
  private static int inkRuns(BufferedImage image, Rectangle2D band) {
    int runs = 0;
    int blank = LABEL_GAP;
    int top = (int) Math.max(0, Math.floor(band.getMinY()));
    int bottom = (int) Math.min(image.getHeight(), Math.ceil(band.getMaxY()));
    for (int x = 0; x < image.getWidth(); x++) {
      boolean ink = false;
      for (int y = top; y < bottom && !ink; y++) {
        ink = (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF;
      }
      if (ink) {
        if (blank >= LABEL_GAP) {
          runs++;
        }
        blank = 0;
      } else {
        blank++;
      }
    }
    return runs;
  }

  private static Rectangle2D box(LayoutBoxes layout, String name) {
    return layout.boxes().stream()
        .filter(b -> b.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no box " + name + " in " + layout.boxes()))
        .box();
  }

  private static LayoutBoxes paint(
      HorizontalToplineChart chart, int width, int height, String name) {
    HorizontalToplineChart.Framed xchart =
        (HorizontalToplineChart.Framed) chart.size(width, height).toXChart();
    check(xchart, width, height, name);
    return xchart.layout();
  }

  private static BufferedImage check(Chart<?, ?> xchart, int width, int height, String name) {
    BufferedImage image = BitmapEncoder.getBufferedImage(xchart);
    String dir = System.getProperty("pollkit.layoutImages");
    if (dir != null) {
      try {
        Files.createDirectories(Path.of(dir));
        ImageIO.write(
            image, "png", Path.of(dir, name + "-" + width + "x" + height + ".png").toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
    LayoutChecks.assertBlankBorder(image);
    return image;
  }

  /**
   * Every box inside the image; no two texts or legends overlap; texts other than the labels
   * pollkit writes on the bars stay off the plot; the caption and source line are whole and under
   * the plot.
   */
  private static void assertLaidOut(LayoutBoxes layout, int width, int height) {
    LayoutChecks.assertInsideApartAndOffPlot(
        layout,
        width,
        height,
        name -> name.startsWith("option label") || name.startsWith("value label"));
    Rectangle2D plot = layout.of(LayoutBoxes.Kind.PLOT).get(0).box();
    List<LayoutBoxes.Box> texts = LayoutChecks.textsAndKeys(layout);
    List<LayoutBoxes.Box> caption =
        texts.stream().filter(b -> b.name().startsWith("caption line")).toList();
    assertFalse(caption.isEmpty(), "the caption or source line is drawn");
    double above =
        texts.stream()
            .filter(b -> !b.name().startsWith("caption line"))
            .mapToDouble(b -> b.box().getMaxY())
            .filter(y -> y < caption.get(0).box().getMinY() + 1)
            .max()
            .orElse(0);
    double gap = caption.get(0).box().getMinY() - Math.max(above, plot.getMaxY());
    assertTrue(
        gap >= MIN_CAPTION_GAP,
        "caption " + caption.get(0).box() + " is " + gap + " px under the axis or plot above it");
    for (LayoutBoxes.Box line : caption) {
      assertTrue(line.box().getMinY() >= plot.getMaxY(), line.name() + " under the plot");
      assertTrue(line.box().getMaxX() <= width - ChartStyle.PADDING + 0.5, line.name() + " whole");
    }
  }

  @ParameterizedTest
  @CsvSource({"320, 240", "640, 400", "800, 500", "1000, 600", "1600, 900"})
  void the_june_2019_topline_lays_out_vertically_and_horizontally(int width, int height) {
    assertLaidOut(paint(june2019(), width, height, "vertical"), width, height);
    assertLaidOut(paint(june2019().horizontal(), width, height, "horizontal"), width, height);
  }

  @ParameterizedTest
  @CsvSource({"320, 240", "640, 400", "800, 500", "1000, 600", "1600, 900"})
  void long_option_names_lay_out_horizontally(int width, int height) {
    LayoutBoxes layout = paint(longNames().horizontal(), width, height, "long-names");
    assertLaidOut(layout, width, height);
    assertEquals(
        4, layout.boxes().stream().filter(b -> b.name().startsWith("option label")).count());
  }

  @Test
  void the_title_wraps_at_a_narrow_size() {
    assertTrue(titleLines(paint(june2019(), 320, 240, "vertical")) >= 2);
    assertTrue(titleLines(paint(june2019().horizontal(), 320, 240, "horizontal")) >= 2);
    assertEquals(1, titleLines(paint(june2019(), 1600, 900, "vertical")));
  }

  private static long titleLines(LayoutBoxes layout) {
    return layout.boxes().stream().filter(b -> b.name().startsWith("title line")).count();
  }
}
