package io.github.pollkit.trend;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.stats.StandardNormal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A line over days with its pointwise confidence band: the one result shape of every trend engine
 * (linear trend, LOESS, rolling average, Kalman). For each day of a grid of strictly increasing
 * days (not necessarily consecutive) it holds the estimate, its standard error and the band's lower
 * and upper bounds at one confidence level. Arrays are copied in and out, so a band is immutable.
 *
 * <p>A day without an estimate (e.g. a rolling-average window with no poll) holds NaN; nothing is
 * filled in. The bounds are whatever the engine computed (usually estimate ∓ a quantile times the
 * standard error); the band does not check that they enclose the estimate, so that a caller may
 * clip them (e.g. to [0, 100]).
 *
 * <pre>{@code
 * TrendBand band = KalmanSmoother.builder().build().smooth(day, share, n).smoothed();
 * band.at(LocalDate.of(2024, 2, 19)); // Point[date=2024-02-19, estimate=77.2, ...]
 * band.table();                       // date, estimate, lower, upper, se
 * }</pre>
 */
public final class TrendBand {
  private final long[] epochDays;
  private final List<LocalDate> dates;
  private final double[] estimate;
  private final double[] standardError;
  private final double[] lower;
  private final double[] upper;
  private final double confidence;

  /**
   * The band on one day of the grid.
   *
   * @param date the day
   * @param estimate the estimate, NaN when there is none
   * @param standardError its standard error
   * @param lower the lower bound of the band
   * @param upper the upper bound of the band
   */
  public record Point(
      LocalDate date, double estimate, double standardError, double lower, double upper) {}

