package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The layout checks every chart kind shares: on the recorded boxes and on the pixels. */
final class LayoutChecks {
  private LayoutChecks() {}

  /**
   * The pixels themselves, apart from the recorded boxes: a border of 5 pixels around the image (a
   * padding of 14 units, at least 9.8 pixels at the smallest scale) is pure background, so no text,
   * legend or line runs off the image.
   */
  static void assertBlankBorder(BufferedImage image) {
    int border = 5;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        boolean edge =
            x < border
                || y < border
                || x >= image.getWidth() - border
                || y >= image.getHeight() - border;
        if (edge) {
          assertEquals(
              0xFFFFFF,
              image.getRGB(x, y) & 0xFFFFFF,
              "pixel (" + x + ", " + y + ") of the border is painted");
        }
      }
    }
  }

  /** {@return the text lines and legend keys of a layout} */
  static List<LayoutBoxes.Box> textsAndKeys(LayoutBoxes layout) {
    List<LayoutBoxes.Box> texts = new ArrayList<>(layout.of(LayoutBoxes.Kind.TEXT));
    texts.addAll(layout.of(LayoutBoxes.Kind.KEY));
    return texts;
  }

  /**
   * Every box lies inside the image, no two texts or keys overlap, and every text except those
   * {@code mayBeOnPlot} accepts (by name) stays off the plot.
   */
  static void assertInsideApartAndOffPlot(
      LayoutBoxes layout, int width, int height, Predicate<String> mayBeOnPlot) {
    for (LayoutBoxes.Box box : layout.boxes()) {
      Rectangle2D b = box.box();
      assertTrue(
          b.getMinX() >= -0.5
              && b.getMinY() >= -0.5
              && b.getMaxX() <= width + 0.5
              && b.getMaxY() <= height + 0.5,
          box.name() + " " + b + " lies outside the " + width + " × " + height + " image");
    }
    List<LayoutBoxes.Box> texts = textsAndKeys(layout);
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        LayoutBoxes.Box a = texts.get(i);
        LayoutBoxes.Box b = texts.get(j);
        assertFalse(
            a.box().intersects(b.box()),
            a.name() + " " + a.box() + " overlaps " + b.name() + " " + b.box());
      }
    }
    Rectangle2D plot = layout.of(LayoutBoxes.Kind.PLOT).get(0).box();
    for (LayoutBoxes.Box text : texts) {
      if (!mayBeOnPlot.test(text.name())) {
        assertFalse(
            text.box().intersects(plot), text.name() + " " + text.box() + " is on the plot");
      }
    }
  }
}
