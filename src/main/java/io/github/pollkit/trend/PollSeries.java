package io.github.pollkit.trend;

import io.github.pollkit.internal.Checks;
import java.util.Arrays;
import java.util.Locale;

/**
 * The polls of one series as plain arrays, one entry per poll: the day that places the poll on the
 * time axis, its share, its sample size (NaN when not reported), its pollster and its weight (1
 * unless given; see {@link RollingAverage}, "Weights"). Arrays are copied in and out; the order of
 * polls does not matter.
 *
 * <pre>{@code
 * PollSeries polls =
 *     PollSeries.of(new double[] {19000, 19010, 19025}, new double[] {76, 71, 83})
 *         .withSampleSizes(new double[] {1200, Double.NaN, 2000})
 *         .withPollsters(new String[] {"Rating Group", "KIIS", "Rating Group"})
 *         .withWeights(new double[] {1, 0.5, 2});
 * }</pre>
 *
 * @param epochDays the day of each poll ({@code LocalDate.toEpochDay()}, fractions allowed)
 * @param share the share of each poll in percentage points, in [0, 100]
 * @param sampleSize the number of respondents of each poll, {@code > 0}, or NaN when not reported
 * @param pollster the pollster of each poll, never null ({@code ""} when unknown)
 * @param weight the weight of each poll, finite and {@code > 0} (1 unless given)
 */
