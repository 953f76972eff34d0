import io.github.pollkit.PollSet;
import io.github.pollkit.Polls;
import io.github.pollkit.chart.TrendChart;
import io.github.pollkit.model.Poll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws two real charts at the four sizes pollkit's layout is checked at (320 × 240, 640 × 400,
 * 1000 × 600, 1600 × 900), so that a person can look at each: the flagship Ukraine NATO chart of
 * {@link UkraineNatoExample}, and Trump approval from FiveThirtyEight's "All polls" list with
 * pollkit's real-time average as {@link TrumpApprovalExample} wrote it to {@code
 * charts/trump-approval-average.csv} and 538's published average.
 *
 * <p>Writes {@code sizes/ukraine-nato-<w>x<h>.png} and {@code sizes/trump-approval-<w>x<h>.png}
 * under the output directory. Run from the repository root: {@code mvn -q test-compile
 * exec:java@chart-sizes}. An argument names another output directory (default {@code charts}).
 */
public final class ChartSizesExample {

  /** The sizes the layout tests check, as {width, height}. */
  static final int[][] SIZES = {{320, 240}, {640, 400}, {1000, 600}, {1600, 900}};

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "charts").resolve("sizes");
    PollSet polls = Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"));
    var nato =
        UkraineNatoExample.chart(
            UkraineNatoExample.referendum(polls), UkraineNatoExample.averageWithBreaks());
    TrendChart approval = approval(Path.of("charts/trump-approval-average.csv"));
    for (int[] size : SIZES) {
      String suffix = size[0] + "x" + size[1] + ".png";
      System.out.println(
          "Wrote " + nato.size(size[0], size[1]).savePng(out.resolve("ukraine-nato-" + suffix)));
      System.out.println(
          "Wrote "
              + approval.size(size[0], size[1]).savePng(out.resolve("trump-approval-" + suffix)));
    }
  }

  /** Trump approval: the polls, pollkit's average and band from {@code averageCsv}, 538's line. */
  static TrendChart approval(Path averageCsv) {
    String list = "All polls";
    PollSet polls = ApprovalAverages.polls(list);
    List<LocalDate> pollDays = new ArrayList<>();
    double[] shares = new double[polls.size()];
    for (Poll p : polls.polls()) {
      shares[pollDays.size()] = p.shares().get("approve").value();
      pollDays.add(p.fieldEnd());
    }
    List<String> rows;
    try {
      rows = Files.readAllLines(averageCsv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<LocalDate> days = new ArrayList<>();
    int n = rows.size() - 1;
    double[] estimate = new double[n];
    double[] lower = new double[n];
    double[] upper = new double[n];
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      estimate[days.size()] = Double.parseDouble(f[1]);
      lower[days.size()] = Double.parseDouble(f[2]);
      upper[days.size()] = Double.parseDouble(f[3]);
      days.add(LocalDate.parse(f[0]));
    }
    Map<LocalDate, Double> published = ApprovalAverages.published(list);
    return TrendChart.create()
        .title("Trump job approval, all polls: pollkit's real-time average and 538's")
        .yLabel("approve (%)")
        .caption(
            "Dots: "
                + polls.size()
                + " polls in FiveThirtyEight's list (all polls, raw approve, at field end)."
                + " pollkit: real-time poll average with house effects, 95% band. 538: its"
                + " published average.")
        .source("FiveThirtyEight (ABC News), CC BY 4.0")
        .yRange(20, 60)
        .points("approve (polls)", pollDays, shares)
        .line("approve (pollkit)", days, estimate, lower, upper)
        .line("approve (538)", days, days.stream().mapToDouble(published::get).toArray());
  }
}
