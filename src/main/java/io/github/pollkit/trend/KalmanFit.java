package io.github.pollkit.trend;

import java.util.Locale;

/**
 * A Kalman poll average from {@link KalmanSmoother}: on every day of the grid from the first to the
 * last poll day, the retrospective (smoothed) estimate from all polls and the real-time (filtered)
 * estimate — what one knew that day from the polls up to and including it — each as a normal band
 * estimate ∓ z<sub>(1+confidence)/2</sub> × standard error; plus the variances and log-likelihood
 * of the model and the polls it used.
 *
 * <pre>{@code
 * KalmanFit fit = KalmanSmoother.builder().build().smooth(day, share, n);
 * fit.smoothed().at(LocalDate.of(2024, 1, 1));   // estimate, se, 95% band
 * fit.processVariance();                         // q, points² per day
 * }</pre>
 *
 * @param smoothed the smoothed level per day with its band, in points (or lead points)
 * @param filtered the filtered level per day with its band, on the same grid at the same level
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
public record KalmanFit(
    TrendBand smoothed,
    TrendBand filtered,
    double processVariance,
    boolean processVarianceEstimated,
    double nonSamplingVariance,
    boolean nonSamplingVarianceEstimated,
    double logLikelihood,
    int pollsUsed,
    int pollsWithMedianSampleSize) {

  /**
   * Reads as a person would say it, for example {@code Kalman average 2021-01-01 to 2024-07-24
   * (1,301 days): 6,000 polls (12 given the median n); latest 45.2 (95% band 43.1 to 47.3); q =
   * 0.0123 points²/day (ML), τ² = 1.23 points² (ML), log-likelihood -12,345.6}.
   */
  @Override
  public String toString() {
    int last = smoothed.size() - 1;
    TrendBand.Point latest = smoothed.at(smoothed.dates().get(last));
    return String.format(
        Locale.ROOT,
        "Kalman average %s to %s (%,d %s): %,d %s (%,d given the median n);"
            + " latest %.1f (%s%% band %.1f to %.1f); q = %.4g points²/day (%s),"
            + " τ² = %.4g points² (%s), log-likelihood %,.1f",
        smoothed.dates().get(0),
        latest.date(),
        smoothed.size(),
        smoothed.size() == 1 ? "day" : "days",
        pollsUsed,
        pollsUsed == 1 ? "poll" : "polls",
        pollsWithMedianSampleSize,
        latest.estimate(),
        TrendFormat.percent(smoothed.confidence()),
        latest.lower(),
        latest.upper(),
        processVariance,
        processVarianceEstimated ? "ML" : "given",
        nonSamplingVariance,
        nonSamplingVarianceEstimated ? "ML" : "given",
        logLikelihood);
  }
}
