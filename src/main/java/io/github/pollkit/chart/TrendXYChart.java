package io.github.pollkit.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;

/**
 * The XChart chart behind {@link TrendChart}: an {@link XYChart} inside its {@link ChartFrame} (see
 * {@link FrameLayout}) that also draws the parts whose layout must adapt to the size of the image:
 * under the plot, a date axis (see {@link DateAxis}) and the x-axis label; the value axis label,
 * turned beside the plot when the plot is tall enough for it and otherwise level above the plot,
 * wrapped; and the legend, on the right when it takes at most a fifth of the width and otherwise
 * under the plot in rows. Because all of it is painted in {@link #paint(Graphics2D, int, int)}, it
 * appears in PNG, SVG and PDF output alike. Each paint records the boxes of what it drew ({@link
 * #layout()}).
 */
final class TrendXYChart extends XYChart {
  /** The legend goes under the plot when it would take more than this share of the width. */
  static final double MAX_LEGEND_SHARE = 0.2;

  private static final int KEY_LENGTH = 24;
  private static final int KEY_GAP = 6;
  private static final int ENTRY_GAP = 16;

  private final ChartFrame frame;
  private final TrendOverlay overlay;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private List<DateAxis.Tick> ticks = List.of();
  private LayoutBoxes layout = new LayoutBoxes();

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

  /** The x-axis label drawn under the date labels, or {@code null}. */
  String xLabel() {
    return frame.xLabel();
  }

  /** The caption (with its source line) drawn under the chart, or {@code null}. */
  String caption() {
    return frame.captionAndSource();
  }

  /** The ticks labelled on the time axis by the last paint (empty before the first paint). */
  List<DateAxis.Tick> ticks() {
    return ticks;
  }

  /** The boxes of what the last paint drew, in canvas coordinates (empty before the first). */
  LayoutBoxes layout() {
    return layout;
  }

  /** A legend entry: the series whose key is drawn, and its label. */
  private record Entry(XYSeries series, String label, double width) {}

  /**
   * The scale at which a chart {@code width} × {@code height} is drawn: under 640 × 400 everything
   * (text, lines, dots) shrinks with the smaller ratio, to no less than 0.7, so that a small chart
   * keeps room for its plot; over 1000 × 600 it grows with the square root of the smaller ratio, to
   * no more than 1.3, so that text stays readable on a large image.
   */
  static double scale(int width, int height) {
    double small = Math.min(width / 640.0, height / 400.0);
    if (small < 1) {
      return Math.max(0.7, small);
    }
    return Math.min(1.3, Math.max(1, Math.sqrt(Math.min(width / 1000.0, height / 600.0))));
  }

  @Override
  public void paint(Graphics2D g, int width, int height) {
    double scale = scale(width, height);
    AffineTransform saved = g.getTransform();
    // the scaled canvas may fall short of the image by a fraction of a pixel
    g.setColor(ChartStyle.BACKGROUND);
    g.fill(new Rectangle2D.Double(0, 0, width, height));
    g.scale(scale, scale);
    paintScaled(g, (int) Math.round(width / scale), (int) Math.round(height / scale));
    g.setTransform(saved);
    setWidth(width);
    setHeight(height);
  }