  private TrendBand(
      long[] epochDays,
      double[] estimate,
      double[] standardError,
      double[] lower,
      double[] upper,
      double confidence) {
    Checks.confidence(confidence);
    this.epochDays = Objects.requireNonNull(epochDays, "epochDays").clone();
    this.estimate = sameLength("estimate", estimate, epochDays.length);
    this.standardError = sameLength("standardError", standardError, epochDays.length);
    this.lower = sameLength("lower", lower, epochDays.length);
    this.upper = sameLength("upper", upper, epochDays.length);
    this.confidence = confidence;
    List<LocalDate> days = new ArrayList<>(epochDays.length);
    for (int i = 0; i < epochDays.length; i++) {
      if (i > 0 && epochDays[i] <= epochDays[i - 1]) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "epochDays must be strictly increasing, but epochDays[%d] = %d follows %d",
                i,
                epochDays[i],
                epochDays[i - 1]));
      }
      days.add(LocalDate.ofEpochDay(epochDays[i]));
    }
    this.dates = List.copyOf(days);
  }

  private static double[] sameLength(String name, double[] values, int length) {
    Objects.requireNonNull(values, name);
    Checks.sameLength(values, name, "epochDays", length);
    return values.clone();
  }

  /**
   * A band with bounds computed by the engine.
   *
   * @param epochDays the grid, {@code LocalDate.toEpochDay()} values, strictly increasing
   * @param estimate the estimate on each day (NaN where there is none)
   * @param standardError the standard error of the estimate on each day
   * @param lower the lower bound on each day
   * @param upper the upper bound on each day
   * @param confidence the confidence level of the band, in (0, 1)
   * @return the band
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException if an array's length differs from the grid's, the days are not
   *     strictly increasing or the confidence is not in (0, 1)
   */
  public static TrendBand of(
      long[] epochDays,
      double[] estimate,
      double[] standardError,
      double[] lower,
      double[] upper,
      double confidence) {
    return new TrendBand(epochDays, estimate, standardError, lower, upper, confidence);
  }

  /** A band estimate ∓ {@code quantile} × standard error, e.g. with a Student t quantile. */
  static TrendBand of(
      long[] epochDays, double[] estimate, double[] se, double quantile, double confidence) {
    Checks.sameLength(se, "standardError", "estimate", estimate.length);
    double[] lower = new double[estimate.length];
    double[] upper = new double[estimate.length];
    for (int i = 0; i < estimate.length; i++) {
      lower[i] = estimate[i] - quantile * se[i];
      upper[i] = estimate[i] + quantile * se[i];
    }
    return new TrendBand(epochDays, estimate, se, lower, upper, confidence);
  }

  /** The epoch days {@code firstDay, firstDay + 1, ...} of a daily grid of {@code length} days. */
  static long[] dailyGrid(int firstDay, int length) {
    long[] days = new long[length];
    for (int t = 0; t < length; t++) {
      days[t] = (long) firstDay + t;
    }
    return days;
  }

  /** The dates of {@link #dailyGrid(int, int)}, read-only. */
  static List<LocalDate> dailyDates(int firstDay, int length) {
    List<LocalDate> out = new ArrayList<>(length);
    for (long day : dailyGrid(firstDay, length)) {
      out.add(LocalDate.ofEpochDay(day));
    }
    return List.copyOf(out);
  }

  /** A normal band estimate ∓ z × standard error, z = Φ⁻¹((1 + confidence) / 2). */
  static TrendBand normal(long[] epochDays, double[] estimate, double[] se, double confidence) {
    return of(epochDays, estimate, se, StandardNormal.criticalValue(confidence), confidence);
  }

  /** {@return the days of the grid, strictly increasing (read-only)} */
  public List<LocalDate> dates() {
    return dates;
  }

  /** {@return a copy of the estimate on each day, NaN where there is none} */
  public double[] estimate() {
    return estimate.clone();
  }

  /** {@return a copy of the standard error of the estimate on each day} */
  public double[] standardError() {
    return standardError.clone();
  }

  /** {@return a copy of the lower bound of the band on each day} */
  public double[] lower() {
    return lower.clone();
  }

  /** {@return a copy of the upper bound of the band on each day} */
  public double[] upper() {
    return upper.clone();
  }

  /** {@return the confidence level of the band, a fraction in (0, 1) such as 0.95} */
  public double confidence() {
    return confidence;
  }

  /** {@return the number of days of the grid, the length of every array} */
  public int size() {
    return epochDays.length;
  }

  /**
   * The band on one day of the grid.
   *
   * @param day a day of the grid
   * @return its estimate, standard error and bounds
   * @throws NullPointerException if {@code day} is null
   * @throws IllegalArgumentException if {@code day} is not on the grid
   */
  public Point at(LocalDate day) {
    Objects.requireNonNull(day, "day");
    int i = Arrays.binarySearch(epochDays, day.toEpochDay());
    if (i < 0) {
      throw new IllegalArgumentException(
          "day "
              + day
              + " is not on the grid of this band ("
              + (size() == 0 ? "no days" : range())
              + ")");
    }
    return new Point(dates.get(i), estimate[i], standardError[i], lower[i], upper[i]);
  }

  private String range() {
    return String.format(
        Locale.ROOT,
        "%s to %s, %,d %s",
        dates.get(0),
        dates.get(size() - 1),
        size(),
        size() == 1 ? "day" : "days");
  }

  /**
   * {@return the band as a new table, one row per day: {@code date, estimate, lower, upper, se}}
   */
  public Table table() {
    return Table.create(
        "trend band",
        DateColumn.create("date", dates),
        DoubleColumn.create("estimate", estimate),
        DoubleColumn.create("lower", lower),
        DoubleColumn.create("upper", upper),
        DoubleColumn.create("se", standardError));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TrendBand b && Arrays.deepEquals(values(), b.values());
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(values());
  }

  /** What makes two bands equal (the dates follow from the epoch days). */
  private Object[] values() {
    return new Object[] {epochDays, estimate, standardError, lower, upper, confidence};
  }

  /** For example {@code "TrendBand[2006-01-01 to 2024-02-19, 6,619 days, 95% band]"}. */
  @Override
  public String toString() {
    return "TrendBand["
        + (size() == 0 ? "no days" : range())
        + ", "
        + TrendFormat.percent(confidence)
        + "% band]";
  }
}
