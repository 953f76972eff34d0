import io.github.pollkit.PollSet;
import io.github.pollkit.Polls;
import io.github.pollkit.SmoothedTrend;
import io.github.pollkit.Smoother;
import io.github.pollkit.Smoothers;
import io.github.pollkit.Smoothing;
import io.github.pollkit.chart.TrendChart;
import io.github.pollkit.io.ReadOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads a poll file pollkit has never seen, FiveThirtyEight's Trump approval poll list
 * ({@code data/trump-approval/}), with a few read options, computes a real-time Kalman average of
 * approval and disapproval, and compares it day by day with the average 538 published.
 *
 * <p>538's model also adjusts each poll for its house effect and population; pollkit's average
 * uses the raw toplines, so the comparison shows how far a plain, honest average gets.
 *
 * <p>Run from the repository root: {@code mvn -q test-compile exec:java
 * -Dexec.mainClass=TrumpApprovalExample -Dexec.classpathScope=test}. An argument names another
 * output directory (default {@code charts}).
 */
public final class TrumpApprovalExample {

  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "charts");

    ReadOptions options = ReadOptions.builder()
        .datePattern("M/d/yyyy")
        .options("approve", "disapprove")
        .build();
    PollSet all = Polls.read(Path.of("data/trump-approval/approval_polllist.csv"), options)
        .where(p -> p.extras().get("subgroup").equals("All polls"));
    System.out.println(all);

    // Real time: each day's estimate uses only the polls that had ended by then, as 538's does.
    Smoother realTime = Smoothers.kalmanRealTime();
    Smoothing lines = all.smooth(realTime);
    System.out.println(lines);

    Map<LocalDate, double[]> published = publishedAverage("All polls");
    for (String option : lines.options()) {
      SmoothedTrend line = lines.get(option);
      int column = option.equals("approve") ? 0 : 1;
      double sum = 0;
      double max = 0;
      int days = 0;
      double[] estimate = line.band().estimate();
      for (int i = 0; i < line.band().dates().size(); i++) {
        double[] p = published.get(line.band().dates().get(i));
        if (p != null) {
          double d = Math.abs(estimate[i] - p[column]);
          sum += d;
          max = Math.max(max, d);
          days++;
        }
      }
      System.out.printf(Locale.ROOT,
          "%s: pollkit's real-time Kalman average is %.2f points from 538's on average"
              + " (at most %.2f) over %d days%n", option, sum / days, max, days);
    }

    // pollkit's chart of the polls and its lines, plus 538's published averages as two more lines.
    List<LocalDate> days = published.keySet().stream().sorted().toList();
    TrendChart chart = all.chart().smooth(realTime)
        .title("Trump job approval, all polls: pollkit's real-time Kalman average and 538's")
        .caption("Dots: " + all.size() + " polls in FiveThirtyEight's poll list (all polls, raw"
            + " toplines). pollkit: real-time Kalman average with 95% band. 538: its published"
            + " average, which also adjusts for house effects. Data: FiveThirtyEight (ABC News),"
            + " CC BY 4.0.")
        .yRange(20, 80)
        .trendChart()
        .line("538 approve", days, days.stream().mapToDouble(d -> published.get(d)[0]).toArray())
        .line("538 disapprove", days, days.stream().mapToDouble(d -> published.get(d)[1]).toArray());
    Path png = chart.savePng(out.resolve("trump-approval.png"));
    System.out.println("Wrote " + png);
  }

  /** 538's published average for one subgroup: model date → {approve, disapprove}. */
  static Map<LocalDate, double[]> publishedAverage(String subgroup) {
    Table topline = Table.read().usingOptions(
        CsvReadOptions.builder("data/trump-approval/approval_topline.csv")
            .columnTypes(name -> ColumnType.STRING).build());
    DateTimeFormatter us = DateTimeFormatter.ofPattern("M/d/yyyy");
    Map<LocalDate, double[]> byDay = new HashMap<>();
    for (Row r : topline) {
      if (r.getString("subgroup").equals(subgroup)) {
        byDay.put(LocalDate.parse(r.getString("modeldate"), us), new double[] {
            Double.parseDouble(r.getString("approve_estimate")),
            Double.parseDouble(r.getString("disapprove_estimate"))});
      }
    }
    return byDay;
  }
}