  /** Paints the chart on a canvas of {@code width} × {@code height} units (before scaling). */
  private void paintScaled(Graphics2D g, int width, int height) {
    LayoutBoxes boxes = new LayoutBoxes();
    overlay.recordInto(boxes);
    // pollkit paints the legend and the value label; a caller (or XChart user) who hid them keeps
    // them hidden
    boolean legendVisible = getStyler().isLegendVisible();
    boolean yLabelVisible = getStyler().isYAxisTitleVisible();
    int gap = ChartStyle.PADDING / 2;
    int textWidth = width - 2 * ChartStyle.PADDING;
    TextBlock xTitle = TextBlock.wrap(g, xLabel(), ChartStyle.AXIS_TITLE_FONT, textWidth);

    FontMetrics legendMetrics = g.getFontMetrics(ChartStyle.LEGEND_FONT);
    List<Entry> entries = new ArrayList<>();
    for (XYSeries s : getSeriesMap().values()) {
      if (legendVisible && s.isShowInLegend()) {
        String label = s.getLabel();
        entries.add(new Entry(s, label, KEY_LENGTH + KEY_GAP + legendMetrics.stringWidth(label)));
      }
    }
    double legendWidth = entries.stream().mapToDouble(Entry::width).max().orElse(0);
    boolean legendRight =
        !entries.isEmpty() && legendWidth + ChartStyle.PADDING <= MAX_LEGEND_SHARE * width;
    List<List<Entry>> rows = legendRight ? List.of() : rows(entries, textWidth);
    int entryHeight = legendMetrics.getHeight() + 4;
    int legendBelow = rows.isEmpty() ? 0 : gap + rows.size() * entryHeight;

    int underPlot =
        DateAxis.height(g) + (xTitle.lines().isEmpty() ? 0 : gap + xTitle.height()) + legendBelow;
    String yLabel = yLabelVisible ? frame.yLabel() : null;
    FontMetrics yMetrics = g.getFontMetrics(ChartStyle.AXIS_TITLE_FONT);
    FrameLayout.paint(
        g,
        width,
        height,
        frame,
        underPlot,
        bodyHeight -> {
          // XChart's plot is about its body less a padding above and below
          double plotHeight = bodyHeight - 2 * ChartStyle.PADDING;
          boolean turned =
              yLabel != null
                  && !yLabel.isBlank()
                  && yMetrics.stringWidth(yLabel) <= plotHeight - ChartStyle.PADDING;
          TextBlock level =
              yLabel == null || turned
                  ? TextBlock.wrap(g, null, ChartStyle.AXIS_TITLE_FONT, textWidth)
                  : TextBlock.wrap(g, yLabel, ChartStyle.AXIS_TITLE_FONT, textWidth);
          int left = turned ? yMetrics.getHeight() + gap : 0;
          int top = level.lines().isEmpty() ? 0 : level.height() + 2 * gap;
          int right = legendRight ? (int) Math.ceil(legendWidth) + ChartStyle.PADDING : 0;
          int bodyWidth = width - left - right;

          g.translate(left, top);
          getStyler().setLegendVisible(false);
          getStyler().setYAxisTitleVisible(false);
          try {
            super.paint(g, bodyWidth, bodyHeight - top);
          } finally {
            getStyler().setLegendVisible(legendVisible);
            getStyler().setYAxisTitleVisible(yLabelVisible);
          }
          Rectangle2D plot = overlay.plot();
          boxes.add(LayoutBoxes.Kind.PLOT, "plot", g, plot);
          g.setColor(ChartStyle.BACKGROUND);
          g.fill(
              new Rectangle2D.Double(
                  -left, plot.getMaxY() + 1, width, underPlot + ChartStyle.PADDING));
          ticks = DateAxis.paint(g, plot, firstDay, lastDay, this::getScreenXFromChart, boxes);
          double below = plot.getMaxY() + DateAxis.height(g);
          if (!xTitle.lines().isEmpty()) {
            g.setColor(ChartStyle.TEXT);
            double x = Math.max(-left, plot.getCenterX() - xTitle.width(g) / 2);
            xTitle.draw(g, x, below + gap);
            xTitle.record(boxes, "x label", g, x, below + gap);
            below += gap + xTitle.height();
          }
          g.translate(-left, -top);
          if (turned) {
            paintTurned(g, yLabel, yMetrics, plot.getCenterY() + top, boxes);
          } else if (!level.lines().isEmpty()) {
            g.setColor(ChartStyle.TEXT);
            level.draw(g, ChartStyle.PADDING, gap);
            level.record(boxes, "y label", g, ChartStyle.PADDING, gap);
          }
          if (legendRight) {
            double x = width - right;
            double y = plot.getCenterY() + top - entries.size() * entryHeight / 2.0;
            for (Entry e : entries) {
              paintEntry(g, e, x, y, legendMetrics, boxes);
              y += entryHeight;
            }
          } else {
            double y = below + top + gap;
            for (List<Entry> row : rows) {
              double x = ChartStyle.PADDING;
              for (Entry e : row) {
                paintEntry(g, e, x, y, legendMetrics, boxes);
                x += e.width() + ENTRY_GAP;
              }
              y += entryHeight;
            }
          }
        },
        boxes);
    layout = boxes;
  }

