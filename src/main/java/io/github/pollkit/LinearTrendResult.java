package io.github.pollkit;

import io.github.pollkit.trend.LinearTrendFit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A straight-line trend through one option's polls: the fit (slope in points per year of 365.25
 * days, its standard error and t interval), the polls used and those left out, and the period.
 *
 * <p>Prints as a person would say it: {@code +3.4 points/year (95% CI +2.8 to +4.0), 46 polls used,
 * 3 left out (no date), 2006–2024}.
 *
 * @param option the option
 * @param weighted true for weighted least squares with sample sizes as weights
 * @param fit the fitted line
 * @param pollsUsed polls that went into the fit
 * @param leftOut polls left out, with reasons
 * @param from the first poll's date
 * @param to the last poll's date
 */
public record LinearTrendResult(
    String option,
    boolean weighted,
    LinearTrendFit fit,
    int pollsUsed,
    List<Exclusion> leftOut,
    LocalDate from,
    LocalDate to) {

  /**
   * Copies the list of polls left out.
   *
   * @param option see the record description
   * @param weighted see the record description
   * @param fit see the record description
   * @param pollsUsed see the record description
   * @param leftOut see the record description
   * @param from see the record description
   * @param to see the record description
   */
  public LinearTrendResult {
    leftOut = List.copyOf(leftOut);
  }

  /**
   * The fitted line and its band from the first to the last poll, one row per day, with this
   * trend's provenance; estimate and bounds are clipped to [0, 100], as every option's line is (a
   * straight line can leave that range near the ends of a long span).
   *
   * @param confidence the confidence level of the band, in (0, 1)
   * @return the line
   * @throws IllegalArgumentException if the confidence is not in (0, 1), or the polls span more
   *     than {@value Smoothers#MAX_DAYS} days
   */
  public SmoothedTrend line(double confidence) {
    SmootherEngine.requireDays(option, from.toEpochDay(), to.toEpochDay());
    long[] days = from.datesUntil(to.plusDays(1)).mapToLong(LocalDate::toEpochDay).toArray();
    return new SmoothedTrend(
        option,
        weighted ? "linear trend (WLS)" : "linear trend",
        SmoothedTrend.mapped(
            fit.band(days, confidence), value -> Math.min(100, Math.max(0, value)), se -> se),
        pollsUsed,
        leftOut,
        "");
  }

  @Override
  public String toString() {
    var ci = fit.interval(0.95);
    return String.format(
        Locale.ROOT,
        "%+.1f points/year (95%% CI %+.1f to %+.1f), %d polls used, %s, %d–%d%s",
        fit.slopePerYear(),
        ci.lower(),
        ci.upper(),
        pollsUsed,
        Series.describeLeftOut(leftOut),
        from.getYear(),
        to.getYear(),
        weighted ? ", weighted by sample size" : "");
  }
}
