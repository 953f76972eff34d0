package io.github.pollkit.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * The XChart chart behind {@link TrendChart}: an {@link XYChart} inside its {@link ChartFrame} (see
 * {@link FrameLayout}) that also draws, under the plot, a year axis (see {@link YearAxis}) and the
 * x-axis label. Because all of it is painted in {@link #paint(Graphics2D, int, int)}, it appears in
 * PNG, SVG and PDF output alike.
 */
final class TrendXYChart extends XYChart {
  private final ChartFrame frame;
  private final TrendOverlay overlay;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private List<Integer> yearTicks = List.of();

  TrendXYChart(ChartFrame frame, TrendOverlay overlay, LocalDate firstDay, LocalDate lastDay) {
    super(frame.width(), frame.height());
    this.frame = frame;
    this.overlay = overlay;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    setTitle(frame.title());
    setYAxisTitle(frame.yLabel());
    addAnnotation(overlay);
  }

  TrendOverlay overlay() {
    return overlay;
  }

  /** The x-axis label drawn under the year labels, or {@code null}. */
  String xLabel() {
    return frame.xLabel();
  }

  /** The caption (with its source line) drawn under the chart, or {@code null}. */
  String caption() {
    return frame.captionAndSource();
  }

  /** The years labelled on the time axis by the last paint (empty before the first paint). */
  List<Integer> yearTicks() {
    return yearTicks;
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    int gap = ChartStyle.PADDING / 2;
    TextBlock label =
        TextBlock.wrap(g, xLabel(), ChartStyle.AXIS_TITLE_FONT, width - 2 * ChartStyle.PADDING);
    int underPlot = YearAxis.height(g) + (label.lines().isEmpty() ? 0 : gap + label.height());
    FrameLayout.paint(
        g,
        width,
        height,
        frame,
        underPlot,
        bodyHeight -> {
          super.paint(g, width, bodyHeight);
          Rectangle2D plot = overlay.plot();
          g.setColor(ChartStyle.BACKGROUND);
          g.fill(
              new Rectangle2D.Double(0, plot.getMaxY() + 1, width, underPlot + ChartStyle.PADDING));
          yearTicks = YearAxis.paint(g, plot, firstDay, lastDay, this::getScreenXFromChart);
          if (!label.lines().isEmpty()) {
            g.setColor(ChartStyle.TEXT);
            double labelWidth =
                TextBlock.width(g, label.lines().get(0), ChartStyle.AXIS_TITLE_FONT);
            label.draw(
                g, plot.getCenterX() - labelWidth / 2, plot.getMaxY() + YearAxis.height(g) + gap);
          }
        });
    setHeight(height);
  }
}