  /** The entries in rows no wider than {@code width}. */
  private static List<List<Entry>> rows(List<Entry> entries, double width) {
    List<List<Entry>> rows = new ArrayList<>();
    List<Entry> row = new ArrayList<>();
    double used = 0;
    for (Entry e : entries) {
      if (!row.isEmpty() && used + ENTRY_GAP + e.width() > width) {
        rows.add(row);
        row = new ArrayList<>();
        used = 0;
      }
      used += (row.isEmpty() ? 0 : ENTRY_GAP) + e.width();
      row.add(e);
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }

  /** The value axis label, turned a quarter left, centred on {@code centreY} at the left edge. */
  private static void paintTurned(
      Graphics2D g, String label, FontMetrics metrics, double centreY, LayoutBoxes boxes) {
    double length = metrics.stringWidth(label);
    double x = ChartStyle.PADDING;
    AffineTransform turn = AffineTransform.getTranslateInstance(x + metrics.getAscent(), 0);
    turn.rotate(-Math.PI / 2);
    turn.translate(-(centreY + length / 2), 0);
    TextLayout text = new TextLayout(label, ChartStyle.AXIS_TITLE_FONT, g.getFontRenderContext());
    g.setColor(ChartStyle.TEXT);
    g.fill(text.getOutline(turn));
    boxes.add(
        LayoutBoxes.Kind.TEXT,
        "y label",
        g,
        new Rectangle2D.Double(x, centreY - length / 2, metrics.getHeight(), length));
  }

  /** One legend entry: the series' key (line, dot or box), then its label, from (x, top). */
  private static void paintEntry(
      Graphics2D g, Entry e, double x, double top, FontMetrics metrics, LayoutBoxes boxes) {
    XYSeries s = e.series();
    double middle = top + metrics.getHeight() / 2.0;
    Stroke stroke = g.getStroke();
    if (s.getXYSeriesRenderStyle() == XYSeriesRenderStyle.Scatter) {
      Color c = s.getMarkerColor();
      g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(c.getAlpha(), 200)));
      double d = 8;
      g.fill(new Ellipse2D.Double(x + KEY_LENGTH / 2.0 - d / 2, middle - d / 2, d, d));
    } else if (s.getXYSeriesRenderStyle() == XYSeriesRenderStyle.PolygonArea) {
      Rectangle2D key = new Rectangle2D.Double(x + 2, middle - 5, KEY_LENGTH - 4, 10);
      g.setColor(s.getFillColor());
      g.fill(key);
      g.setColor(s.getLineColor());
      g.setStroke(new BasicStroke(1.2f));
      g.draw(key);
    } else {
      g.setColor(s.getLineColor());
      BasicStroke line = s.getLineStyle();
      g.setStroke(
          line == null
              ? new BasicStroke(2.5f)
              : new BasicStroke(
                  line.getLineWidth(),
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_ROUND,
                  10f,
                  line.getDashArray(),
                  0f));
      g.draw(new Line2D.Double(x, middle, x + KEY_LENGTH, middle));
    }
    g.setStroke(stroke);
    boxes.add(
        LayoutBoxes.Kind.KEY,
        "legend key " + e.label(),
        g,
        new Rectangle2D.Double(x, top, KEY_LENGTH, metrics.getHeight()));
    double textX = x + KEY_LENGTH + KEY_GAP;
    g.setColor(ChartStyle.TEXT);
    TextBlock.fill(g, e.label(), ChartStyle.LEGEND_FONT, textX, top + metrics.getAscent());
    boxes.add(
        LayoutBoxes.Kind.TEXT,
        "legend " + e.label(),
        g,
        new Rectangle2D.Double(textX, top, metrics.stringWidth(e.label()), metrics.getHeight()));
  }
}
