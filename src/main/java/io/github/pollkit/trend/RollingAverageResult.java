package io.github.pollkit.trend;

import java.util.Arrays;
import java.util.Locale;

/**
 * A rolling poll average day by day, from {@link RollingAverage}: the estimate with its interval,
 * the weighted standard deviation between polls, the number of polls in the window and their
 * effective number (Kish). A day with no poll in its window has NaN estimate, bounds and standard
 * deviation, 0 polls and effective number 0. Arrays are copied in and out.
 *
 * <pre>{@code
 * RollingAverageResult avg = RollingAverage.builder().windowDays(30).build().evaluate(polls);
 * for (int i = 0; i < avg.size(); i++) {
 *   if (avg.polls()[i] > 0) {
 *     System.out.println(LocalDate.ofEpochDay((long) avg.days()[i]) + " " + avg.estimate()[i]);
 *   }
 * }
 * }</pre>
 *
 * @param days the days evaluated (epoch days)
 * @param estimate the weighted mean share on each day, in points
 * @param lower the lower interval bound on each day
 * @param upper the upper interval bound on each day
 * @param standardDeviation the weighted standard deviation s_w of the shares in the window
 * @param polls the number of polls in the window
 * @param effectiveN the effective number of polls (Σw)²/Σw²
 * @param confidence the confidence level of the intervals, in (0, 1)
 * @param imputedSampleSizes how many polls had no sample size and were given {@code
 *     imputedSampleSize} (0 when sample sizes do not weigh)
 * @param imputedSampleSize the median reported sample size given to those polls; NaN when none
 */
public record RollingAverageResult(
    double[] days,
    double[] estimate,
    double[] lower,
    double[] upper,
    double[] standardDeviation,
    int[] polls,
    double[] effectiveN,
    double confidence,
    int imputedSampleSizes,
    double imputedSampleSize) {

  /** Copies the arrays and checks that each has one value per day. */
  public RollingAverageResult {
    Arguments.requireConfidence(confidence);
    days = Arguments.requireArray("days", days).clone();
    estimate = sameLength("estimate", estimate, days.length);
    lower = sameLength("lower", lower, days.length);
    upper = sameLength("upper", upper, days.length);
    standardDeviation = sameLength("standardDeviation", standardDeviation, days.length);
    effectiveN = sameLength("effectiveN", effectiveN, days.length);
    if (polls == null || polls.length != days.length) {
      throw new IllegalArgumentException(
          "polls must have the same length as days (" + days.length + ")");
    }
    polls = polls.clone();
    if (imputedSampleSizes < 0) {
      throw new IllegalArgumentException(
          "imputedSampleSizes must be >= 0, was " + imputedSampleSizes);
    }
  }

  private static double[] sameLength(String name, double[] values, int length) {
    Arguments.requireArray(name, values);
    Arguments.requireSameLength(name, values, "days", length);
    return values.clone();
  }

  /** The number of days. */
  public int size() {
    return days.length;
  }

  @Override
  public double[] days() {
    return days.clone();
  }

  @Override
  public double[] estimate() {
    return estimate.clone();
  }

  @Override
  public double[] lower() {
    return lower.clone();
  }

  @Override
  public double[] upper() {
    return upper.clone();
  }

  @Override
  public double[] standardDeviation() {
    return standardDeviation.clone();
  }

  @Override
  public int[] polls() {
    return polls.clone();
  }

  @Override
  public double[] effectiveN() {
    return effectiveN.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RollingAverageResult r
        && Arrays.equals(days, r.days)
        && Arrays.equals(estimate, r.estimate)
        && Arrays.equals(lower, r.lower)
        && Arrays.equals(upper, r.upper)
        && Arrays.equals(standardDeviation, r.standardDeviation)
        && Arrays.equals(polls, r.polls)
        && Arrays.equals(effectiveN, r.effectiveN)
        && Double.compare(confidence, r.confidence) == 0
        && imputedSampleSizes == r.imputedSampleSizes
        && Double.compare(imputedSampleSize, r.imputedSampleSize) == 0;
  }

  @Override
  public int hashCode() {
    int h = Arrays.hashCode(days);
    for (double[] a : new double[][] {estimate, lower, upper, standardDeviation, effectiveN}) {
      h = 31 * h + Arrays.hashCode(a);
    }
    h = 31 * h + Arrays.hashCode(polls);
    h = 31 * h + Double.hashCode(confidence);
    return 31 * h + imputedSampleSizes;
  }

  /**
   * For example {@code "RollingAverageResult[109 days, 36 without polls, 2 sample sizes imputed,
   * 95% intervals]"} (on one line).
   */
  @Override
  public String toString() {
    long empty = Arrays.stream(polls).filter(c -> c == 0).count();
    return String.format(
        Locale.ROOT,
        "RollingAverageResult[%d days, %d without polls, %d sample sizes imputed, %s%% intervals]",
        days.length,
        empty,
        imputedSampleSizes,
        TrendFormat.percent(confidence));
  }
}
