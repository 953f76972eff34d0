package io.github.pollkit.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * Paints what XChart has no part for, over the plot: event markers (a dashed vertical line with a
 * label at the top of the plot, labels moved to a lower row when they would overlap) and the labels
 * of published ranges (above their box). It also remembers where the plot was drawn, so that the
 * year axis can be drawn under it.
 */
final class TrendOverlay extends Annotation {

  /** An event marker: a day and its label. */
  record Event(LocalDate date, String label) {}

  /** The label of a published range, drawn centred above its box in the option's colour. */
  record RangeLabel(String label, LocalDate from, LocalDate to, double high, Color colour) {}

  private static final BasicStroke EVENT_STROKE =
      new BasicStroke(
          1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
  private static final int LABEL_PAD = 4;

  private final List<Event> events;
  private final List<RangeLabel> rangeLabels;
  private Rectangle2D plot;

  TrendOverlay(List<Event> events, List<RangeLabel> rangeLabels) {
    super(false);
    this.events = events.stream().sorted(Comparator.comparing(Event::date)).toList();
    this.rangeLabels = List.copyOf(rangeLabels);
  }

  /** The events, in date order. */
  List<Event> events() {
    return events;
  }

  List<RangeLabel> rangeLabels() {
    return rangeLabels;
  }

  /** Where the plot was drawn on the last paint, or {@code null} before the first paint. */
  Rectangle2D plot() {
    return plot;
  }

  @Override
  public void paint(Graphics2D g) {
    plot =
        new Rectangle2D.Double(
            getXAxisScreenValueForMin(),
            getYAxisScreenValueForMin(),
            getXAxisScreenValueForMax() - getXAxisScreenValueForMin(),
            getYAxisScreenValueForMax() - getYAxisScreenValueForMin());
    if (!isVisible) {
      return;
    }
    Object antialias = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    paintRangeLabels(g);
    paintEvents(g);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialias);
  }

  private void paintRangeLabels(Graphics2D g) {
    FontMetrics metrics = g.getFontMetrics(ChartStyle.LABEL_FONT);
    for (RangeLabel range : rangeLabels) {
      double left = chart.getScreenXFromChart(Dates.toMillis(range.from()));
      double right = chart.getScreenXFromChart(Dates.toMillis(range.to()));
      double top = chart.getScreenYFromChart(range.high());
      double width = metrics.stringWidth(range.label());
      double x = clamp((left + right - width) / 2, plot.getMinX(), plot.getMaxX() - width);
      g.setColor(range.colour().darker());
      TextBlock.fill(g, range.label(), ChartStyle.LABEL_FONT, x, top - metrics.getDescent() - 3);
    }
  }

  private void paintEvents(Graphics2D g) {
    FontMetrics metrics = g.getFontMetrics(ChartStyle.LABEL_FONT);
    int rowHeight = metrics.getHeight() + 2;
    List<List<double[]>> rows = new ArrayList<>();
    for (Event event : events) {
      double x = chart.getScreenXFromChart(Dates.toMillis(event.date()));
      g.setColor(ChartStyle.EVENT_LINE);
      g.setStroke(EVENT_STROKE);
      g.draw(new Line2D.Double(x, plot.getMinY(), x, plot.getMaxY()));

      double width = metrics.stringWidth(event.label());
      double left = x + LABEL_PAD;
      if (left + width > plot.getMaxX()) {
        left = x - LABEL_PAD - width;
      }
      double right = left + width;
      int row = freeRow(rows, left - LABEL_PAD, right + LABEL_PAD);
      double top = plot.getMinY() + 2 + row * rowHeight;
      g.setColor(Palette.withAlpha(ChartStyle.BACKGROUND, 0.85));
      g.fill(new Rectangle2D.Double(left - 2, top, width + 4, metrics.getHeight()));
      g.setColor(ChartStyle.TEXT);
      TextBlock.fill(g, event.label(), ChartStyle.LABEL_FONT, left, top + metrics.getAscent());
    }
  }

  /** The first row whose labels do not overlap [left, right]; marks the span as taken. */
  private static int freeRow(List<List<double[]>> rows, double left, double right) {
    for (int row = 0; ; row++) {
      if (row == rows.size()) {
        rows.add(new ArrayList<>());
      }
      boolean free = rows.get(row).stream().noneMatch(span -> left < span[1] && right > span[0]);
      if (free) {
        rows.get(row).add(new double[] {left, right});
        return row;
      }
    }
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(value, max));
  }
}
