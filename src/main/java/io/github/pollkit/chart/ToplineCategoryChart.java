package io.github.pollkit.chart;

import java.awt.Graphics2D;
import org.knowm.xchart.CategoryChart;

/**
 * The XChart chart behind {@link ToplineChart}: a {@link CategoryChart} inside its {@link
 * ChartFrame}; {@link FrameLayout} paints the title (kept in {@link #getTitle()}, hidden from
 * XChart), the subtitle and the caption. Each paint records the boxes of what it drew ({@link
 * #layout()}).
 */
final class ToplineCategoryChart extends CategoryChart {
  private final ChartFrame frame;
  private LayoutBoxes layout = new LayoutBoxes();

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

  /** The boxes of what the last paint drew, in canvas coordinates (empty before the first). */
  LayoutBoxes layout() {
    return layout;
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    LayoutBoxes boxes = new LayoutBoxes();
    XChartParts.paintScaled(
        g,
        width,
        height,
        (w, h) ->
            FrameLayout.paint(
                g,
                w,
                h,
                frame,
                XChartParts.BELOW_AXIS,
                bodyHeight -> {
                  super.paint(g, w, bodyHeight);
                  XChartParts.record(
                      boxes, g, plot, axisPair, legend, getYAxisLeftWidth(), getStyler());
                },
                boxes));
    layout = boxes;
    setWidth(width);
    setHeight(height);
  }
}
