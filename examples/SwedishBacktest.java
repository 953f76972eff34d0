import io.github.pollkit.JointAverage;
import io.github.pollkit.PollSet;
import io.github.pollkit.model.ElectionResult;
import io.github.pollkit.trend.JointEstimate;
import io.github.pollkit.trend.JointPollAverage;
import io.github.pollkit.trend.JointPolls;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The backtest of {@code VALIDATION.md}: for each Swedish election 2002–2018, every party's
 * election-eve estimate of the joint real-time poll average minus the official result, and the mean
 * absolute error over the parties, beside the naive mean of the final week's polls ({@link
 * SwedishPolls#naiveMean}), without and with election anchoring.
 *
 * <p>Rules, the same for every election and fixed before looking at any score:
 *
 * <ul>
 *   <li>polls: every poll whose fieldwork ended after the 1998 election and before election day,
 *       placed at its field end (a poll dated only by its publication month at the month's last
 *       day, the first day by which it had surely ended); one window from 1998 on for every
 *       election, because anchoring needs polls around the earlier elections;
 *   <li>average: {@link JointPollAverage} with its defaults (house effects per pollster and party,
 *       variances by maximum likelihood from the polls known on election eve), {@link
 *       JointPollAverage#eve}: the real-time estimate on the day before the election;
 *   <li>anchoring: by every earlier election of {@code elections.csv} ({@code eve} leaves out the
 *       election itself and later ones), or by none.
 * </ul>
 */
final class SwedishBacktest {
  private SwedishBacktest() {}

  /**
   * The 1998 general election (20 September 1998, Valmyndigheten): polls count from the day after
   * it. Its result is not in {@code elections.csv}, so it anchors nothing.
   */
  static final LocalDate ELECTION_1998 = LocalDate.of(1998, 9, 20);

  /**
   * One election's scores.
   *
   * @param election the election
   * @param polls the polls the average used
   * @param average party to election-eve estimate of the average
   * @param fallbacks the parties asked in fewer polls than the average needs ({@value
   *     JointPollAverage#MINIMUM_POLLS}), given the naive mean instead (SD in 2006: 5 polls, all in
   *     the final week)
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
   * joint polls of the eight parties placed at their field end ({@link JointAverage#polls}: a party
   * not asked is NaN; a missing sample size stays missing and gets a median in the model)}
   *
   * @param polls every poll
   * @param after the day after which polls count
   * @param before the day before which polls count
   */
  static JointPolls jointPolls(PollSet polls, LocalDate after, LocalDate before) {
    PollSet window =
        polls.where(
            p ->
                p.fieldEnd() != null
                    && p.fieldEnd().isAfter(after)
                    && p.fieldEnd().isBefore(before));
    return JointAverage.polls(window, SwedishPolls.PARTIES.toArray(new String[0]));
  }

  /**
   * {@return the summary as a Markdown table: per election the number of polls, the naive mean's
   * and each average's mean absolute error over the parties, and their means over the elections}
   *
   * @param averages name to the scores of each average, all for the same elections
   */
  static String summary(Map<String, List<Score>> averages) {
    List<Score> first = averages.values().iterator().next();
    StringBuilder b = new StringBuilder("| election | final-week polls | naive mean |");
    StringBuilder rule = new StringBuilder("|---|---:|---:|");
    for (String name : averages.keySet()) {
      b.append(' ').append(name).append(" |");
      rule.append("---:|");
    }
    b.append('\n').append(rule).append('\n');
    double[] sums = new double[averages.size() + 1];
    for (int i = 0; i < first.size(); i++) {
      Score s = first.get(i);
      sums[0] += s.naiveError();
      b.append("| ").append(s.election().date().getYear()).append(" | ").append(s.naivePolls());
      b.append(String.format(Locale.ROOT, " | %.2f |", s.naiveError()));
      int j = 1;
      for (List<Score> scores : averages.values()) {
        double e = scores.get(i).averageError();
        sums[j++] += e;
        b.append(String.format(Locale.ROOT, " %.2f |", e));
      }
      b.append('\n');
    }
    b.append("| mean of the elections | |");
    for (double sum : sums) {
      b.append(String.format(Locale.ROOT, " %.2f |", sum / first.size()));
    }
    return b.append('\n').toString();
  }

  /**
   * {@return one average's election-eve errors as a Markdown table: per election every party's
   * estimate minus the result, then each party's mean absolute error over the elections}
   *
   * @param scores the scores
   * @param naive whether to show the naive mean's errors instead of the average's
   */
  static String partyErrors(List<Score> scores, boolean naive) {
    StringBuilder b = new StringBuilder("| election | polls |");
    for (String party : SwedishPolls.PARTIES) {
      b.append(' ').append(party).append(" |");
    }
    b.append(" MAE |\n|---|---:|");
    SwedishPolls.PARTIES.forEach(p -> b.append("---:|"));
    b.append("---:|\n");
    Map<String, double[]> perParty = new LinkedHashMap<>(); // sum of |error|, count
    for (Score s : scores) {
      Map<String, Double> estimate = naive ? s.naive() : s.average();
      b.append("| ")
          .append(s.election().date().getYear())
          .append(" | ")
          .append(naive ? s.naivePolls() : s.polls())
          .append(" |");
      for (String party : SwedishPolls.PARTIES) {
        Double e = estimate.get(party);
        if (e == null) {
          b.append(" – |");
          continue;
        }
        double error = e - s.election().share(party);
        double[] acc = perParty.computeIfAbsent(party, p -> new double[2]);
        acc[0] += Math.abs(error);
        acc[1]++;
        b.append(String.format(Locale.ROOT, " %+.2f", error))
            .append(!naive && s.fallbacks().contains(party) ? "¹ |" : " |");
      }
      double mae = naive ? s.naiveError() : s.averageError();
      b.append(String.format(Locale.ROOT, " %.2f |\n", mae));
    }
    b.append("| mean absolute error | |");
    for (String party : SwedishPolls.PARTIES) {
      double[] acc = perParty.get(party);
      b.append(acc == null ? " – |" : String.format(Locale.ROOT, " %.2f |", acc[0] / acc[1]));
    }
    return b.append(" |\n").toString();
  }
}
