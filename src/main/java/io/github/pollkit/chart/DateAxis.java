package io.github.pollkit.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * A time axis whose ticks suit its span, from days to centuries: days or Mondays ({@code "3 Jun"}),
 * first days of months ({@code "Jul"}), or 1 January of years ({@code "2019"}). The smallest step
 * whose labels keep {@value #MIN_SPACE_BETWEEN_LABELS} pixels apart is used; the first label, and
 * the first of each new year, carries the year when the step is shorter than a year ({@code "Jan
 * 2019"}, {@code "3 Jun 2019"}).
 *
 * <p>pollkit draws this axis itself because XChart 3.8.8's date axis places yearly ticks at
 * multiples of 365 days from 1970, which drift from 1 January by one day per leap year (a tick
 * labelled "1999" sits at 25 December 1999 for a five-year step), so a label would name the wrong
 * year next to a poll taken in early January.
 */
final class DateAxis {
  private DateAxis() {}

  /** The unit of a step. */
  enum Unit {
    DAY,
    MONTH,
    YEAR
  }

  /**
   * A step between ticks; a day step of 7 or 14 puts ticks on Mondays.
   *
   * @param unit the unit
   * @param count how many units
   */
  record Step(Unit unit, int count) {}

  /**
   * A tick: its day and its label.
   *
   * @param day the day the tick marks (at midnight UTC)
   * @param label the text under it
   */
  record Tick(LocalDate day, String label) {}

  /** Steps tried in order; the first whose labels do not collide is used. */
  static final List<Step> STEPS =
      List.of(
          new Step(Unit.DAY, 1),
          new Step(Unit.DAY, 2),
          new Step(Unit.DAY, 7),
          new Step(Unit.DAY, 14),
          new Step(Unit.MONTH, 1),
          new Step(Unit.MONTH, 2),
          new Step(Unit.MONTH, 3),
          new Step(Unit.MONTH, 6),
          new Step(Unit.YEAR, 1),
          new Step(Unit.YEAR, 2),
          new Step(Unit.YEAR, 5),
          new Step(Unit.YEAR, 10),
          new Step(Unit.YEAR, 20),
          new Step(Unit.YEAR, 50),
          new Step(Unit.YEAR, 100),
          new Step(Unit.YEAR, 200),
          new Step(Unit.YEAR, 500),
          new Step(Unit.YEAR, 1000));

  static final int TICK_LENGTH = 5;
  static final int LABEL_GAP = 4;
  static final double MIN_SPACE_BETWEEN_LABELS = 14;

  /** How far a label may reach beyond either end of the plot, in pixels. */
  static final double EDGE_OVERHANG = 6;

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_YEAR =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_YEAR =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  /**
   * The ticks of an axis from {@code from} (at x = 0) to {@code to} (at x = {@code width}): those
   * of the first step in {@link #STEPS} whose neighbouring labels keep {@link
   * #MIN_SPACE_BETWEEN_LABELS} apart, without the ticks whose label would reach more than {@code
   * overhang} beyond an end of the axis.
   *
   * @param width the length of the axis in pixels
   * @param overhang how far a label may reach beyond either end, in pixels
   * @param labelWidth the width of a label in pixels
   */
  static List<Tick> ticks(
      LocalDate from,
      LocalDate to,
      double width,
      double overhang,
      ToDoubleFunction<String> labelWidth) {
    double days = Math.max(1, ChronoUnit.DAYS.between(from, to));
    double pixelsPerDay = width / days;
    List<Tick> last = List.of();
    for (Step step : STEPS) {
      List<Tick> ticks = new ArrayList<>();
      double previousX = Double.NaN;
      double previousHalf = 0;
      boolean fits = true;
      for (LocalDate day : days(from, to, step)) {
        boolean withYear =
            ticks.isEmpty() || ticks.get(ticks.size() - 1).day().getYear() != day.getYear();
        String label = label(step, day, withYear);
        double x = ChronoUnit.DAYS.between(from, day) * pixelsPerDay;
        double half = labelWidth.applyAsDouble(label) / 2;
        if (x - half < -overhang || x + half > width + overhang) {
          continue;
        }
        if (!Double.isNaN(previousX)
            && x - previousX < previousHalf + half + MIN_SPACE_BETWEEN_LABELS) {
          fits = false;
          break;
        }
        ticks.add(new Tick(day, label));
        previousX = x;
        previousHalf = half;
      }
      last = ticks;
      if (fits) {
        return List.copyOf(ticks);
      }
    }
    return List.copyOf(last);
  }

  /** Every day of {@code step} in [from, to]. */
  static List<LocalDate> days(LocalDate from, LocalDate to, Step step) {
    List<LocalDate> days = new ArrayList<>();
    switch (step.unit()) {
      case DAY -> {
        LocalDate day;
        if (step.count() >= 7) {
          // Mondays; for two weeks, the Mondays an even number of weeks after 5 January 1970
          day = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
          long weeks = ChronoUnit.WEEKS.between(LocalDate.of(1970, 1, 5), day);
          day = day.plusWeeks(Math.floorMod(-weeks, step.count() / 7));
        } else {
          day = from.plusDays(Math.floorMod(-from.toEpochDay(), step.count()));
        }
        for (; !day.isAfter(to); day = day.plusDays(step.count())) {
          days.add(day);
        }
      }
      case MONTH -> {
        LocalDate day = from.withDayOfMonth(1);
        if (day.isBefore(from)) {
          day = day.plusMonths(1);
        }
        day = day.plusMonths(Math.floorMod(-(day.getMonthValue() - 1), step.count()));
        for (; !day.isAfter(to); day = day.plusMonths(step.count())) {
          days.add(day);
        }
      }
      case YEAR -> {
        int first = from.getDayOfYear() == 1 ? from.getYear() : from.getYear() + 1;
        first = Math.floorDiv(first + step.count() - 1, step.count()) * step.count();
        for (int year = first; year <= to.getYear(); year += step.count()) {
          days.add(LocalDate.of(year, 1, 1));
        }
      }
    }
    return days;
  }

  /** The label of a tick; {@code withYear} for the first tick and the first of a new year. */
  static String label(Step step, LocalDate day, boolean withYear) {
    return switch (step.unit()) {
      case YEAR -> Integer.toString(day.getYear());
      case MONTH -> (withYear ? MONTH_YEAR : MONTH).format(day);
      case DAY -> (withYear ? DAY_YEAR : DAY).format(day);
    };
  }

  /**
   * The days the axis runs over: from the first to the last day of the data (a day either side of a
   * single day). The axis does not run on to the end of the year; XChart's plot leaves 4% of its
   * width on either side of them, so a dot on the first or last day is drawn whole.
   */
  static LocalDate[] extent(LocalDate first, LocalDate last) {
    if (first.equals(last)) {
      return new LocalDate[] {first.minusDays(1), last.plusDays(1)};
    }
    return new LocalDate[] {first, last};
  }

  /** The height the axis needs under the plot. */
  static int height(Graphics2D g) {
    return TICK_LENGTH + LABEL_GAP + g.getFontMetrics(ChartStyle.TICK_FONT).getHeight();
  }

  /**
   * Paints tick marks and labels under the plot and returns the ticks drawn.
   *
   * @param plot the plot area in screen coordinates
   * @param toScreenX maps a date (milliseconds since 1970 UTC) to a screen x
   * @param boxes receives the box of each label
   */
  static List<Tick> paint(
      Graphics2D g,
      Rectangle2D plot,
      LocalDate from,
      LocalDate to,
      DoubleUnaryOperator toScreenX,
      LayoutBoxes boxes) {
    // XChart leaves a margin between the plot's edges and the ends of the data
    double start = toScreenX.applyAsDouble(Dates.toMillis(from));
    double end = toScreenX.applyAsDouble(Dates.toMillis(to));
    List<Tick> ticks =
        ticks(
            from,
            to,
            end - start,
            start - plot.getMinX() + EDGE_OVERHANG,
            label -> TextBlock.width(g, label, ChartStyle.TICK_FONT));
    int ascent = g.getFontMetrics(ChartStyle.TICK_FONT).getAscent();
    int lineHeight = g.getFontMetrics(ChartStyle.TICK_FONT).getHeight();
    double top = plot.getMaxY() + TICK_LENGTH + LABEL_GAP;
    g.setStroke(new BasicStroke(1f));
    g.setColor(ChartStyle.GRID.darker());
    g.draw(new Line2D.Double(plot.getMinX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY()));
    for (Tick tick : ticks) {
      double x = toScreenX.applyAsDouble(Dates.toMillis(tick.day()));
      g.setColor(ChartStyle.GRID.darker());
      g.draw(new Line2D.Double(x, plot.getMaxY(), x, plot.getMaxY() + TICK_LENGTH));
      double width = TextBlock.width(g, tick.label(), ChartStyle.TICK_FONT);
      g.setColor(ChartStyle.SOFT_TEXT);
      TextBlock.fill(g, tick.label(), ChartStyle.TICK_FONT, x - width / 2, top + ascent);
      boxes.add(
          LayoutBoxes.Kind.TEXT,
          "x tick " + tick.label(),
          g,
          new Rectangle2D.Double(x - width / 2, top, width, lineHeight));
    }
    return ticks;
  }
}
