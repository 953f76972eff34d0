import io.github.pollkit.PollLeadChart;
import io.github.pollkit.PollSet;
import io.github.pollkit.Polls;
import io.github.pollkit.Smoothers;
import io.github.pollkit.chart.HorizontalToplineChart;
import io.github.pollkit.chart.ToplineChart;
import io.github.pollkit.model.DatePlacement;
import io.github.pollkit.stats.Proportions;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The other chart kinds on the bundled Ukraine file {@code
 * data/ukraine-nato/ukraine-nato-membership.csv}: the lead of support over opposition in a NATO
 * referendum ({@code charts/ukraine-nato-lead.png}), and the topline of the June 2019 Rating Group
 * poll for IRI as horizontal bars with margins of error ({@code
 * charts/ukraine-nato-topline-2019.png}).
 *
 * <p>Run from the repository root: {@code mvn -q test-compile exec:java@ukraine-nato-charts}. An
 * argument names another output directory.
 */
public final class UkraineNatoChartsExample {

  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "charts");
    PollSet referendum =
        Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"))
            .excludingBase("would vote")
            .questionGroup("referendum")
            .placedAt(DatePlacement.MIDPOINT);

    // The lead: each poll's support minus opposition, and the poll average of the lead with its
    // 95% band; events as on the flagship chart (see UkraineNatoExample for their sources).
    PollLeadChart lead =
        referendum
            .leadChart("support", "oppose")
            .smooth(Smoothers.average())
            .event(LocalDate.of(2008, 4, 3), "Bucharest summit")
            .event(UkraineNatoExample.MAIDAN_AND_CRIMEA, "Maidan, Crimea")
            .event(UkraineNatoExample.FULL_SCALE_INVASION, "Full-scale invasion")
            .title(
                "Ukrainians who would vote to join NATO now outnumber those against by about 70 points")
            .caption(
                "Dots: each poll's share who would vote for NATO membership in a referendum minus"
                    + " the share who would vote against (shares of all respondents). Line: poll"
                    + " average of the lead with 95% band.")
            .source(
                "Rating, KIIS, Razumkov, DIF, IRI, SOCIS and others, row by row in data/ukraine-nato");
    System.out.println(lead);
    System.out.println(lead.lead());
    System.out.println("Wrote " + lead.savePng(out.resolve("ukraine-nato-lead.png")));

    // The topline of one poll; horizontal bars leave room for the answers written out.
    ToplineChart june2019 = referendum.toplineChart("rating-iri-2019-06");
    System.out.println(june2019 + ": " + june2019.frame().caption());
    System.out.printf(
        "June 2019: support 53%% ± %.1f, oppose 29%% ± %.1f (95%%, n = 2,400)%n",
        Proportions.marginOfError(53, 2400, 0.95), Proportions.marginOfError(29, 2400, 0.95));
    HorizontalToplineChart bars =
        june2019
            .title("If a referendum on joining NATO were held, how would you vote? (June 2019)")
            .source("Rating Group for the International Republican Institute (IRI)")
            .horizontal();
    System.out.println("Wrote " + bars.savePng(out.resolve("ukraine-nato-topline-2019.png")));
  }
}