public record PollSeries(
    double[] epochDays, double[] share, double[] sampleSize, String[] pollster, double[] weight) {

  /**
   * Copies and checks the arrays: equal lengths, finite days, shares in [0, 100], sample sizes that
   * are &gt; 0 or NaN, no null pollster, weights finite and &gt; 0.
   *
   * @param epochDays the day of each poll ({@code LocalDate.toEpochDay()}, fractions allowed)
   * @param share the share of each poll in percentage points, in [0, 100]
   * @param sampleSize the number of respondents of each poll, {@code > 0}, or NaN when not reported
   * @param pollster the pollster of each poll ({@code ""} when unknown)
   * @param weight the weight of each poll, finite and {@code > 0}
   * @throws IllegalArgumentException if an array or a pollster is null, the lengths differ, a day
   *     is not finite, a share is not in [0, 100], a sample size is neither &gt; 0 nor NaN or a
   *     weight is not finite and &gt; 0
   */
  public PollSeries {
    epochDays = Checks.notNull(epochDays, "epochDays").clone();
    share = Checks.notNull(share, "share").clone();
    sampleSize = Checks.notNull(sampleSize, "sampleSize").clone();
    pollster = Checks.notNull(pollster, "pollster").clone();
    weight = Checks.notNull(weight, "weight").clone();
    int n = epochDays.length;
    Checks.sameLength(share, "share", "epochDays", n);
    Checks.sameLength(sampleSize, "sampleSize", "epochDays", n);
    Checks.sameLength(weight, "weight", "epochDays", n);
    if (pollster.length != n) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "pollster must have the same length as epochDays (%d), had %d",
              n,
              pollster.length));
    }
    Checks.allFinite(epochDays, "epochDays");
    Checks.allShares(share, "share");
    for (int i = 0; i < n; i++) {
      double size = sampleSize[i];
      if (!Double.isNaN(size) && !(size > 0 && size < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "sampleSize[%d] must be > 0 and finite, or NaN when not reported, was %s",
                i,
                size));
      }
      if (pollster[i] == null) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "pollster[%d] must not be null (use \"\" if unknown)", i));
      }
      if (!(weight[i] > 0 && weight[i] < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "weight[%d] must be finite and > 0, was %s", i, weight[i]));
      }
    }
  }

  /**
   * Polls of weight 1.
   *
   * @param epochDays the day of each poll ({@code LocalDate.toEpochDay()}, fractions allowed)
   * @param share the share of each poll in percentage points, in [0, 100]
   * @param sampleSize the number of respondents of each poll, {@code > 0}, or NaN when not reported
   * @param pollster the pollster of each poll ({@code ""} when unknown)
   * @throws IllegalArgumentException as the canonical constructor
   */
  public PollSeries(double[] epochDays, double[] share, double[] sampleSize, String[] pollster) {
    this(epochDays, share, sampleSize, pollster, ones(epochDays));
  }

  private static double[] ones(double[] epochDays) {
    double[] ones = new double[Checks.notNull(epochDays, "epochDays").length];
    Arrays.fill(ones, 1.0);
    return ones;
  }

  /**
   * Polls with days and shares only: no sample sizes (all NaN), no pollsters (all {@code ""}).
   *
   * @param epochDays the day of each poll ({@code LocalDate.toEpochDay()}, fractions allowed)
   * @param share the share of each poll in percentage points, in [0, 100]
   * @return the series, with sample sizes and pollsters to be added by {@link
   *     #withSampleSizes(double[])} and {@link #withPollsters(String[])}
   * @throws IllegalArgumentException as the constructor
   */
  public static PollSeries of(double[] epochDays, double[] share) {
    int n = Checks.notNull(epochDays, "epochDays").length;
    double[] noSizes = new double[n];
    Arrays.fill(noSizes, Double.NaN);
    String[] noPollsters = new String[n];
    Arrays.fill(noPollsters, "");
    return new PollSeries(epochDays, share, noSizes, noPollsters);
  }

  /**
   * The same polls with these sample sizes.
   *
   * @param sampleSize the number of respondents of each poll, {@code > 0}, or NaN when not reported
   * @return a new series; this one is unchanged
   * @throws IllegalArgumentException if the length differs or a size is neither &gt; 0 nor NaN
   */
  public PollSeries withSampleSizes(double[] sampleSize) {
    return new PollSeries(epochDays, share, sampleSize, pollster, weight);
  }

  /**
   * The same polls with these pollsters.
   *
   * @param pollster the pollster of each poll ({@code ""} when unknown)
   * @return a new series; this one is unchanged
   * @throws IllegalArgumentException if the array or a pollster is null or the length differs
   */
  public PollSeries withPollsters(String[] pollster) {
    return new PollSeries(epochDays, share, sampleSize, pollster, weight);
  }

  /**
   * The same polls with these weights (see {@link RollingAverage}, "Weights").
   *
   * @param weight the weight of each poll, finite and {@code > 0}
   * @return a new series; this one is unchanged
   * @throws IllegalArgumentException if the array is null, its length differs or a weight is not
   *     finite and &gt; 0
   */
  public PollSeries withWeights(double[] weight) {
    return new PollSeries(epochDays, share, sampleSize, pollster, weight);
  }

  /** {@return the number of polls, the length of every array} */
  public int size() {
    return epochDays.length;
  }

  /** {@return a copy of the day of each poll, in epoch days} */
  @Override
  public double[] epochDays() {
    return epochDays.clone();
  }

  /** {@return a copy of the share of each poll, in points} */
  @Override
  public double[] share() {
    return share.clone();
  }

  /** {@return a copy of the sample size of each poll, NaN where not reported} */
  @Override
  public double[] sampleSize() {
    return sampleSize.clone();
  }

  /** {@return a copy of the pollster of each poll, {@code ""} where unknown} */
  @Override
  public String[] pollster() {
    return pollster.clone();
  }

  /** {@return a copy of the weight of each poll, 1 unless given} */
  @Override
  public double[] weight() {
    return weight.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PollSeries p && Arrays.deepEquals(values(), p.values());
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(values());
  }

  private Object[] values() {
    return new Object[] {epochDays, share, sampleSize, pollster, weight};
  }

  @Override
  public String toString() {
    long withSize = Arrays.stream(sampleSize).filter(v -> !Double.isNaN(v)).count();
    return String.format(
        Locale.ROOT, "PollSeries[%d polls, %d with sample size]", epochDays.length, withSize);
  }
}
