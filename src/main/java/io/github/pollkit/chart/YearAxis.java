package io.github.pollkit.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A time axis labelled in years, with ticks on 1 January.
 *
 * <p>pollkit draws this axis itself because XChart 3.8.8's date axis places yearly ticks at
 * multiples of 365 days from 1970, which drift from 1 January by one day per leap year (a tick
 * labelled "1999" sits at 25 December 1999 for a five-year step), so a label would name the wrong
 * year next to a poll taken in early January.
 */
final class YearAxis {
  private YearAxis() {}

  /** Year steps tried in order; the first whose labels do not collide is used. */
  static final int[] STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};

  static final int TICK_LENGTH = 5;
  static final int LABEL_GAP = 4;
  private static final double MIN_SPACE_BETWEEN_LABELS = 14;

  /**
   * The years whose 1 January lies in [{@code from}, {@code to}] and is a multiple of the smallest
   * step in {@link #STEPS} that leaves room for the labels.
   *
   * @param pixelsPerYear how wide one year is on the screen
   * @param labelWidth width of the widest label, e.g. of {@code "2000"}
   */
  static List<Integer> years(
      LocalDate from, LocalDate to, double pixelsPerYear, double labelWidth) {
    int step = STEPS[STEPS.length - 1];
    for (int candidate : STEPS) {
      if (candidate * pixelsPerYear >= labelWidth + MIN_SPACE_BETWEEN_LABELS) {
        step = candidate;
        break;
      }
    }
    int first = from.getDayOfYear() == 1 ? from.getYear() : from.getYear() + 1;
    first = Math.floorDiv(first + step - 1, step) * step;
    List<Integer> years = new ArrayList<>();
    for (int year = first; year <= to.getYear(); year += step) {
      years.add(year);
    }
    return List.copyOf(years);
  }

  /** The height the axis needs under the plot. */
  static int height(Graphics2D g) {
    return TICK_LENGTH + LABEL_GAP + g.getFontMetrics(ChartStyle.TICK_FONT).getHeight();
  }

  /**
   * Paints tick marks and year labels under the plot and returns the years drawn.
   *
   * @param plot the plot area in screen coordinates
   * @param toScreenX maps a date (milliseconds since 1970 UTC) to a screen x
   */
  static List<Integer> paint(
      Graphics2D g, Rectangle2D plot, LocalDate from, LocalDate to, DoubleUnaryOperator toScreenX) {
    double days = Math.max(1, to.toEpochDay() - from.toEpochDay());
    double pixelsPerYear = plot.getWidth() / (days / 365.25);
    double labelWidth = TextBlock.width(g, "0000", ChartStyle.TICK_FONT);
    List<Integer> years = years(from, to, pixelsPerYear, labelWidth);
    double baseline =
        plot.getMaxY()
            + TICK_LENGTH
            + LABEL_GAP
            + g.getFontMetrics(ChartStyle.TICK_FONT).getAscent();
    g.setStroke(new BasicStroke(1f));
    g.setColor(ChartStyle.GRID.darker());
    g.draw(new Line2D.Double(plot.getMinX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY()));
    for (int year : years) {
      double x = toScreenX.applyAsDouble(Dates.toMillis(LocalDate.of(year, 1, 1)));
      g.setColor(ChartStyle.GRID.darker());
      g.draw(new Line2D.Double(x, plot.getMaxY(), x, plot.getMaxY() + TICK_LENGTH));
      String label = Integer.toString(year);
      g.setColor(ChartStyle.SOFT_TEXT);
      TextBlock.fill(
          g,
          label,
          ChartStyle.TICK_FONT,
          x - TextBlock.width(g, label, ChartStyle.TICK_FONT) / 2,
          baseline);
    }
    return years;
  }
}
