package io.github.pollkit;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.model.ElectionResult;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.Share;
import io.github.pollkit.trend.JointAverageFit;
import io.github.pollkit.trend.JointEstimate;
import io.github.pollkit.trend.JointPollAverage;
import io.github.pollkit.trend.JointPolls;
import io.github.pollkit.trend.JointRealTimeAverage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The multi-party poll average of a {@link PollSet}: all options at once, with house effects per
 * pollster and option, election results as anchors, threshold and lead probabilities. A thin layer
 * over {@link JointPollAverage} (which states the model) with its default settings.
 *
 * <pre>{@code
 * PollSet polls = Polls.read(Path.of("polls.csv"));
 * List<ElectionResult> elections = Elections.read(Path.of("elections.csv"));
 * JointEstimate eve = JointAverage.eve(polls, elections, LocalDate.of(2018, 9, 9),
 *     "M", "L", "C", "KD", "S", "V", "MP", "SD");
 * eve.probabilityAtLeast("KD", 4);
 * }</pre>
 *
 * Each poll is placed at its field end (the first day it could be known), or at the set's {@link
 * PollSet#placement() placement} when it has none; undated polls and polls with none of the options
 * are left out (see {@link #polls}). A published range counts as its value (its midpoint unless a
 * point estimate was published with it).
 */
public final class JointAverage {
  private JointAverage() {}

  private static final JointPollAverage DEFAULT = JointPollAverage.builder().build();

  /**
   * The polls of a set as the joint average's input: for each dated poll with at least one of the
   * options, its day, its share of each option (NaN where it has none), its sample size and its
   * pollster.
   *
   * @param polls the polls
   * @param options the options, at least one, distinct
   * @return the polls, in the set's order
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no option is given or no poll has a date and an option
   */
  public static JointPolls polls(PollSet polls, String... options) {
    Checks.notNull(polls, "polls");
    Checks.notNull(options, "options");
    if (options.length == 0) {
      throw new IllegalArgumentException("options must name at least one option, was none");
    }
    List<Integer> day = new ArrayList<>();
    List<double[]> shares = new ArrayList<>();
    List<Double> n = new ArrayList<>();
    List<String> pollster = new ArrayList<>();
    for (Poll p : polls.polls()) {
      LocalDate placed = p.fieldEnd() != null ? p.fieldEnd() : p.date(polls.placement());
      if (placed == null) {
        continue;
      }
      double[] row = new double[options.length];
      boolean any = false;
      for (int o = 0; o < options.length; o++) {
        Optional<Share> s = p.share(options[o]);
        row[o] = s.isPresent() ? s.get().value() : Double.NaN;
        any |= s.isPresent();
      }
      if (!any) {
        continue;
      }
      day.add(Math.toIntExact(placed.toEpochDay()));
      shares.add(row);
      n.add(p.sampleSize());
      pollster.add(p.pollster().isBlank() ? Smoothers.NO_POLLSTER : p.pollster());
    }
    if (day.isEmpty()) {
      throw new IllegalArgumentException(
          "polls must hold a dated poll of one of " + List.of(options) + ", had none");
    }
    return JointPolls.of(
        List.of(options),
        day.stream().mapToInt(Integer::intValue).toArray(),
        shares.toArray(new double[0][]),
        n.stream().mapToDouble(Double::doubleValue).toArray(),
        pollster.toArray(new String[0]));
  }

  /**
   * The retrospective joint average, anchored by the elections held within the polls' span.
   *
   * @param polls the polls
   * @param elections election results (may be empty)
   * @param options the options
   * @return the fit
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #polls} does
   */
  public static JointAverageFit fit(
      PollSet polls, List<ElectionResult> elections, String... options) {
    return DEFAULT.fit(polls(polls, options), elections);
  }

  /**
   * The honest real-time joint average (weekly re-estimation), anchored by each election from its
   * day on.
   *
   * @param polls the polls
   * @param elections election results (may be empty)
   * @param options the options
   * @return the real-time average
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #polls} does
   */
  public static JointRealTimeAverage realTime(
      PollSet polls, List<ElectionResult> elections, String... options) {
    return DEFAULT.realTime(polls(polls, options), elections);
  }

  /**
   * The real-time joint estimate on the eve of an election, from the polls placed before it and
   * anchored only by earlier elections (see {@link JointPollAverage#eve}).
   *
   * @param polls the polls
   * @param elections election results; only those before {@code electionDay} are used
   * @param electionDay the day of the election
   * @param options the options
   * @return the estimate on the day before the election
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #polls} does, or if no poll precedes the election
   */
  public static JointEstimate eve(
      PollSet polls, List<ElectionResult> elections, LocalDate electionDay, String... options) {
    return DEFAULT.eve(polls(polls, options), elections, electionDay);
  }
}
