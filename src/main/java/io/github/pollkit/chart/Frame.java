package io.github.pollkit.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * The parts pollkit paints around an XChart chart: the title, left-aligned and wrapped above the
 * chart (XChart centres a single line and lets a long title run off the image), and the caption,
 * wrapped at the bottom (XChart has none). The chart itself is painted in the band between them.
 * Everything is painted through the same {@link Graphics2D}, so it appears in PNG, SVG and PDF.
 */
final class Frame {
  private final TextBlock title;
  private final TextBlock caption;
  private final int top;
  private final int bottom;

  private Frame(TextBlock title, TextBlock caption, int top, int bottom) {
    this.title = title;
    this.caption = caption;
    this.top = top;
    this.bottom = bottom;
  }

  /**
   * Measures the frame of a chart {@code width} wide.
   *
   * @param reservedBelow room the chart needs under its plot for parts it paints itself (e.g. the
   *     year axis), on top of the caption
   */
  static Frame measure(Graphics2D g, int width, String title, String caption, int reservedBelow) {
    int textWidth = width - 2 * ChartStyle.PADDING;
    TextBlock titleBlock = TextBlock.wrap(g, title, ChartStyle.TITLE_FONT, textWidth);
    TextBlock captionBlock = TextBlock.wrap(g, caption, ChartStyle.CAPTION_FONT, textWidth);
    int top = titleBlock.lines().isEmpty() ? 0 : ChartStyle.PADDING + titleBlock.height();
    int bottom =
        reservedBelow
            + (captionBlock.lines().isEmpty() ? 0 : captionBlock.height() + ChartStyle.PADDING / 2);
    return new Frame(titleBlock, captionBlock, top, bottom);
  }

  /** Where the XChart chart starts: the height of the title block. */
  int top() {
    return top;
  }

  /** The least height left for the chart itself; below it axes and legend overlap the text. */
  static final int MIN_BODY_HEIGHT = 120;

  /**
   * The height left for the XChart chart on a canvas {@code height} high.
   *
   * @throws IllegalArgumentException if the title and caption leave less than {@link
   *     #MIN_BODY_HEIGHT} pixels: the picture would be unreadable, so it is not drawn
   */
  int bodyHeight(int width, int height) {
    int body = height - top - bottom;
    if (body < MIN_BODY_HEIGHT) {
      throw new IllegalArgumentException(
          "size "
              + width
              + " × "
              + height
              + " leaves "
              + body
              + " px for the chart under the title and above the caption ("
              + title.lines().size()
              + " + "
              + caption.lines().size()
              + " lines), at least "
              + MIN_BODY_HEIGHT
              + " are needed: make the chart larger or the title or caption shorter");
    }
    return body;
  }

  /** Paints the background of the whole canvas; call before painting the chart. */
  void paintBackground(Graphics2D g, int width, int height) {
    g.setColor(ChartStyle.BACKGROUND);
    g.fill(new Rectangle2D.Double(0, 0, width, height));
  }

  /** Paints the title and the caption; call after painting the chart, untranslated. */
  void paintTitleAndCaption(Graphics2D g, int height) {
    g.setColor(ChartStyle.TEXT);
    title.draw(g, ChartStyle.PADDING, ChartStyle.PADDING);
    g.setColor(ChartStyle.SOFT_TEXT);
    caption.draw(g, ChartStyle.PADDING, height - ChartStyle.PADDING - caption.height());
  }
}
