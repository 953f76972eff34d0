package io.github.pollkit.chart;

import java.awt.Graphics2D;
import org.knowm.xchart.CategoryChart;

/**
 * The XChart chart behind {@link ToplineChart}: a {@link CategoryChart} inside a {@link Frame}
 * that draws the title (kept in {@link #getTitle()}, hidden from XChart) and the caption.
 */
final class ToplineCategoryChart extends CategoryChart {
  private final String caption;

  ToplineCategoryChart(int width, int height, String caption) {
    super(width, height);
    this.caption = caption;
  }

  /** The caption drawn under the chart, or {@code null}. */
  String caption() {
    return caption;
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    Frame frame = Frame.measure(g, width, getTitle(), caption, 0);
    frame.paintBackground(g, width, height);
    g.translate(0, frame.top());
    super.paint(g, width, frame.bodyHeight(width, height));
    g.translate(0, -frame.top());
    setHeight(height);
    frame.paintTitleAndCaption(g, height);
  }
}
