package io.github.pollkit.trend;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A rolling poll average day by day, from {@link RollingAverage}: the average with its interval as
 * a {@link TrendBand}, and per day the weighted standard deviation between polls, the number of
 * polls in the window and their effective number (Kish). A day with no poll in its window has NaN
 * estimate, standard error, bounds and standard deviation, 0 polls and effective number 0.
 *
 * <pre>{@code
 * RollingAverageFit avg = RollingAverage.builder().windowDays(30).build().evaluate(polls);
 * avg.band().at(LocalDate.of(2024, 1, 1));   // estimate, se = s_w / √n_eff, lower, upper
 * avg.polls().get(0);                        // polls in the first day's window
 * }</pre>
 *
 * @param band the weighted mean share on each day, with standard error s_w / √n_eff and the
 *     interval
 * @param polls the number of polls in each day's window
 * @param effectiveN the effective number of polls (Σw)²/Σw² on each day
 * @param standardDeviation the weighted standard deviation s_w of the shares in each day's window
 * @param imputedSampleSizes how many polls had no sample size and were given {@code
 *     imputedSampleSize} (0 when sample sizes do not weigh)
 * @param imputedSampleSize the median reported sample size given to those polls; NaN when none
 */
public record RollingAverageFit(
    TrendBand band,
    List<Integer> polls,
    List<Double> effectiveN,
    List<Double> standardDeviation,
    int imputedSampleSizes,
    double imputedSampleSize) {

  /**
   * Copies the lists and checks that each has one value per day of the band.
   *
   * @param band see the record description
   * @param polls see the record description
   * @param effectiveN see the record description
   * @param standardDeviation see the record description
   * @param imputedSampleSizes see the record description
   * @param imputedSampleSize see the record description
   */
  public RollingAverageFit {
    Objects.requireNonNull(band, "band");
    polls = List.copyOf(Objects.requireNonNull(polls, "polls"));
    effectiveN = List.copyOf(Objects.requireNonNull(effectiveN, "effectiveN"));
    standardDeviation = List.copyOf(Objects.requireNonNull(standardDeviation, "standardDeviation"));
    if (polls.size() != band.size()
        || effectiveN.size() != band.size()
        || standardDeviation.size() != band.size()) {
      throw new IllegalArgumentException(
          "polls, effectiveN and standardDeviation must have one value per day of the band ("
              + band.size()
              + "), had "
              + List.of(polls.size(), effectiveN.size(), standardDeviation.size()));
    }
    if (imputedSampleSizes < 0) {
      throw new IllegalArgumentException(
          "imputedSampleSizes must be >= 0, was " + imputedSampleSizes);
    }
  }

  /**
   * For example {@code "RollingAverageFit[109 days, 36 without polls, 2 sample sizes imputed, 95%
   * intervals]"}.
   */
  @Override
  public String toString() {
    long empty = polls.stream().filter(c -> c == 0).count();
    return String.format(
        Locale.ROOT,
        "RollingAverageFit[%d days, %d without polls, %d sample sizes imputed, %s%% intervals]",
        band.size(),
        empty,
        imputedSampleSizes,
        TrendFormat.percent(band.confidence()));
  }
}
