package io.github.pollkit.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A line over days with its pointwise confidence band: the one result shape of every trend engine
 * (linear trend, LOESS, rolling average, Kalman). For each day of a grid of strictly increasing
 * days (not necessarily consecutive) it holds the estimate, its standard error and the band's
 * lower and upper bounds at one confidence level. Arrays are copied in and out, so a band is
 * immutable.
 *
 * <p>A day without an estimate (e.g. a rolling-average window with no poll) holds NaN; nothing is
 * filled in. The bounds are whatever the engine computed (usually estimate ∓ a quantile times the
 * standard error; see {@link #of(long[], double[], double[], double, double)}); the band does not
 * check that they enclose the estimate, so that a caller may clip them (e.g. to [0, 100]).
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
    Arguments.requireConfidence(confidence);
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
                "epochDays must be strictly increasing, but day %d (%d) follows %d",
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
    Arguments.requireSameLength(name, values, "epochDays", length);
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
   * @throws IllegalArgumentException if an array's length differs from the grid's, the days are
   *     not strictly increasing or the confidence is not in (0, 1)
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

  /**
   * A band estimate ∓ {@code quantile} × standard error, e.g. with a Student t quantile.
   *
   * @param epochDays the grid, strictly increasing
   * @param estimate the estimate on each day
   * @param standardError the standard error on each day
   * @param quantile the quantile that multiplies the standard error, e.g. t(0.975, n − 2)
   * @param confidence the confidence level the quantile belongs to, in (0, 1)
   * @return the band
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException as {@link #of(long[], double[], double[], double[], double[],
   *     double)}
   */
  public static TrendBand of(
      long[] epochDays,
      double[] estimate,
      double[] standardError,
      double quantile,
      double confidence) {
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(standardError, "standardError");
    Arguments.requireSameLength("standardError", standardError, "estimate", estimate.length);
    double[] lower = new double[estimate.length];
    double[] upper = new double[estimate.length];
    for (int i = 0; i < estimate.length; i++) {
      lower[i] = estimate[i] - quantile * standardError[i];
      upper[i] = estimate[i] + quantile * standardError[i];
    }
    return new TrendBand(epochDays, estimate, standardError, lower, upper, confidence);
  }

  /**
   * A normal band estimate ∓ z × standard error, with z = Φ⁻¹((1 + confidence) / 2).
   *
   * @param epochDays the grid, strictly increasing
   * @param estimate the estimate on each day
   * @param standardError the standard error on each day
   * @param confidence the confidence level, in (0, 1)
   * @return the band
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException as {@link #of(long[], double[], double[], double[], double[],
   *     double)}
   */
  public static TrendBand normal(
      long[] epochDays, double[] estimate, double[] standardError, double confidence) {
    return of(epochDays, estimate, standardError, normalQuantile(confidence), confidence);
  }

  /** Φ⁻¹((1 + confidence) / 2), the z of a two-sided normal band; checks the confidence. */
  static double normalQuantile(double confidence) {
    Arguments.requireConfidence(confidence);
    return new NormalDistribution(null, 0, 1).inverseCumulativeProbability((1 + confidence) / 2);
  }

  /**
   * The days of the grid.
   *
   * @return the days, strictly increasing (read-only)
   */
  public List<LocalDate> dates() {
    return dates;
  }

  /**
   * The estimate on each day.
   *
   * @return a copy, NaN where there is no estimate
   */
  public double[] estimate() {
    return estimate.clone();
  }

  /**
   * The standard error of the estimate on each day.
   *
   * @return a copy
   */
  public double[] standardError() {
    return standardError.clone();
  }

  /**
   * The lower bound of the band on each day.
   *
   * @return a copy
   */
  public double[] lower() {
    return lower.clone();
  }

  /**
   * The upper bound of the band on each day.
   *
   * @return a copy
   */
  public double[] upper() {
    return upper.clone();
  }

  /**
   * The confidence level of the band.
   *
   * @return a fraction in (0, 1), e.g. 0.95
   */
  public double confidence() {
    return confidence;
  }

  /**
   * The number of days of the grid.
   *
   * @return the length of every array of this band
   */
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
   * The band as a table with one row per day.
   *
   * @return a new table with columns {@code date, estimate, lower, upper, se}
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
    return other instanceof TrendBand b
        && Arrays.equals(epochDays, b.epochDays)
        && Arrays.equals(estimate, b.estimate)
        && Arrays.equals(standardError, b.standardError)
        && Arrays.equals(lower, b.lower)
        && Arrays.equals(upper, b.upper)
        && Double.compare(confidence, b.confidence) == 0;
  }

  @Override
  public int hashCode() {
    int h = Double.hashCode(confidence);
    h = 31 * h + Arrays.hashCode(epochDays);
    for (double[] a : new double[][] {estimate, standardError, lower, upper}) {
      h = 31 * h + Arrays.hashCode(a);
    }
    return h;
  }

  /**
   * For example {@code "TrendBand[2006-01-01 to 2024-02-19, 6,619 days, 95% band; last 77.2
   * (72.7 to 81.6)]"}, the last day with an estimate.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("TrendBand[");
    if (size() == 0) {
      return s.append("no days, ").append(TrendFormat.percent(confidence)).append("% band]").toString();
    }
    s.append(range()).append(", ").append(TrendFormat.percent(confidence)).append("% band");
    for (int i = size() - 1; i >= 0; i--) {
      if (!Double.isNaN(estimate[i])) {
        s.append(
            String.format(
                Locale.ROOT,
                "; last %.1f (%.1f to %.1f) on %s",
                estimate[i],
                lower[i],
                upper[i],
                dates.get(i)));
        break;
      }
    }
    return s.append(']').toString();
  }
}
