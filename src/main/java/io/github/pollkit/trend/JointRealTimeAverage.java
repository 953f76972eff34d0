package io.github.pollkit.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * The honest real-time {@link JointPollAverage}: on each day from the first to the last poll, the
 * joint estimate one could make that day from the polls (and elections) known by then, with the
 * variances re-estimated weekly. Immutable; arrays are copied out.
 *
 * <p>An option's level is NaN before its first re-estimation with at least {@value
 * JointPollAverage#MINIMUM_POLLS} of its polls, and before its first poll.
 */
public final class JointRealTimeAverage extends JointLevels {
  private final Table reestimations;

  JointRealTimeAverage(
      int firstDay,
      int days,
      String[] options,
      double[] mean,
      double[] cov,
      List<LocalDate> anchors,
      Table reestimations) {
    super(firstDay, days, options, mean, cov, anchors);
    this.reestimations = reestimations;
  }

  /**
   * Every re-estimation as a table, one row per re-estimation day and option: {@code date}, {@code
   * option}, {@code polls} (of that option known that day), {@code q}, {@code tau2}, {@code
   * house_variance}, {@code log_likelihood}.
   *
   * @return a new table
   */
  public Table reestimationTable() {
    return reestimations.copy();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "JointRealTimeAverage[%d options, %s to %s, %d re-estimations]",
        options.length,
        firstDate(),
        lastDate(),
        reestimations.rowCount() / Math.max(1, options.length));
  }
}
