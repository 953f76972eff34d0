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
 * label at the top of the plot, wrapped to the room before the next event's line and moved down
 * when it would cover another label) and the labels of published ranges (above their box). It also
 * remembers where the plot was drawn, so that the year axis can be drawn under it.
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
  private LayoutBoxes boxes = new LayoutBoxes();

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

  /** Where the next paint records the boxes of the labels and event lines. */
  void recordInto(LayoutBoxes boxes) {
    this.boxes = boxes;
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

  /**
   * Paints each range's label centred above its box, wrapped to the room between the event lines on
   * either side of the box's middle (or the plot's edges), so it crosses no event line.
   */
  private void paintRangeLabels(Graphics2D g) {
    FontMetrics metrics = g.getFontMetrics(ChartStyle.LABEL_FONT);
    for (RangeLabel range : rangeLabels) {
      double left = chart.getScreenXFromChart(Dates.toMillis(range.from()));
      double right = chart.getScreenXFromChart(Dates.toMillis(range.to()));
      double middle = (left + right) / 2;
      double leftLimit = plot.getMinX();
      double rightLimit = plot.getMaxX();
      for (Event event : events) {
        double x = chart.getScreenXFromChart(Dates.toMillis(event.date()));
        if (x <= middle) {
          leftLimit = Math.max(leftLimit, x + LABEL_PAD);
        } else {
          rightLimit = Math.min(rightLimit, x - LABEL_PAD);
        }
      }
      TextBlock text =
          TextBlock.wrap(g, range.label(), ChartStyle.LABEL_FONT, rightLimit - leftLimit);
      double top = chart.getScreenYFromChart(range.high()) - 3 - text.height();
      g.setColor(range.colour().darker());
      for (int i = 0; i < text.lines().size(); i++) {
        String line = text.lines().get(i);
        double width = metrics.stringWidth(line);
        double x = clamp(middle - width / 2, leftLimit, rightLimit - width);
        double lineTop = top + i * metrics.getHeight();
        TextBlock.fill(g, line, ChartStyle.LABEL_FONT, x, lineTop + metrics.getAscent());
        boxes.add(
            LayoutBoxes.Kind.TEXT,
            "range label " + range.label() + " line " + (i + 1),
            g,
            new Rectangle2D.Double(x, lineTop, width, metrics.getHeight()));
      }
    }
  }

  private void paintEvents(Graphics2D g) {
    FontMetrics metrics = g.getFontMetrics(ChartStyle.LABEL_FONT);
    List<Double> lines = new ArrayList<>();
    for (Event event : events) {
      double x = chart.getScreenXFromChart(Dates.toMillis(event.date()));
      lines.add(x);
      g.setColor(ChartStyle.EVENT_LINE);
      g.setStroke(EVENT_STROKE);
      g.draw(new Line2D.Double(x, plot.getMinY(), x, plot.getMaxY()));
      boxes.add(
          LayoutBoxes.Kind.EVENT_LINE,
          "event line " + event.label(),
          g,
          new Rectangle2D.Double(x, plot.getMinY(), 0, plot.getHeight()));
    }
    List<Rectangle2D> placed = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      paintEventLabel(g, metrics, events.get(i).label(), i, lines, placed);
    }
  }

  /**
   * Paints one event's label beside its line, on the side with room (right first), wrapped to the
   * room between its line and the next event's line or the plot's edge, so that it never crosses
   * another event's line, and as high as it can go without covering a label already placed.
   */
  private void paintEventLabel(
      Graphics2D g,
      FontMetrics metrics,
      String label,
      int index,
      List<Double> lines,
      List<Rectangle2D> placed) {
    double x = lines.get(index);
    double rightLimit = plot.getMaxX();
    double leftLimit = plot.getMinX();
    for (int j = 0; j < lines.size(); j++) {
      double other = lines.get(j);
      if (j != index && other > x) {
        rightLimit = Math.min(rightLimit, other);
      } else if (j != index && other < x) {
        leftLimit = Math.max(leftLimit, other);
      }
    }
    double rightRoom = rightLimit - x - 2 * LABEL_PAD;
    double leftRoom = x - leftLimit - 2 * LABEL_PAD;
    double full = metrics.stringWidth(label);
    boolean right = rightRoom >= full || rightRoom >= leftRoom;
    double room = Math.max(1, right ? rightRoom : leftRoom);
    TextBlock text = TextBlock.wrap(g, label, ChartStyle.LABEL_FONT, room);
    double width = 0;
    for (String line : text.lines()) {
      width = Math.max(width, metrics.stringWidth(line));
    }
    double left = right ? x + LABEL_PAD : x - LABEL_PAD - width;
    double top = plot.getMinY() + 2;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (Rectangle2D other : placed) {
        if (left - LABEL_PAD < other.getMaxX()
            && left + width + LABEL_PAD > other.getMinX()
            && top < other.getMaxY() + 2
            && top + text.height() + 2 > other.getMinY()) {
          top = other.getMaxY() + 2;
          moved = true;
        }
      }
    }
    Rectangle2D box = new Rectangle2D.Double(left, top, width, text.height());
    placed.add(box);
    g.setColor(Palette.withAlpha(ChartStyle.BACKGROUND, 0.85));
    g.fill(new Rectangle2D.Double(left - 2, top, width + 4, text.height()));
    g.setColor(ChartStyle.TEXT);
    text.draw(g, left, top);
    boxes.add(LayoutBoxes.Kind.TEXT, "event label " + label, g, box);
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(value, max));
  }
}
