package io.github.pollkit.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The levels of all options of a {@link JointPollAverage} on every day of a grid, with their
 * covariance: the part that the retrospective {@link JointAverageFit} and the real-time {@link
 * JointRealTimeAverage} share. Arrays are copied out.
 */
abstract sealed class JointLevels permits JointAverageFit, JointRealTimeAverage {
  final int firstDay;
  final int days;
  final String[] options;
  final double[] mean; // day × k
  final double[] cov; // day × k × k
  final List<LocalDate> anchors;

  JointLevels(
      int firstDay, int days, String[] options, double[] mean, double[] cov, List<LocalDate> a) {
    this.firstDay = firstDay;
    this.days = days;
    this.options = options;
    this.mean = mean;
    this.cov = cov;
    this.anchors = List.copyOf(a);
  }

  /**
   * The days of the grid, from the first to the last poll or election.
   *
   * @return one date per day
   */
  public List<LocalDate> dates() {
    return TrendBand.dailyDates(firstDay, days);
  }

  /**
   * The options, in the order of the polls' share columns.
   *
   * @return the options
   */
  public List<String> options() {
    return List.of(options);
  }

  /**
   * The dates of the election results used as anchors (empty without anchoring).
   *
   * @return the dates, in date order
   */
  public List<LocalDate> anchors() {
    return anchors;
  }

  /**
   * The level of one option on each day of {@link #dates()}, NaN where it has none.
   *
   * @param option the option
   * @return one level per day, points
   * @throws NullPointerException if option is null
   * @throws IllegalArgumentException if the option is unknown
   */
  public double[] estimate(String option) {
    int o = indexOf(option);
    int k = options.length;
    double[] out = new double[days];
    for (int t = 0; t < days; t++) {
      out[t] = mean[t * k + o];
    }
    return out;
  }

  /**
   * The standard error of one option's level on each day, NaN where the level is.
   *
   * @param option the option
   * @return one standard error per day, points
   * @throws NullPointerException if option is null
   * @throws IllegalArgumentException if the option is unknown
   */
  public double[] standardError(String option) {
    int o = indexOf(option);
    int k = options.length;
    double[] out = new double[days];
    for (int t = 0; t < days; t++) {
      out[t] = Math.sqrt(cov[(t * k + o) * k + o]);
    }
    return out;
  }

  /**
   * One option's level as a band: estimate ± z × standard error, z the normal quantile of (1 +
   * confidence)/2.
   *
   * @param option the option
   * @param confidence the confidence level, in (0, 1), such as 0.95
   * @return the band over {@link #dates()}
   * @throws NullPointerException if option is null
   * @throws IllegalArgumentException if the option is unknown or the confidence is not in (0, 1)
   */
  public TrendBand band(String option, double confidence) {
    return TrendBand.normal(
        TrendBand.dailyGrid(firstDay, days), estimate(option), standardError(option), confidence);
  }

  /**
   * The others (100 minus the sum of the options' levels) on each day; NaN on a day where an option
   * has no level.
   *
   * @return one value per day, points
   */
  public double[] others() {
    int k = options.length;
    double[] out = new double[days];
    for (int t = 0; t < days; t++) {
      double sum = 0;
      for (int o = 0; o < k; o++) {
        sum += mean[t * k + o];
      }
      out[t] = 100 - sum;
    }
    return out;
  }

  /**
   * The joint estimate on one day: levels, covariance, leads, threshold probabilities.
   *
   * @param day a day of {@link #dates()}
   * @return the estimate
   * @throws NullPointerException if day is null
   * @throws IllegalArgumentException if the day is outside the grid
   */
  public JointEstimate on(LocalDate day) {
    Objects.requireNonNull(day, "day");
    long t = day.toEpochDay() - firstDay;
    if (t < 0 || t >= days) {
      throw new IllegalArgumentException(
          "day must be within " + firstDate() + " to " + lastDate() + ", was " + day);
    }
    int k = options.length;
    int i = (int) t;
    double[] m = new double[k];
    double[] c = new double[k * k];
    System.arraycopy(mean, i * k, m, 0, k);
    System.arraycopy(cov, i * k * k, c, 0, k * k);
    return new JointEstimate(day, options, m, c, anchors);
  }

  int indexOf(String option) {
    return JointPolls.indexOf(options, option);
  }

  LocalDate firstDate() {
    return LocalDate.ofEpochDay(firstDay);
  }

  LocalDate lastDate() {
    return LocalDate.ofEpochDay((long) firstDay + days - 1);
  }
}
