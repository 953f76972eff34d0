package io.github.pollkit.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The retrospective {@link JointPollAverage}: the smoothed levels of all options on every day from
 * the first to the last poll (or anchoring election), with their covariance, the house effects per
 * pollster and option, and the variances of each option. Immutable; arrays are copied out.
 *
 * <p>An option's level is NaN before its first poll (and for an option with fewer than {@value
 * JointPollAverage#MINIMUM_POLLS} polls). Without anchors the house effects of an option sum to
 * zero over its pollsters (each pollster once), as in {@link PollAverage}; with anchors they are
 * measured against the election results.
 */
public final class JointAverageFit extends JointLevels {

  /** House effects: one row per (pollster, option) with a house effect. */
  record Houses(String[] pollster, String[] option, double[] effect, double[] se, int[] polls) {}

  private final Houses houses;
  private final Table parameters;

  JointAverageFit(
      int firstDay,
      int days,
      String[] options,
      double[] mean,
      double[] cov,
      List<LocalDate> anchors,
      Houses houses,
      Table parameters) {
    super(firstDay, days, options, mean, cov, anchors);
    this.houses = houses;
    this.parameters = parameters;
  }

  /**
   * The house effect of one pollster for one option.
   *
   * @param pollster the pollster
   * @param option the option
   * @return the effect in points (positive: the pollster reads the option high)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the fit has no such house effect
   */
  public double houseEffect(String pollster, String option) {
    java.util.Objects.requireNonNull(pollster, "pollster");
    java.util.Objects.requireNonNull(option, "option");
    for (int j = 0; j < houses.pollster.length; j++) {
      if (houses.pollster[j].equals(pollster) && houses.option[j].equals(option)) {
        return houses.effect[j];
      }
    }
    throw new IllegalArgumentException(
        "pollster and option must have a house effect in this fit, were '"
            + pollster
            + "' and '"
            + option
            + "'");
  }

  /**
   * The house effects as a table: {@code pollster}, {@code option}, {@code effect} (points;
   * positive reads high), {@code se} (posterior standard error) and {@code polls}, in order of
   * first appearance.
   *
   * @return a new table
   */
  public Table houseEffects() {
    StringColumn p = StringColumn.create("pollster", houses.pollster);
    StringColumn o = StringColumn.create("option", houses.option);
    DoubleColumn e = DoubleColumn.create("effect", houses.effect);
    DoubleColumn s = DoubleColumn.create("se", houses.se);
    IntColumn n = IntColumn.create("polls", houses.polls);
    return Table.create("house effects", p, o, e, s, n);
  }

  /**
   * The variances of each option, estimated by maximum likelihood of its own series: {@code
   * option}, {@code polls}, {@code q} (points² per day), {@code tau2} (points²), {@code
   * house_variance} (points²) and {@code log_likelihood} (the option's marginal log-likelihood);
   * NaN for an option left out.
   *
   * @return a new table
   */
  public Table parameters() {
    return parameters.copy();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "JointAverageFit[%d options, %s to %s, %d house effects, %d anchors]",
        options.length,
        firstDate(),
        lastDate(),
        houses.effect.length,
        anchors.size());
  }
}
