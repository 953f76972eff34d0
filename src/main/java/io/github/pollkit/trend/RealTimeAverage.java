package io.github.pollkit.trend;

import java.time.LocalDate;
import java.util.ArrayList;
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
 */
public final class RealTimeAverage {

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

  private final int firstDay;
  private final double[] estimate;
  private final double[] standardError;
  private final List<Reestimation> reestimations;

  RealTimeAverage(
      int firstDay, double[] estimate, double[] standardError, List<Reestimation> reestimations) {
    this.firstDay = firstDay;
    this.estimate = estimate;
    this.standardError = standardError;
    this.reestimations = List.copyOf(reestimations);
  }

  /**
   * The days of the grid, from the first to the last poll.
   *
   * @return one date per day
   */
  public List<LocalDate> dates() {
    List<LocalDate> out = new ArrayList<>(estimate.length);
    for (int t = 0; t < estimate.length; t++) {
      out.add(LocalDate.ofEpochDay((long) firstDay + t));
    }
    return List.copyOf(out);
  }

  /**
   * The real-time level on each day, in points; NaN before the first re-estimation and from a break
   * until the first poll after it.
   *
   * @return one estimate per day of {@link #dates()}
   */
  public double[] estimate() {
    return estimate.clone();
  }

  /**
   * The real-time level as a band: estimate ± z × standard error with z the normal quantile of (1 +
   * confidence)/2, on every day of {@link #dates()} (NaN where there is no estimate).
   *
   * @param confidence the confidence level, in (0, 1), such as 0.95
   * @return the band
   * @throws IllegalArgumentException if the confidence is not in (0, 1)
   */
  public TrendBand band(double confidence) {
    long[] days = new long[estimate.length];
    for (int t = 0; t < days.length; t++) {
      days[t] = (long) firstDay + t;
    }
    return TrendBand.normal(days, estimate, standardError, confidence);
  }

  /**
   * The standard error of the real-time level on each day (NaN where the estimate is).
   *
   * @return one standard error per day of {@link #dates()}
   */
  public double[] standardError() {
    return standardError.clone();
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
        LocalDate.ofEpochDay(firstDay),
        LocalDate.ofEpochDay((long) firstDay + estimate.length - 1),
        reestimations.size());
  }
}
