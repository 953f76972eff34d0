package io.github.pollkit.trend;

import java.time.LocalDate;
import java.util.List;

/**
 * A level estimated on every day from the first to the last poll, with its standard error: the part
 * that the retrospective {@link PollAverageFit} and the real-time {@link RealTimeAverage} share.
 * Arrays are copied out.
 */
abstract sealed class DailyLevel permits PollAverageFit, RealTimeAverage {

  /** The first day of the grid, in epoch days. */
  final int firstDay;

  /** The level on each day of the grid. */
  final double[] estimate;

  /** The standard error of the level on each day. */
  final double[] standardError;

  DailyLevel(int firstDay, double[] estimate, double[] standardError) {
    this.firstDay = firstDay;
    this.estimate = estimate;
    this.standardError = standardError;
  }

  /**
   * The days of the grid, from the first to the last poll.
   *
   * @return one date per day
   */
  public List<LocalDate> dates() {
    return TrendBand.dailyDates(firstDay, estimate.length);
  }

  /**
   * The level on each day, in points; NaN where there is none (the class notes say where).
   *
   * @return one estimate per day of {@link #dates()}
   */
  public double[] estimate() {
    return estimate.clone();
  }

  /**
   * The standard error of the level on each day, NaN where the estimate is.
   *
   * @return one standard error per day of {@link #dates()}
   */
  public double[] standardError() {
    return standardError.clone();
  }

  /**
   * The level as a band: estimate ± z × standard error with z the normal quantile of (1 +
   * confidence)/2, on every day of {@link #dates()} (NaN where there is no estimate).
   *
   * @param confidence the confidence level, in (0, 1), such as 0.95
   * @return the band
   * @throws IllegalArgumentException if the confidence is not in (0, 1)
   */
  public TrendBand band(double confidence) {
    return TrendBand.normal(
        TrendBand.dailyGrid(firstDay, estimate.length), estimate, standardError, confidence);
  }

  /** The first day of the grid. */
  LocalDate firstDate() {
    return LocalDate.ofEpochDay(firstDay);
  }

  /** The last day of the grid. */
  LocalDate lastDate() {
    return LocalDate.ofEpochDay((long) firstDay + estimate.length - 1);
  }
}
