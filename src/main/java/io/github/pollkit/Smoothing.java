package io.github.pollkit;

import static java.util.Collections.nCopies;

import io.github.pollkit.trend.PollAverageFit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Smoothed lines for every option of a {@link PollSet}, and leads between options on demand.
 *
 * <pre>{@code
 * Smoothing s = polls.option("support", "oppose").smooth(Smoothers.kalman());
 * s.get("support");                 // the support line with its band
 * s.lead("support", "oppose");      // the net lead with its own band
 * }</pre>
 */
public final class Smoothing {
  private final PollSet polls;
  private final Smoother smoother;
  private final Map<String, SmoothedTrend> byOption;

  Smoothing(PollSet polls, Smoother smoother) {
    this.polls = polls;
    this.smoother = smoother;
    SmootherEngine engine = (SmootherEngine) smoother; // sealed: every smoother is one
    Map<String, SmoothedTrend> lines = new LinkedHashMap<>();
    for (String option : polls.options()) {
      lines.put(option, engine.smooth(Series.of(polls, option, engine.need())));
    }
    this.byOption = lines;
  }

  /** {@return the options smoothed, in order} */
  public List<String> options() {
    return List.copyOf(byOption.keySet());
  }

  /**
   * The line of one option.
   *
   * @param option one of {@link #options()}
   * @return its line with band and provenance
   * @throws IllegalArgumentException if the option was not smoothed
   */
  public SmoothedTrend get(String option) {
    SmoothedTrend t = byOption.get(option);
    if (t == null) {
      throw new IllegalArgumentException(
          "option '" + option + "' is not among the smoothed options " + options());
    }
    return t;
  }

  /**
   * The lead {@code a − b}, smoothed from the per-poll leads of the polls that report both (for a
   * Kalman smoother each poll's lead has the multinomial variance [pa + pb − (pa − pb)²]/n).
   *
   * @param a the first option
   * @param b the option subtracted
   * @return the lead's line with band and provenance
   * @throws IllegalArgumentException if an option was not smoothed
   */
  public SmoothedTrend lead(String a, String b) {
    get(a);
    get(b);
    SmootherEngine engine = (SmootherEngine) smoother; // sealed: every smoother is one
    return engine.smooth(Series.lead(polls, a, b, engine.need()));
  }

  /**
   * The house effects behind a poll average ({@link Smoothers#average()} or {@link
   * Smoothers#averageRealTime()}), estimated from all polls of each option: {@code option}, {@code
   * pollster}, {@code effect} (points; positive reads high), {@code se} and {@code polls}. Each
   * option's effects sum to zero over its pollsters, each pollster counted once (zero is the
   * average pollster).
   *
   * @return a new table
   * @throws IllegalStateException if the lines were not made by a poll average
   */
  public Table houseEffects() {
    ByAverage average = averageSmoother();
    Table out = null;
    for (String option : byOption.keySet()) {
      Table part = average.fit(Series.of(polls, option, average.need())).houseEffects();
      StringColumn name = StringColumn.create("option");
      for (int i = 0; i < part.rowCount(); i++) {
        name.append(option);
      }
      part.insertColumn(0, name);
      out = out == null ? part.setName("house effects (" + smoother + ")") : out.append(part);
    }
    return out;
  }

  /**
   * The retrospective fit behind one option's poll average ({@link Smoothers#average()} or {@link
   * Smoothers#averageRealTime()}), from all polls of the option: the smoothed level, the house
   * effects, each poll's value with its house effect removed ({@link
   * PollAverageFit#adjustedValues()}, in the order of the polls by date) and the fitted variances
   * ({@link PollAverageFit#diagnostics()}).
   *
   * @param option one of {@link #options()}
   * @return the fit
   * @throws IllegalArgumentException if the option was not smoothed
   * @throws IllegalStateException if the lines were not made by a poll average
   */
  public PollAverageFit averageFit(String option) {
    get(option);
    return averageSmoother().fit(Series.of(polls, option, averageSmoother().need()));
  }

  private ByAverage averageSmoother() {
    if (!(smoother instanceof ByAverage average)) {
      throw new IllegalStateException(
          "house effects are estimated only by Smoothers.average(...) or"
              + " Smoothers.averageRealTime(...), not by "
              + smoother);
    }
    return average;
  }

  /** {@return all lines in one long table: option, date, estimate, lower, upper} */
  public Table table() {
    Table out =
        Table.create(
            "smoothed (" + smoother + ")",
            StringColumn.create("option"),
            DateColumn.create("date"),
            DoubleColumn.create("estimate"),
            DoubleColumn.create("lower"),
            DoubleColumn.create("upper"));
    for (SmoothedTrend t : byOption.values()) {
      Table part = t.table();
      part.insertColumn(0, StringColumn.create("option", nCopies(part.rowCount(), t.label())));
      out.append(part);
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    byOption.values().forEach(t -> b.append(t).append('\n'));
    return b.toString().strip();
  }
}
