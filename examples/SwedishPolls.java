import io.github.pollkit.Elections;
import io.github.pollkit.PollSet;
import io.github.pollkit.Polls;
import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.ElectionResult;
import io.github.pollkit.model.Poll;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Swedish poll file {@code data/swedish-polls/Polls.csv} (SwedishPolls, 1967–2026) and the
 * official 2002–2018 election results {@code data/swedish-polls/elections.csv}, read as published
 * with pollkit's reader, and the naive benchmark the backtest is compared with.
 *
 * <p>How the file is read ({@link #READ_OPTIONS}):
 *
 * <ul>
 *   <li>answer options: the eight parliamentary parties {@link #PARTIES} and {@code FI}
 *       (Feministiskt initiativ, asked in a minority of polls); {@code NA} is "not asked / did not
 *       exist yet" and drops only that party of that poll;
 *   <li>{@code Uncertain} (undecided respondents) is not a party share (the party shares are shares
 *       of those with a party) and is kept as an extra text column, like {@code Company} (the
 *       firm's name at publication), {@code PublYearMonth}, {@code PublDate} and {@code
 *       approxPeriod};
 *   <li>pollster: {@code house}, the firm's latest name, so that a firm that was renamed or merged
 *       is one pollster for house effects;
 *   <li>fieldwork: {@code collectPeriodFrom} and {@code collectPeriodTo}; {@code approxPeriod}
 *       (field dates that are approximations) is kept as text; for the 338 polls with neither field
 *       date, the publication month {@code PublYearMonth} ({@code 1967-maj}, Swedish month
 *       abbreviations, or a quarter {@code 1997-K4}) stands for the fieldwork as a month (or
 *       quarter) span with that precision in {@code date_precision}, never an invented day ({@link
 *       ReadOptions#FIELD_DATES_IF_MISSING}); the two polls with only one field date keep it;
 *   <li>{@code n} is the sample size (missing for 157 polls: they stay missing, nothing is
 *       invented).
 * </ul>
 */
final class SwedishPolls {
  private SwedishPolls() {}

  /** The poll file, relative to the repository root. */
  static final Path POLLS = Path.of("data/swedish-polls/Polls.csv");

  /** The election results, relative to the repository root. */
  static final Path ELECTIONS = Path.of("data/swedish-polls/elections.csv");

  /** The eight parties in the Riksdag since 2010, in the file's (and the customary) order. */
  static final List<String> PARTIES = List.of("M", "L", "C", "KD", "S", "V", "MP", "SD");

  /** How {@code Polls.csv} is read; see the class description. */
  static final ReadOptions READ_OPTIONS =
      ReadOptions.builder()
          .options("M", "L", "C", "KD", "S", "V", "MP", "SD", "FI")
          .column("house", "pollster")
          .column("collectPeriodFrom", "field_start")
          .column("collectPeriodTo", "field_end")
          .column("PublYearMonth", ReadOptions.FIELD_DATES_IF_MISSING)
          .locale(Locale.forLanguageTag("sv"))
          .sourceName("SwedishPolls Polls.csv")
          .build();

  /** The length of the naive benchmark's window: the polls that ended in the final 7 days. */
  static final int NAIVE_WINDOW_DAYS = 7;

  /**
   * {@return the polls of {@code Polls.csv}, read strictly as published}
   *
   * @param file the poll file
   */
  static PollSet polls(Path file) {
    return Polls.read(file, READ_OPTIONS);
  }

  /**
   * {@return the elections of {@code elections.csv}, in date order}
   *
   * @param file the election file
   */
  static List<ElectionResult> elections(Path file) {
    return Elections.read(file);
  }

  /**
   * The naive benchmark: for each party, the plain mean of the polls whose fieldwork ended in the 7
   * days before election day ({@code day − 7} to {@code day − 1}, both included; a poll that ended
   * on election day is not in it), every poll counted once whatever its size or pollster; a party
   * not asked in a poll ({@code NA}) is left out of that poll only, and a party asked in none of
   * them has no estimate. With the polls of {@code Polls.csv} this gives the published benchmark
   * 1.56, 0.52, 0.75, 1.28 and 1.31 points (mean absolute error of the parties) for 2002–2018.
   *
   * @param polls the polls
   * @param electionDay election day
   * @return party to mean share, for the parties of {@link #PARTIES} asked in the window
   */
  static Map<String, Double> naiveMean(PollSet polls, LocalDate electionDay) {
    LocalDate first = electionDay.minusDays(NAIVE_WINDOW_DAYS);
    Map<String, Double> mean = new LinkedHashMap<>();
    for (String party : PARTIES) {
      double sum = 0;
      int count = 0;
      for (Poll poll : polls.polls()) {
        LocalDate end = poll.fieldEnd();
        if (end == null || end.isBefore(first) || !end.isBefore(electionDay)) {
          continue;
        }
        if (poll.share(party).isPresent()) {
          sum += poll.share(party).get().value();
          count++;
        }
      }
      if (count > 0) {
        mean.put(party, sum / count);
      }
    }
    return mean;
  }

  /**
   * {@return the number of polls in the naive benchmark's window}
   *
   * @param polls the polls
   * @param electionDay election day
   */
  static int naiveCount(PollSet polls, LocalDate electionDay) {
    LocalDate first = electionDay.minusDays(NAIVE_WINDOW_DAYS);
    return (int)
        polls.polls().stream()
            .filter(p -> p.fieldEnd() != null)
            .filter(p -> !p.fieldEnd().isBefore(first) && p.fieldEnd().isBefore(electionDay))
            .count();
  }

  /**
   * The mean absolute error of an estimate over the parties it has: Σ|estimate − result| / parties.
   *
   * @param estimate party to estimate
   * @param result party to result
   * @return the mean absolute error in points
   */
  static double meanAbsoluteError(Map<String, Double> estimate, Map<String, Double> result) {
    double sum = 0;
    for (Map.Entry<String, Double> e : estimate.entrySet()) {
      sum += Math.abs(e.getValue() - result.get(e.getKey()));
    }
    return sum / estimate.size();
  }
}
