package io.github.pollkit.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * The XChart chart behind {@link TrendChart}: an {@link XYChart} inside a {@link Frame} (title
 * above, caption below) that also draws, under the plot, a year axis (see {@link YearAxis}) and
 * the x-axis label. Because all of it is painted in {@link #paint(Graphics2D, int, int)}, it
 * appears in PNG, SVG and PDF output alike.
 */
final class TrendXYChart extends XYChart {
  private final TrendOverlay overlay;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final String xLabel;
  private final String caption;
  private List<Integer> yearTicks = List.of();

  TrendXYChart(
      int width,
      int height,
      TrendOverlay overlay,
      LocalDate firstDay,
      LocalDate lastDay,
      String xLabel,
      String caption) {
    super(width, height);
    this.overlay = overlay;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.xLabel = xLabel;
    this.caption = caption;
    addAnnotation(overlay);
  }

  TrendOverlay overlay() {
    return overlay;
  }

  /** The x-axis label drawn under the year labels, or {@code null}. */
  String xLabel() {
    return xLabel;
  }

  /** The caption drawn under the chart, or {@code null}. */
  String caption() {
    return caption;
  }

  /** The years labelled on the time axis by the last paint (empty before the first paint). */
  List<Integer> yearTicks() {
    return yearTicks;
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    int gap = ChartStyle.PADDING / 2;
    TextBlock label =
        TextBlock.wrap(g, xLabel, ChartStyle.AXIS_TITLE_FONT, width - 2 * ChartStyle.PADDING);
    int underPlot = YearAxis.height(g) + (label.lines().isEmpty() ? 0 : gap + label.height());
    Frame frame = Frame.measure(g, width, getTitle(), caption, underPlot);
    frame.paintBackground(g, width, height);

    g.translate(0, frame.top());
    super.paint(g, width, frame.bodyHeight(width, height));
    Rectangle2D plot = overlay.plot();
    g.setColor(ChartStyle.BACKGROUND);
    g.fill(new Rectangle2D.Double(0, plot.getMaxY() + 1, width, underPlot + ChartStyle.PADDING));
    yearTicks = YearAxis.paint(g, plot, firstDay, lastDay, this::getScreenXFromChart);
    if (!label.lines().isEmpty()) {
      g.setColor(ChartStyle.TEXT);
      double labelWidth = TextBlock.width(g, label.lines().get(0), ChartStyle.AXIS_TITLE_FONT);
      label.draw(g, plot.getCenterX() - labelWidth / 2, plot.getMaxY() + YearAxis.height(g) + gap);
    }
    g.translate(0, -frame.top());

    setHeight(height);
    frame.paintTitleAndCaption(g, height);
  }
}
