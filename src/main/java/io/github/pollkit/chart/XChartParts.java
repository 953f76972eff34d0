package io.github.pollkit.chart;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.function.BiConsumer;
import org.knowm.xchart.internal.chartpart.AxisPair;
import org.knowm.xchart.internal.chartpart.Legend_;
import org.knowm.xchart.internal.chartpart.Plot_;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The boxes of the parts XChart lays out itself in a chart pollkit frames (plot, value and category
 * axes with their tick labels and titles, legend), read from XChart's own bounds after it painted,
 * for {@link LayoutBoxes}.
 */
final class XChartParts {
  /**
   * Room kept between XChart's lowest part (the x tick labels or title) and the caption: XChart's
   * bounds of the x axis end a few pixels above the glyphs' descenders, so its own bottom padding
   * alone lets the caption touch the labels.
   */
  static final int BELOW_AXIS = ChartStyle.PADDING / 2;

  private XChartParts() {}

  /**
   * Paints a chart {@code width} × {@code height} pixels at the scale of {@link
   * TrendXYChart#scale(int, int)}: the background over the whole image, then {@code paint} given
   * the size in units of the scaled canvas, so that a small chart keeps room for its bars and a
   * large one readable text.
   */
  static void paintScaled(Graphics2D g, int width, int height, BiConsumer<Integer, Integer> paint) {
    double scale = TrendXYChart.scale(width, height);
    AffineTransform saved = g.getTransform();
    g.setColor(ChartStyle.BACKGROUND);
    g.fill(new Rectangle2D.Double(0, 0, width, height));
    g.scale(scale, scale);
    try {
      paint.accept((int) Math.round(width / scale), (int) Math.round(height / scale));
    } finally {
      g.setTransform(saved);
    }
  }

  /**
   * Records the plot, the x axis (tick labels and title), the left y axis and a visible legend on
   * the right of the chart just painted on {@code g}.
   */
  static void record(
      LayoutBoxes boxes,
      Graphics2D g,
      Plot_<?, ?> plot,
      AxisPair axes,
      Legend_<?, ?> legend,
      double yAxisRight,
      AxesChartStyler styler) {
    Rectangle2D p = plot.getBounds();
    boxes.add(LayoutBoxes.Kind.PLOT, "plot", g, p);
    Rectangle2D x = axes.getXAxis().getBounds();
    if (styler.isXAxisTicksVisible() && x.getHeight() > 0) {
      boxes.add(LayoutBoxes.Kind.TEXT, "x axis", g, x);
    }
    double left = styler.getChartPadding();
    if (styler.isYAxisTicksVisible() && yAxisRight > left) {
      double half = g.getFontMetrics(styler.getAxisTickLabelsFont()).getHeight() / 2.0;
      boxes.add(
          LayoutBoxes.Kind.TEXT,
          "y axis",
          g,
          new Rectangle2D.Double(
              left, p.getMinY() - half, yAxisRight - left - 1, p.getHeight() + 2 * half));
    }
    if (styler.isLegendVisible()
        && legend.getBounds() != null
        && styler.getLegendPosition() == Styler.LegendPosition.OutsideE) {
      // XChart keeps the legend's offsets to itself (its bounds give only the size): record the
      // band right of the plot that it is placed in
      boxes.add(
          LayoutBoxes.Kind.KEY,
          "legend",
          g,
          new Rectangle2D.Double(
              p.getMaxX() + 1, p.getMinY(), legend.getBounds().getWidth(), p.getHeight()));
    }
  }
}
