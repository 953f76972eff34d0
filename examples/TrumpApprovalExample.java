import io.github.pollkit.AccountedPolls;
import io.github.pollkit.PollSet;
import io.github.pollkit.SampleAccounting;
import io.github.pollkit.SmoothedTrend;
import io.github.pollkit.Smoothers;
import io.github.pollkit.Smoothing;
import io.github.pollkit.chart.TrendChart;
import io.github.pollkit.model.Poll;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * FiveThirtyEight's Trump approval poll list ({@code data/trump-approval/}), "All polls": the
 * real-time daily average of approval from the raw {@code approve} values (538's {@code weight},
 * {@code influence} and {@code adjusted_*} columns are not used), compared day by day with the
 * average 538 published.
 *
 * <p>Writes {@code trump-approval-average.csv} ({@code date,estimate,lower,upper}, one row for
 * every day of 538's topline, 95% band) and {@code trump-approval.png} (the polls, pollkit's
 * average and band, 538's line), and prints the score: the mean absolute difference from 538's
 * {@code approve_estimate} (see {@code VALIDATION.md} for every list and method).
 *
 * <p>Run from the repository root: {@code mvn -q test-compile exec:java@trump-approval}. An
 * argument names another output directory (default {@code charts}).
 */
public final class TrumpApprovalExample {

  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "charts");
    String list = "All polls";
    PollSet polls = ApprovalAverages.polls(list);
    System.out.println(polls);

    // Tracking polls and versions of one poll: each respondent counted once.
    AccountedPolls accounted = SampleAccounting.standard().apply(polls);
    System.out.println(accounted);
    System.out.println(accounted.report().first(8).printAll());

    // The real-time poll average: house effects estimated jointly with a daily random-walk level,
    // every variance re-estimated weekly from the polls known then, each poll known from its field
    // end; every respondent counted once.
    Smoothing lines = accounted.polls().smooth(Smoothers.averageRealTime());
    SmoothedTrend approve = lines.get("approve");
    System.out.println(approve);
    System.out.println(lines.houseEffects().sortDescendingOn("polls").first(8).printAll());

    String method = "poll average, house effects, each respondent once";
    Map<LocalDate, Double> published = ApprovalAverages.published(list);
    Map<LocalDate, ApprovalAverages.Day> average = ApprovalAverages.daily(approve);
    Map<LocalDate, ApprovalAverages.Day> fallback =
        ApprovalAverages.FOURTEEN_DAY_MEAN.average().apply(polls);
    Map<LocalDate, ApprovalAverages.Day> daily =
        ApprovalAverages.onPublishedDays(average, fallback, published);
    ApprovalAverages.Score score = ApprovalAverages.score(average, fallback, published);
    System.out.printf(
        Locale.ROOT,
        "%s: %.2f points from 538's approve_estimate on average (at most %.2f) over %d days"
            + "%s%n",
        method,
        score.meanAbsoluteDifference(),
        score.max(),
        score.days(),
        score.fallbackDays() == 0
            ? ""
            : ", " + score.fallbackDays() + " early days given the trailing 14-day mean");
    System.out.println(
        "Wrote " + ApprovalAverages.writeCsv(daily, out.resolve("trump-approval-average.csv")));

    List<LocalDate> pollDays = new ArrayList<>();
    double[] shares = new double[polls.size()];
    for (Poll p : polls.polls()) {
      shares[pollDays.size()] = p.shares().get("approve").value();
      pollDays.add(p.fieldEnd());
    }
    List<LocalDate> days = new ArrayList<>(daily.keySet());
    TrendChart chart =
        TrendChart.create()
            .title("Trump job approval, all polls: pollkit's real-time average and 538's")
            .yLabel("approve (%)")
            .caption(
                "Dots: "
                    + polls.size()
                    + " polls in FiveThirtyEight's list (all polls, raw approve, at field end)."
                    + " pollkit: "
                    + method
                    + ", 95% band; each day uses only polls ended by then. 538: its published"
                    + " average. Mean absolute difference "
                    + score
                    + " points. Data: FiveThirtyEight (ABC News), CC BY 4.0.")
            .yRange(20, 60)
            .points("approve (polls)", pollDays, shares)
            .line(
                "approve (pollkit)",
                days,
                days.stream().mapToDouble(d -> daily.get(d).estimate()).toArray(),
                days.stream().mapToDouble(d -> daily.get(d).lower()).toArray(),
                days.stream().mapToDouble(d -> daily.get(d).upper()).toArray())
            .line("approve (538)", days, days.stream().mapToDouble(published::get).toArray());
    System.out.println("Wrote " + chart.savePng(out.resolve("trump-approval.png")));
  }
}
