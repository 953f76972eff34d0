package io.github.pollkit.chart;

import java.awt.Graphics2D;
import org.knowm.xchart.CategoryChart;

/**
 * The XChart chart behind {@link ToplineChart}: a {@link CategoryChart} inside its {@link
 * ChartFrame}; {@link FrameLayout} paints the title (kept in {@link #getTitle()}, hidden from
 * XChart), the subtitle and the caption.
 */
final class ToplineCategoryChart extends CategoryChart {
  private final ChartFrame frame;

  ToplineCategoryChart(ChartFrame frame) {
    super(frame.width(), frame.height());
    this.frame = frame;
    setTitle(frame.title());
    setXAxisTitle(frame.xLabel());
    setYAxisTitle(frame.yLabel());
  }

  /** The caption (with its source line) drawn under the chart, or {@code null}. */
  String caption() {
    return frame.captionAndSource();
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    FrameLayout.paint(g, width, height, frame, 0, bodyHeight -> super.paint(g, width, bodyHeight));
    setHeight(height);
  }
}
