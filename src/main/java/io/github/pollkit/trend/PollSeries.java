package io.github.pollkit.trend;

import io.github.pollkit.internal.Checks;
import java.util.Arrays;
import java.util.Locale;

/**
 * The polls of one series as plain arrays, one entry per poll: the day that places the poll on the
 * time axis, its share, its sample size (NaN when not reported) and its pollster. Arrays are copied
 * in and out; the order of polls does not matter.
 *
 * <pre>{@code
 * PollSeries polls =
 *     PollSeries.of(new double[] {19000, 19010, 19025}, new double[] {76, 71, 83})
 *         .withSampleSizes(new double[] {1200, Double.NaN, 2000})
 *         .withPollsters(new String[] {"Rating Group", "KIIS", "Rating Group"});
 * }</pre>
 *
 * @param epochDays the day of each poll ({@code LocalDate.toEpochDay()}, fractions allowed)
 * @param share the share of each poll in percentage points, in [0, 100]
 * @param sampleSize the number of respondents of each poll, {@code > 0}, or NaN when not reported
 * @param pollster the pollster of each poll, never null ({@code ""} when unknown)
 */
public record PollSeries(
    double[] epochDays, double[] share, double[] sampleSize, String[] pollster) {

  /** Copies and checks the arrays: equal lengths, finite days, shares in [0, 100]. */
  public PollSeries {
    epochDays = Checks.notNull(epochDays, "epochDays").clone();
    share = Checks.notNull(share, "share").clone();
    sampleSize = Checks.notNull(sampleSize, "sampleSize").clone();
    pollster = Checks.notNull(pollster, "pollster").clone();
    int n = epochDays.length;
    Checks.sameLength(share, "share", "epochDays", n);
    Checks.sameLength(sampleSize, "sampleSize", "epochDays", n);
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
    }
  }

  /** Polls with days and shares only: no sample sizes (all NaN), no pollsters (all {@code ""}). */
  public static PollSeries of(double[] epochDays, double[] share) {
    int n = Checks.notNull(epochDays, "epochDays").length;
    double[] noSizes = new double[n];
    Arrays.fill(noSizes, Double.NaN);
    String[] noPollsters = new String[n];
    Arrays.fill(noPollsters, "");
    return new PollSeries(epochDays, share, noSizes, noPollsters);
  }

  /** The same polls with these sample sizes (NaN where not reported). */
  public PollSeries withSampleSizes(double[] sampleSize) {
    return new PollSeries(epochDays, share, sampleSize, pollster);
  }

  /** The same polls with these pollsters. */
  public PollSeries withPollsters(String[] pollster) {
    return new PollSeries(epochDays, share, sampleSize, pollster);
  }

  /** The number of polls. */
  public int size() {
    return epochDays.length;
  }

  @Override
  public double[] epochDays() {
    return epochDays.clone();
  }

  @Override
  public double[] share() {
    return share.clone();
  }

  @Override
  public double[] sampleSize() {
    return sampleSize.clone();
  }

  @Override
  public String[] pollster() {
    return pollster.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PollSeries p
        && Arrays.equals(epochDays, p.epochDays)
        && Arrays.equals(share, p.share)
        && Arrays.equals(sampleSize, p.sampleSize)
        && Arrays.equals(pollster, p.pollster);
  }

  @Override
  public int hashCode() {
    int h = Arrays.hashCode(epochDays);
    h = 31 * h + Arrays.hashCode(share);
    h = 31 * h + Arrays.hashCode(sampleSize);
    return 31 * h + Arrays.hashCode(pollster);
  }

  @Override
  public String toString() {
    long withSize = Arrays.stream(sampleSize).filter(v -> !Double.isNaN(v)).count();
    return String.format(
        Locale.ROOT, "PollSeries[%d polls, %d with sample size]", epochDays.length, withSize);
  }
}
