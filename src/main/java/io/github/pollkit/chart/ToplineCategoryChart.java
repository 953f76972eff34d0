package io.github.pollkit.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.Collection;
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
    XChartParts.paintScaled(
        g,
        width,
        height,
        (w, h) -> {
          getStyler().setAxisTickLabelsFont(ChartStyle.TICK_FONT);
          paintFramed(g, w, h);
          double fit = labelFit(g);
          if (fit < 1) {
            float size = ChartStyle.TICK_FONT.getSize2D();
            float smaller = (float) Math.floor(size * fit * 2) / 2;
            getStyler()
                .setAxisTickLabelsFont(
                    ChartStyle.TICK_FONT.deriveFont(Math.max(MIN_TICK_SIZE, smaller)));
            paintFramed(g, w, h);
          }
        });
    setWidth(width);
    setHeight(height);
  }

  /**
   * The smallest font size the category names are set in to fit under their bars (7 pixels at the
   * smallest scale); names that do not fit even so call for {@link ToplineChart#horizontal()}.
   */
  private static final float MIN_TICK_SIZE = 10;

  /** Units of space at least between two category names under the bars. */
  private static final double NAME_GAP = 10;

  /**
   * How much of the current tick font's size the widest category name can have and still leave
   * {@link #NAME_GAP} to its neighbours in the last paint's plot (1 or more: it fits).
   */
  private double labelFit(Graphics2D g) {
    Collection<?> categories = getSeriesMap().values().iterator().next().getXData();
    FontMetrics metrics = g.getFontMetrics(getStyler().getAxisTickLabelsFont());
    double widest =
        categories.stream()
            .mapToDouble(c -> metrics.stringWidth(String.valueOf(c)))
            .max()
            .orElse(0);
    double slot =
        plot.getBounds().getWidth() * getStyler().getPlotContentSize() / categories.size();
    return widest == 0 ? 1 : Math.min(1, (slot - NAME_GAP) / widest);
  }

  private void paintFramed(Graphics2D g, int w, int h) {
    LayoutBoxes boxes = new LayoutBoxes();
    FrameLayout.paint(
        g,
        w,
        h,
        frame,
        XChartParts.BELOW_AXIS,
        bodyHeight -> {
          super.paint(g, w, bodyHeight);
          XChartParts.record(boxes, g, plot, axisPair, legend, getYAxisLeftWidth(), getStyler());
        },
        boxes);
    layout = boxes;
  }
}
