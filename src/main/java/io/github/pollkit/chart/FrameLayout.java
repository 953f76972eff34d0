package io.github.pollkit.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Where the parts of a {@link ChartFrame} go on the canvas, and their painting: the title,
 * left-aligned and wrapped above the chart (XChart centres a single line and lets a long title run
 * off the image), the subtitle under it, and the caption with its source line, wrapped at the
 * bottom (XChart has none). The XChart chart itself is painted in the band between them. Everything
 * is painted through the same {@link Graphics2D}, so it appears in PNG, SVG and PDF.
 */
final class FrameLayout {
  /** The least height left for the chart itself; below it axes and legend overlap the text. */
  static final int MIN_BODY_HEIGHT = 120;

  /** Space between the title and the subtitle. */
  private static final int SUBTITLE_GAP = 4;

  private final TextBlock title;
  private final TextBlock subtitle;
  private final TextBlock caption;
  private final int top;
  private final int bottom;

  private FrameLayout(TextBlock title, TextBlock subtitle, TextBlock caption, int reservedBelow) {
    this.title = title;
    this.subtitle = subtitle;
    this.caption = caption;
    int heading = title.height();
    if (!subtitle.lines().isEmpty()) {
      heading += (title.lines().isEmpty() ? 0 : SUBTITLE_GAP) + subtitle.height();
    }
    this.top = heading == 0 ? 0 : ChartStyle.PADDING + heading;
    this.bottom =
        reservedBelow + (caption.lines().isEmpty() ? 0 : caption.height() + ChartStyle.PADDING / 2);
  }

  /**
   * Measures the frame of a chart {@code width} wide.
   *
   * @param reservedBelow room the chart needs under its plot for parts it paints itself (e.g. the
   *     year axis), on top of the caption
   */
  static FrameLayout measure(Graphics2D g, int width, ChartFrame frame, int reservedBelow) {
    int textWidth = width - 2 * ChartStyle.PADDING;
    return new FrameLayout(
        TextBlock.wrap(g, frame.title(), ChartStyle.TITLE_FONT, textWidth),
        TextBlock.wrap(g, frame.subtitle(), ChartStyle.SUBTITLE_FONT, textWidth),
        TextBlock.wrap(g, frame.captionAndSource(), ChartStyle.CAPTION_FONT, textWidth),
        reservedBelow);
  }

  /**
   * Paints a whole chart: the background, then {@code body} (given the height left for it) with the
   * origin moved down under the title, then the title, subtitle and caption.
   *
   * @param reservedBelow room under the plot for parts the chart paints itself
   * @param body paints the XChart chart and its own parts at the given height
   *     <p>When the caption would leave less than {@link #MIN_BODY_HEIGHT} for the chart, only the
   *     source line is painted under it.
   * @throws IllegalArgumentException if the texts leave less than {@link #MIN_BODY_HEIGHT} even
   *     without the caption
   */
  static void paint(
      Graphics2D g, int width, int height, ChartFrame frame, int reservedBelow, IntConsumer body) {
    paint(g, width, height, frame, reservedBelow, body, new LayoutBoxes());
  }

  /**
   * Paints a whole chart as {@link #paint(Graphics2D, int, int, ChartFrame, int, IntConsumer)}
   * does, and records the boxes of the title, subtitle and caption lines in {@code boxes}.
   */
  static void paint(
      Graphics2D g,
      int width,
      int height,
      ChartFrame frame,
      int reservedBelow,
      IntConsumer body,
      LayoutBoxes boxes) {
    FrameLayout layout = measure(g, width, frame, reservedBelow);
    if (height - layout.top - layout.bottom < MIN_BODY_HEIGHT && frame.caption() != null) {
      // too small for the notes: keep the source line, drop the caption
      layout = measure(g, width, frame.withCaption(null), reservedBelow);
    }
    g.setColor(ChartStyle.BACKGROUND);
    g.fill(new Rectangle2D.Double(0, 0, width, height));
    g.translate(0, layout.top);
    body.accept(layout.bodyHeight(width, height, g.getTransform().getScaleX()));
    g.translate(0, -layout.top);
    layout.paintTexts(g, height, boxes);
  }

  /**
   * The height left for the XChart chart on a canvas {@code height} high, drawn at {@code scale}
   * (the message gives the sizes in pixels of the image).
   */
  private int bodyHeight(int width, int height, double scale) {
    int body = height - top - bottom;
    if (body < MIN_BODY_HEIGHT) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "size %d × %d leaves %d px for the chart under the title and above the caption"
                  + " (%d + %d lines), at least %d are needed: make the chart larger or the title"
                  + " or caption shorter",
              Math.round(width * scale),
              Math.round(height * scale),
              Math.round(body * scale),
              title.lines().size() + subtitle.lines().size(),
              caption.lines().size(),
              Math.round(MIN_BODY_HEIGHT * scale)));
    }
    return body;
  }

  private void paintTexts(Graphics2D g, int height, LayoutBoxes boxes) {
    g.setColor(ChartStyle.TEXT);
    title.draw(g, ChartStyle.PADDING, ChartStyle.PADDING);
    title.record(boxes, "title", g, ChartStyle.PADDING, ChartStyle.PADDING);
    g.setColor(ChartStyle.SOFT_TEXT);
    int subtitleTop =
        ChartStyle.PADDING + title.height() + (title.lines().isEmpty() ? 0 : SUBTITLE_GAP);
    subtitle.draw(g, ChartStyle.PADDING, subtitleTop);
    subtitle.record(boxes, "subtitle", g, ChartStyle.PADDING, subtitleTop);
    int captionTop = height - ChartStyle.PADDING - caption.height();
    caption.draw(g, ChartStyle.PADDING, captionTop);
    caption.record(boxes, "caption", g, ChartStyle.PADDING, captionTop);
  }
}
