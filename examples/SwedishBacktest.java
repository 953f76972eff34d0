import io.github.pollkit.PollSet;
import io.github.pollkit.SmoothedTrend;
import io.github.pollkit.Smoother;
import io.github.pollkit.Smoothers;
import io.github.pollkit.Smoothing;
import io.github.pollkit.model.DatePlacement;
import io.github.pollkit.model.ElectionResult;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.Share;
import io.github.pollkit.trend.JointEstimate;
import io.github.pollkit.trend.JointPollAverage;
import io.github.pollkit.trend.JointPolls;
import io.github.pollkit.trend.PollAverage;
import io.github.pollkit.trend.TrendBand;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The backtest of {@code VALIDATION.md}: for each Swedish election 2002–2018, every party's
 * real-time poll average on election eve minus the official result, and the mean absolute error
 * over the parties, beside the naive mean of the final week's polls ({@link
 * SwedishPolls#naiveMean}).
 *
 * <p>Rules, the same for every election and fixed before looking at any score:
 *
 * <ul>
 *   <li>polls: the polls of the electoral cycle, those whose fieldwork ended after the previous
 *       general election (four years earlier) and before election day; polls are placed at their
 *       field end, as the real-time average requires; polls without field dates (none in these
 *       cycles) have no place;
 *   <li>average: pollkit's honest real-time average with house effects ({@link
 *       Smoothers#averageRealTime()}, its default settings: variances and house effects by maximum
 *       likelihood from the polls known on each weekly re-estimation day), one party at a time;
 *   <li>election eve: the estimate on the day before election day, or, when the last poll ended
 *       earlier, on the last day with an estimate (the level is a random walk, so its forecast for
 *       later days is that value).
 * </ul>
 */
final class SwedishBacktest {
  private SwedishBacktest() {}

  /** Sweden's general elections before 2002 that start the first cycle (third Sunday of Sept). */
  static final LocalDate ELECTION_1998 = LocalDate.of(1998, 9, 20);

  /**
   * One election's scores.
   *
   * @param election the election
   * @param polls the polls of its cycle
   * @param average party to election-eve estimate of the average
   * @param fallbacks the parties asked in fewer polls of the cycle than the average needs ({@value
   *     PollAverage#MINIMUM_POLLS}), given the naive mean instead (SD in 2006: 5 polls, all in the
   *     final week)
   * @param naive party to the naive benchmark
   * @param naivePolls the number of polls in the naive window
   */
  record Score(
      ElectionResult election,
      int polls,
      Map<String, Double> average,
      List<String> fallbacks,
      Map<String, Double> naive,
      int naivePolls) {

    /** {@return the average's mean absolute error over the parties} */
    double averageError() {
      return SwedishPolls.meanAbsoluteError(average, election.shares());
    }

    /** {@return the naive benchmark's mean absolute error over the parties it has} */
    double naiveError() {
      return SwedishPolls.meanAbsoluteError(naive, election.shares());
    }
  }

  /**
   * Runs the backtest.
   *
   * @param polls every poll of the file
   * @param elections the elections to predict, in date order
   * @param smoother the real-time smoother
   * @return one score per election
   */
  static List<Score> run(PollSet polls, List<ElectionResult> elections, Smoother smoother) {
    List<Score> scores = new ArrayList<>();
    LocalDate previous = ELECTION_1998;
    for (ElectionResult election : elections) {
      LocalDate day = election.date();
      LocalDate cycleStart = previous;
      PollSet cycle =
          polls
              .where(
                  p ->
                      p.fieldEnd() != null
                          && p.fieldEnd().isAfter(cycleStart)
                          && p.fieldEnd().isBefore(day))
              .placedAt(DatePlacement.END);
      Map<String, Double> naive = SwedishPolls.naiveMean(polls, day);
      Map<String, Double> eve = new LinkedHashMap<>();
      List<String> fallbacks = new ArrayList<>();
      for (String party : SwedishPolls.PARTIES) {
        if (!cycle.options().contains(party)) {
          continue; // SD was not asked in any poll of the 1998-2002 cycle
        }
        PollSet asked = cycle.reporting(party).option(party);
        if (asked.size() < PollAverage.MINIMUM_POLLS) {
          eve.put(party, naive.get(party));
          fallbacks.add(party);
          continue;
        }
        Smoothing smoothing = asked.smooth(smoother);
        eve.put(party, eveEstimate(smoothing.get(party), day));
      }
      scores.add(
          new Score(
              election,
              cycle.size(),
              eve,
              List.copyOf(fallbacks),
              naive,
              SwedishPolls.naiveCount(polls, day)));
      previous = day;
    }
    return List.copyOf(scores);
  }

