package io.github.pollkit.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The honest real-time {@link PollAverage}: on each day from the first to the last poll, what one
 * could know that day, and the parameters of every weekly re-estimation. Immutable; arrays are
 * copied out.
 *
 * <p>The {@link #estimate()} (and its standard error) is NaN before the first re-estimation and
 * from a break until the first poll after it.
 */
public final class RealTimeAverage extends DailyLevel {

  /**
   * One re-estimation of the variances, from the polls placed on or before its day.
   *
   * @param date the re-estimation day
   * @param polls the polls known that day
   * @param pollsters the pollsters among them
   * @param processVariance q, points² per day
   * @param nonSamplingVariance τ², points²
   * @param houseVariance σ<sub>h</sub>², points²
   * @param logLikelihood the maximised log-likelihood of those polls
   * @param evaluations likelihood evaluations used
   */
  public record Reestimation(
      LocalDate date,
      int polls,
      int pollsters,
      double processVariance,
      double nonSamplingVariance,
      double houseVariance,
      double logLikelihood,
      int evaluations) {}

  private final List<Reestimation> reestimations;

  RealTimeAverage(
      int firstDay, double[] estimate, double[] standardError, List<Reestimation> reestimations) {
    super(firstDay, estimate, standardError);
    this.reestimations = List.copyOf(reestimations);
  }

  /**
   * Every re-estimation, in date order.
   *
   * @return the re-estimations
   */
  public List<Reestimation> reestimations() {
    return reestimations;
  }

  /**
   * The re-estimations as a table: {@code date}, {@code polls}, {@code pollsters}, {@code q},
   * {@code tau2}, {@code house_variance}, {@code log_likelihood}, {@code evaluations}.
   *
   * @return a new table
   */
  public Table reestimationTable() {
    DateColumn date = DateColumn.create("date");
    IntColumn polls = IntColumn.create("polls");
    IntColumn pollsters = IntColumn.create("pollsters");
    DoubleColumn q = DoubleColumn.create("q");
    DoubleColumn tau2 = DoubleColumn.create("tau2");
    DoubleColumn house = DoubleColumn.create("house_variance");
    DoubleColumn ll = DoubleColumn.create("log_likelihood");
    IntColumn evaluations = IntColumn.create("evaluations");
    for (Reestimation r : reestimations) {
      date.append(r.date());
      polls.append(r.polls());
      pollsters.append(r.pollsters());
      q.append(r.processVariance());
      tau2.append(r.nonSamplingVariance());
      house.append(r.houseVariance());
      ll.append(r.logLikelihood());
      evaluations.append(r.evaluations());
    }
    return Table.create("re-estimations", date, polls, pollsters, q, tau2, house, ll, evaluations);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "RealTimeAverage[%s to %s, %d re-estimations]",
        firstDate(),
        lastDate(),
        reestimations.size());
  }
}
