package io.github.pollkit.trend;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A Kalman poll average: for every day of the grid from the first to the last poll day, the
 * real-time (filtered) estimate — what one knew that day from the polls up to and including it —
 * and the retrospective (smoothed) estimate from all polls, each with its standard error, plus the
 * variances and log-likelihood of the model and the polls it used.
 *
 * <p>Arrays are copied on the way in and out, so a result is immutable. Bands are normal bands
 * estimate ± z<sub>(1+confidence)/2</sub> × standard error:
 *
 * <pre>{@code
 * KalmanResult r = KalmanSmoother.builder().build().smooth(day, share, n);
 * KalmanResult.Band band = r.smoothedBand(0.95);
 * double lastLow = band.lower()[r.days().length - 1];
 * }</pre>
 *
 * @param days the grid, in epoch days (days since 1970-01-01), one per day, ascending
 * @param filtered the filtered level per day, in points (or lead points)
 * @param filteredSe its standard error
 * @param smoothed the smoothed level per day
 * @param smoothedSe its standard error
 * @param processVariance q, the variance of the daily change of the level in points² per day; NaN
 *     when estimation was asked for and all polls fall on one day (q then plays no part)
 * @param processVarianceEstimated whether q was estimated by maximum likelihood
 * @param nonSamplingVariance τ², the extra variance of every poll in points²
 * @param nonSamplingVarianceEstimated whether τ² was estimated by maximum likelihood
 * @param logLikelihood the exact diffuse log-likelihood at these variances
 * @param pollsUsed the number of polls used (all polls given: none is left out)
 * @param pollsWithMedianSampleSize how many of them had no sample size and were given the median
 *     sample size of the others
 */
public record KalmanResult(
    int[] days,
    double[] filtered,
    double[] filteredSe,
    double[] smoothed,
    double[] smoothedSe,
    double processVariance,
    boolean processVarianceEstimated,
    double nonSamplingVariance,
    boolean nonSamplingVarianceEstimated,
    double logLikelihood,
    int pollsUsed,
    int pollsWithMedianSampleSize) {

  /**
   * A pointwise confidence band.
   *
   * @param confidence the confidence level, a fraction such as 0.95
   * @param lower the lower bound per day
   * @param upper the upper bound per day
   */
  public record Band(double confidence, double[] lower, double[] upper) {
    public Band {
      lower = lower.clone();
      upper = upper.clone();
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
    public boolean equals(Object o) {
      return o instanceof Band b
          && Double.compare(confidence, b.confidence) == 0
          && Arrays.equals(lower, b.lower)
          && Arrays.equals(upper, b.upper);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * Double.hashCode(confidence) + Arrays.hashCode(lower))
          + Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "Band[%.0f%%, %d days]", confidence * 100, lower.length);
    }
  }

  // copies the arrays and checks that they all have the length of days
  public KalmanResult {
    if (days == null
        || filtered == null
        || filteredSe == null
        || smoothed == null
        || smoothedSe == null) {
      throw new IllegalArgumentException(
          "days, filtered, filteredSe, smoothed and smoothedSe must not be null");
    }
    if (days.length == 0) {
      throw new IllegalArgumentException("days must hold at least one day, was empty");
    }
    days = days.clone();
    filtered = filtered.clone();
    filteredSe = filteredSe.clone();
    smoothed = smoothed.clone();
    smoothedSe = smoothedSe.clone();
    int length = days.length;
    if (filtered.length != length
        || filteredSe.length != length
        || smoothed.length != length
        || smoothedSe.length != length) {
      throw new IllegalArgumentException(
          "filtered, filteredSe, smoothed and smoothedSe must have the length of days ("
              + length
              + ")");
    }
  }

  /** The band around the filtered (real-time) estimate, for example {@code filteredBand(0.9)}. */
  public Band filteredBand(double confidence) {
    return band(confidence, filtered, filteredSe);
  }

  /** The band around the smoothed (retrospective) estimate, e.g. {@code smoothedBand(0.95)}. */
  public Band smoothedBand(double confidence) {
    return band(confidence, smoothed, smoothedSe);
  }

  private static Band band(double confidence, double[] estimate, double[] se) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
    double z =
        new NormalDistribution(null, 0, 1).inverseCumulativeProbability((1 + confidence) / 2);
    double[] lower = new double[estimate.length];
    double[] upper = new double[estimate.length];
    for (int t = 0; t < estimate.length; t++) {
      lower[t] = estimate[t] - z * se[t];
      upper[t] = estimate[t] + z * se[t];
    }
    return new Band(confidence, lower, upper);
  }

  @Override
  public int[] days() {
    return days.clone();
  }

  @Override
  public double[] filtered() {
    return filtered.clone();
  }

  @Override
  public double[] filteredSe() {
    return filteredSe.clone();
  }

  @Override
  public double[] smoothed() {
    return smoothed.clone();
  }

  @Override
  public double[] smoothedSe() {
    return smoothedSe.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KalmanResult r
        && Arrays.equals(days, r.days)
        && Arrays.equals(filtered, r.filtered)
        && Arrays.equals(filteredSe, r.filteredSe)
        && Arrays.equals(smoothed, r.smoothed)
        && Arrays.equals(smoothedSe, r.smoothedSe)
        && Double.compare(processVariance, r.processVariance) == 0
        && processVarianceEstimated == r.processVarianceEstimated
        && Double.compare(nonSamplingVariance, r.nonSamplingVariance) == 0
        && nonSamplingVarianceEstimated == r.nonSamplingVarianceEstimated
        && Double.compare(logLikelihood, r.logLikelihood) == 0
        && pollsUsed == r.pollsUsed
        && pollsWithMedianSampleSize == r.pollsWithMedianSampleSize;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(
        new Object[] {
          Arrays.hashCode(days),
          Arrays.hashCode(smoothed),
          Arrays.hashCode(filtered),
          processVariance,
          nonSamplingVariance,
          logLikelihood,
          pollsUsed
        });
  }

  /**
   * Reads as a person would say it, for example {@code Kalman average 2021-01-01 to 2024-07-24
   * (1,301 days): 6,000 polls (12 given the median n); latest 45.2 (95% band 43.1 to 47.3); q =
   * 0.0123 points²/day (ML), τ² = 1.23 points² (ML), log-likelihood -12,345.6}.
   */
  @Override
  public String toString() {
    int last = days.length - 1;
    Band band = smoothedBand(0.95);
    return String.format(
        Locale.ROOT,
        "Kalman average %s to %s (%,d %s): %,d %s (%,d given the median n);"
            + " latest %.1f (95%% band %.1f to %.1f); q = %.4g points²/day (%s),"
            + " τ² = %.4g points² (%s), log-likelihood %,.1f",
        LocalDate.ofEpochDay(days[0]),
        LocalDate.ofEpochDay(days[last]),
        days.length,
        days.length == 1 ? "day" : "days",
        pollsUsed,
        pollsUsed == 1 ? "poll" : "polls",
        pollsWithMedianSampleSize,
        smoothed[last],
        band.lower[last],
        band.upper[last],
        processVariance,
        processVarianceEstimated ? "ML" : "given",
        nonSamplingVariance,
        nonSamplingVarianceEstimated ? "ML" : "given",
        logLikelihood);
  }
}