  /**
   * Runs the backtest of the joint average ({@link JointPollAverage#eve}): for each election, the
   * joint real-time estimate of the eight parties on its eve from the polls that ended after the
   * 1998 election and before election day (the polls must span the earlier elections for those to
   * anchor the house effects, so every election gets the same long window, not its cycle), with the
   * variances estimated by maximum likelihood from those polls; anchored by the earlier elections
   * of {@code elections} or by none. A party asked in fewer than {@value
   * JointPollAverage#MINIMUM_POLLS} of the polls has no estimate and is given the naive mean.
   *
   * @param polls every poll of the file
   * @param elections the elections to predict, in date order
   * @param average the joint average's settings
   * @param anchored whether earlier elections anchor the house effects
   * @return one score per election
   */
  static List<Score> runJoint(
      PollSet polls, List<ElectionResult> elections, JointPollAverage average, boolean anchored) {
    List<Score> scores = new ArrayList<>();
    for (ElectionResult election : elections) {
      LocalDate day = election.date();
      JointPolls joint = jointPolls(polls, ELECTION_1998, day);
      JointEstimate eve = average.eve(joint, anchored ? elections : List.of(), day);
      Map<String, Double> naive = SwedishPolls.naiveMean(polls, day);
      Map<String, Double> estimate = new LinkedHashMap<>();
      List<String> fallbacks = new ArrayList<>();
      for (String party : SwedishPolls.PARTIES) {
        double e = eve.estimate(party);
        if (!Double.isNaN(e)) {
          estimate.put(party, e);
        } else if (naive.containsKey(party)) {
          estimate.put(party, naive.get(party));
          fallbacks.add(party);
        }
      }
      scores.add(
          new Score(
              election,
              joint.size(),
              estimate,
              List.copyOf(fallbacks),
              naive,
              SwedishPolls.naiveCount(polls, day)));
    }
    return List.copyOf(scores);
  }

  /**
   * {@return the polls whose fieldwork ended after {@code after} and before {@code before}, as
   * joint polls of the eight parties placed at their field end (a party not asked is NaN; a missing
   * sample size stays missing and gets the median in the model)}
   *
   * @param polls every poll
   * @param after the day after which polls count
   * @param before the day before which polls count
   */
  static JointPolls jointPolls(PollSet polls, LocalDate after, LocalDate before) {
    List<Poll> kept =
        polls.polls().stream()
            .filter(p -> p.fieldEnd() != null)
            .filter(p -> p.fieldEnd().isAfter(after) && p.fieldEnd().isBefore(before))
            .toList();
    int m = kept.size();
    int[] day = new int[m];
    double[][] share = new double[m][SwedishPolls.PARTIES.size()];
    double[] n = new double[m];
    String[] pollster = new String[m];
    for (int i = 0; i < m; i++) {
      Poll p = kept.get(i);
      day[i] = Math.toIntExact(p.fieldEnd().toEpochDay());
      for (int k = 0; k < SwedishPolls.PARTIES.size(); k++) {
        String party = SwedishPolls.PARTIES.get(k);
        share[i][k] = p.share(party).map(Share::value).orElse(Double.NaN);
      }
      n[i] = p.sampleSize();
      pollster[i] = p.pollster();
    }
    return JointPolls.of(SwedishPolls.PARTIES, day, share, n, pollster);
  }

  /** The estimate on the day before {@code electionDay}, or on the last day before it. */
  static double eveEstimate(SmoothedTrend trend, LocalDate electionDay) {
    TrendBand band = trend.band();
    List<LocalDate> dates = band.dates();
    double[] estimate = band.estimate();
    for (int i = dates.size() - 1; i >= 0; i--) {
      if (dates.get(i).isBefore(electionDay) && !Double.isNaN(estimate[i])) {
        return estimate[i];
      }
    }
    throw new IllegalStateException("no estimate before " + electionDay + " for " + trend.label());
  }

  /**
   * {@return the backtest as a Markdown table: per election the naive and the average's mean
   * absolute error, then every party's error (estimate − result)}
   *
   * @param scores the scores
   * @param averageName the average's name in the table
   */
  static String table(List<Score> scores, String averageName) {
    StringBuilder b = new StringBuilder();
    b.append("| election | polls | naive: polls | naive MAE | ")
        .append(averageName)
        .append(" MAE |");
    for (String party : SwedishPolls.PARTIES) {
      b.append(' ').append(party).append(" |");
    }
    b.append('\n').append("|---|---:|---:|---:|---:|");
    SwedishPolls.PARTIES.forEach(p -> b.append("---:|"));
    b.append('\n');
    double naiveSum = 0;
    double averageSum = 0;
    for (Score s : scores) {
      naiveSum += s.naiveError();
      averageSum += s.averageError();
      b.append("| ")
          .append(s.election().date())
          .append(" | ")
          .append(s.polls())
          .append(" | ")
          .append(s.naivePolls())
          .append(String.format(Locale.ROOT, " | %.2f | %.2f |", s.naiveError(), s.averageError()));
      for (String party : SwedishPolls.PARTIES) {
        Double e = s.average().get(party);
        b.append(
            e == null
                ? " – |"
                : String.format(Locale.ROOT, " %+.2f", e - s.election().shares().get(party))
                    + (s.fallbacks().contains(party) ? "¹ |" : " |"));
      }
      b.append('\n');
    }
    b.append(
        String.format(
            Locale.ROOT,
            "| mean | | | %.2f | %.2f |",
            naiveSum / scores.size(),
            averageSum / scores.size()));
    SwedishPolls.PARTIES.forEach(p -> b.append(" |"));
    b.append('\n');
    return b.toString();
  }
}
