package io.github.pollkit.trend;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A rolling poll average day by day, from {@link RollingAverage}: the average with its interval as a
 * {@link TrendBand}, and per day the weighted standard deviation between polls, the number of polls
 * in the window and their effective number (Kish). A day with no poll in its window has NaN
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
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a list's length differs from the band's or {@code
   *     imputedSampleSizes} is negative
   */
  public RollingAverageFit {
    Objects.requireNonNull(band, "band");
    polls = perDay("polls", polls, band.size());
    effectiveN = perDay("effectiveN", effectiveN, band.size());
    standardDeviation = perDay("standardDeviation", standardDeviation, band.size());
    if (imputedSampleSizes < 0) {
      throw new IllegalArgumentException(
          "imputedSampleSizes must be >= 0, was " + imputedSampleSizes);
    }
  }

  private static <T> List<T> perDay(String name, List<T> values, int days) {
    Objects.requireNonNull(values, name);
    if (values.size() != days) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s must have one value per day of the band (%d), had %d",
              name,
              days,
              values.size()));
    }
    return List.copyOf(values);
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
