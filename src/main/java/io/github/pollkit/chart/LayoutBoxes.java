package io.github.pollkit.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The boxes of what a chart painted, in canvas coordinates (pixels from the top left of the image),
 * recorded while painting so that the layout can be checked at every size: no two texts overlap,
 * everything lies inside the image, and no event label crosses another event's line.
 */
final class LayoutBoxes {

  /** What a box holds. */
  enum Kind {
    /** A line or block of text: title, caption, tick label, legend entry, event or range label. */
    TEXT,
    /** A legend key (line, dot or box) beside its text. */
    KEY,
    /** The plot area. */
    PLOT,
    /** An event's vertical line, as a box one pixel wide. */
    EVENT_LINE
  }

  /**
   * One painted part.
   *
   * @param kind what it is
   * @param name a description for messages, e.g. {@code "title line 1"}
   * @param box where it is, in canvas coordinates
   */
  record Box(Kind kind, String name, Rectangle2D box) {}

  private final List<Box> boxes = new ArrayList<>();

  /** Records {@code box}, given in the current coordinates of {@code g}. */
  void add(Kind kind, String name, Graphics2D g, Rectangle2D box) {
    boxes.add(new Box(kind, name, g.getTransform().createTransformedShape(box).getBounds2D()));
  }

  /** The boxes recorded, in painting order. */
  List<Box> boxes() {
    return List.copyOf(boxes);
  }

  /** The boxes of one kind. */
  List<Box> of(Kind kind) {
    return boxes.stream().filter(b -> b.kind() == kind).toList();
  }
}
