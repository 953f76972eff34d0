package io.github.pollkit.trend;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The retrospective {@link PollAverage}: the smoothed level on every day from the first to the last
 * poll with its standard error, the house effects, and the fitted variances. Immutable; arrays are
 * copied out.
 *
 * <p>The {@link #estimate()} is the reading of the average pollster (see the centring rule of
 * {@link PollAverage}), NaN only in a stretch between two breaks without polls; its {@link
 * #standardError()} includes the uncertainty of the house effects.
 */
public final class PollAverageFit extends DailyLevel {

  /**
   * What the fit estimated and how.
   *
   * @param processVariance q, the variance of the level's daily change, points² per day (NaN when
   *     every poll falls on one day)
   * @param nonSamplingVariance τ², the extra variance of every poll, points²
   * @param houseVariance σ<sub>h</sub>², the variance of house effects across pollsters, points² (0
   *     without house effects)
   * @param logLikelihood the exact marginal (diffuse) log-likelihood at these variances
   * @param evaluations how many times the likelihood was evaluated to estimate them
   * @param polls the number of polls used (all polls given)
   * @param pollsters the number of pollsters with a house effect
   */
  public record Diagnostics(
      double processVariance,
      double nonSamplingVariance,
      double houseVariance,
      double logLikelihood,
      int evaluations,
      int polls,
      int pollsters) {}

  /** Named effects with standard errors and poll counts, in first-appearance order. */
  record Effects(String[] name, double[] effect, double[] se, int[] polls) {
    Table table(String title, String nameColumn, String effectColumn) {
      Integer[] order = new Integer[name.length];
      for (int j = 0; j < order.length; j++) {
        order[j] = j;
      }
      Arrays.sort(
          order, Comparator.<Integer>comparingInt(j -> -polls[j]).thenComparing(j -> name[j]));
      StringColumn names = StringColumn.create(nameColumn);
      DoubleColumn effects = DoubleColumn.create(effectColumn);
      DoubleColumn ses = DoubleColumn.create("se");
      IntColumn counts = IntColumn.create("polls");
      for (int j : order) {
        names.append(name[j]);
        effects.append(effect[j]);
        ses.append(se[j]);
        counts.append(polls[j]);
      }
      return Table.create(title, names, effects, ses, counts);
    }

    double of(String what, String key) {
      for (int j = 0; j < name.length; j++) {
        if (name[j].equals(key)) {
          return effect[j];
        }
      }
      throw new IllegalArgumentException(
          "name must be a " + what + " in this fit, was '" + key + "'");
    }
  }

  private final Effects houses;
  private final Effects groups;
  private final double[] adjusted;
  private final Diagnostics diagnostics;

  PollAverageFit(
      int firstDay,
      double[] estimate,
      double[] standardError,
      Effects houses,
      Effects groups,
      double[] adjusted,
      Diagnostics diagnostics) {
    super(firstDay, estimate, standardError);
    this.houses = houses;
    this.groups = groups;
    this.adjusted = adjusted;
    this.diagnostics = diagnostics;
  }

  /**
   * The house effect of one pollster.
   *
   * @param name the pollster
   * @return its effect in points (positive: it reads higher than the average pollster)
   * @throws IllegalArgumentException if the fit has no house effect for that pollster
   */
  public double houseEffect(String name) {
    return houses.of("pollster with a house effect", name);
  }

  /**
   * The house effects as a table: {@code pollster}, {@code effect} (points; positive reads high),
   * {@code se} (posterior standard error) and {@code polls}, most prolific pollster first (ties by
   * name). Empty without house effects. Effects sum to zero over pollsters, each counted once.
   *
   * @return a new table
   */
  public Table houseEffects() {
    return houses.table("house effects", "pollster", "effect");
  }

  /**
   * The offset of one group (population or mode).
   *
   * @param name the group
   * @return its offset in points
   * @throws IllegalArgumentException if the fit has no offset for that group
   */
  public double offset(String name) {
    return groups.of("group with an offset", name);
  }

  /**
   * The offsets of the groups (see {@link PollObservations#withGroups(String[])}) as a table:
   * {@code group}, {@code offset} (points), {@code se} and {@code polls}, biggest group first.
   * Empty when the polls have no groups. Offsets sum to zero over groups, each counted once.
   *
   * @return a new table
   */
  public Table offsets() {
    return groups.table("offsets", "group", "offset");
  }

  /**
   * Each poll's value with its pollster's house effect and its group's offset removed, in the order
   * the polls were given: what the poll would have read from the average pollster (and group), for
   * charts that draw adjusted polls beside the average.
   *
   * @return one value per poll
   */
  public double[] adjustedValues() {
    return adjusted.clone();
  }

  /**
   * The fitted variances, log-likelihood and counts.
   *
   * @return the diagnostics
   */
  public Diagnostics diagnostics() {
    return diagnostics;
  }

  @Override
  public String toString() {
    int last = estimate.length - 1;
    return String.format(
        Locale.ROOT,
        "PollAverageFit[%d polls, %d pollsters, %s to %s, last %.1f (se %.2f),"
            + " q = %.4g, τ² = %.4g, σh² = %.4g]",
        diagnostics.polls(),
        diagnostics.pollsters(),
        firstDate(),
        lastDate(),
        estimate[last],
        standardError[last],
        diagnostics.processVariance(),
        diagnostics.nonSamplingVariance(),
        diagnostics.houseVariance());
  }
}
