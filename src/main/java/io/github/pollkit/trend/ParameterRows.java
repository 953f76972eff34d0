package io.github.pollkit.trend;

import java.time.LocalDate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The rows of the variances of each option of a joint average, one per option and estimation:
 * {@code option}, {@code polls}, {@code q}, {@code tau2}, {@code house_variance}, {@code
 * log_likelihood} (NaN for an option left out), after a {@code date} column when dated. Rows of
 * {@link JointAverageFit#parameters()} (undated) and {@link
 * JointRealTimeAverage#reestimationTable()} (dated).
 */
final class ParameterRows {
  private final DateColumn date; // null: undated
  private final StringColumn option = StringColumn.create("option");
  private final IntColumn polls = IntColumn.create("polls");
  private final DoubleColumn q = DoubleColumn.create("q");
  private final DoubleColumn tau2 = DoubleColumn.create("tau2");
  private final DoubleColumn house = DoubleColumn.create("house_variance");
  private final DoubleColumn ll = DoubleColumn.create("log_likelihood");

  ParameterRows(boolean dated) {
    this.date = dated ? DateColumn.create("date") : null;
  }

  /**
   * Adds one row per option: its polls up to {@code epoch}, its variances where active and the
   * log-likelihood of its estimate where there is one.
   */
  void add(
      LocalDate day,
      String[] options,
      OptionModels om,
      int epoch,
      JointModel.Params params,
      HouseEffectEstimator.Estimate[] estimates) {
    for (int o = 0; o < options.length; o++) {
      if (date != null) {
        date.append(day);
      }
      option.append(options[o]);
      polls.append(om.pollsUpTo(o, epoch));
      boolean on = params.active()[o];
      q.append(on ? params.q()[o] : Double.NaN);
      tau2.append(on ? params.tau2()[o] : Double.NaN);
      house.append(on ? params.houseVariance()[o] : Double.NaN);
      ll.append(on && estimates[o] != null ? estimates[o].logLikelihood() : Double.NaN);
    }
  }

  Table table(String name) {
    return date == null
        ? Table.create(name, option, polls, q, tau2, house, ll)
        : Table.create(name, date, option, polls, q, tau2, house, ll);
  }
}
