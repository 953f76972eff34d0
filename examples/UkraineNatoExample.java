import io.github.pollkit.LinearTrendResult;
import io.github.pollkit.PollSet;
import io.github.pollkit.Polls;
import io.github.pollkit.Smoother;
import io.github.pollkit.Smoothers;
import io.github.pollkit.Smoothing;
import io.github.pollkit.model.DatePlacement;
import io.github.pollkit.stats.Proportions;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The flagship example: Ukrainian public support for joining NATO, from the bundled, sourced poll
 * file {@code data/ukraine-nato/ukraine-nato-membership.csv}.
 *
 * <p>It keeps the polls that asked how people would vote in a referendum on NATO membership,
 * leaves out the four series that are shares of only "those who would vote", adds the published
 * range "20–25% in the 1990s and early 2000s", prints the linear trend of support per year and
 * the Kalman average, and draws the chart {@code charts/ukraine-nato-membership.png}.
 *
 * <p>Run from the repository root: {@code mvn -q test-compile exec:java@ukraine-nato}. An
 * argument names another output directory.
 */
public final class UkraineNatoExample {

  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "charts");

    PollSet polls = Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"));
    System.out.println(polls);

    // Comparable series: the referendum question, shares of all respondents, and the published
    // range; polls sit on the time axis at the middle of their fieldwork (month-only polls at
    // mid-month, the range at its centre).
    PollSet referendum = polls.excludingBase("would vote")
        .questionGroup("referendum", "summary")
        .placedAt(DatePlacement.MIDPOINT);
    System.out.println(referendum);

    LinearTrendResult trend = referendum.questionGroup("referendum").option("support").linearTrend();
    System.out.println("Linear trend of support: " + trend);

    Smoother kalman = Smoothers.kalman();
    Smoothing lines = referendum.option("support", "oppose").smooth(kalman);
    System.out.println(lines);
    System.out.println(lines.lead("support", "oppose"));

    // The June 2019 IRI/Rating poll: 53% for, 29% against, n = 2,400.
    System.out.printf("June 2019: the 24-point lead is ±%.1f points (95%%); the poll's own margin"
        + " is ±%.1f%n",
        Proportions.leadMargin(53, 29, 2400, 0.95), Proportions.maxMarginOfError(2400, 0.95));

    Path png = referendum.chart().options("support", "oppose").smooth(kalman)
        .event(LocalDate.of(2008, 4, 3), "Bucharest summit")
        .event(LocalDate.of(2014, 3, 18), "Crimea annexed")
        .event(LocalDate.of(2022, 2, 24), "Full-scale invasion")
        .title("Should Ukraine join NATO? How Ukrainians say they would vote in a referendum")
        .caption("Dots: polls asking how respondents would vote in a referendum on NATO membership"
            + " (shares of all respondents; polls reporting shares of only those who would vote"
            + " are left out). Box: 'no more than 20-25 percent' in the 1990s and early 2000s"
            + " (Pifer 2020). Lines: Kalman average with 95% band, wide where polls are few. Sources:"
            + " Rating, KIIS, Razumkov,"
            + " DIF, IRI, SOCIS and others, row by row in data/ukraine-nato.")
        .yRange(0, 100)
        .savePng(out.resolve("ukraine-nato-membership.png"));
    System.out.println("Wrote " + png);
  }
}
