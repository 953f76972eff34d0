import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.PollSet;
import io.github.pollkit.chart.TrendChart;
import io.github.pollkit.model.ElectionResult;
import io.github.pollkit.trend.JointPollAverage;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The Swedish example's backtest rules and charts (default package: the example classes are there).
 * Expected values come from {@code data/swedish-polls/elections.csv} and from the rules stated in
 * {@code SwedishBacktest}, not from the example's output.
 */
class SwedishPollsExampleTest {
  static PollSet polls;
  static List<ElectionResult> elections;

  @BeforeAll
  static void read() {
    polls = SwedishPolls.polls(SwedishPolls.POLLS);
    elections = SwedishPolls.elections(SwedishPolls.ELECTIONS);
  }

  /**
   * Anchors come only from earlier elections: 2002 is the first election of the file, so its
   * anchored and unanchored eves are the same numbers, and later ones differ (the anchors move the
   * house effects). SD in 2006 (5 polls, fewer than the 10 the average needs) takes the naive mean,
   * and SD in 2002 (asked in no poll) has no estimate.
   */
  @Test
  void backtest_follows_its_rules() {
    JointPollAverage average = JointPollAverage.builder().build();
    List<ElectionResult> first2 = elections.subList(0, 2);
    List<SwedishBacktest.Score> plain = SwedishBacktest.runJoint(polls, first2, average, false);
    List<SwedishBacktest.Score> anchored = SwedishBacktest.runJoint(polls, first2, average, true);
    assertEquals(plain.get(0).average(), anchored.get(0).average());
    assertFalse(plain.get(1).average().equals(anchored.get(1).average()));
    assertFalse(plain.get(0).average().containsKey("SD"));
    assertEquals(List.of("SD"), plain.get(1).fallbacks());
    assertEquals(plain.get(1).naive().get("SD"), plain.get(1).average().get("SD"));
    // The naive column of the scores is the published benchmark (1.56 and 0.52).
    assertEquals(1.56, plain.get(0).naiveError(), 0.005);
    assertEquals(0.52, plain.get(1).naiveError(), 0.005);
    // Every estimate is a share, and the polls used all ended before election day.
    for (SwedishBacktest.Score s : plain) {
      s.average().values().forEach(v -> assertTrue(v > 0 && v < 100, "share " + v));
    }
    int before2002 =
        (int)
            polls.polls().stream()
                .filter(p -> p.fieldEnd() != null)
                .filter(
                    p ->
                        p.fieldEnd().isAfter(SwedishBacktest.ELECTION_1998)
                            && p.fieldEnd().isBefore(LocalDate.of(2002, 9, 15)))
                .count();
    assertEquals(before2002, plain.get(0).polls());
  }

  /** The election results are drawn where elections.csv puts them, in the parties' colours. */
  @Test
  void election_results_are_marked_at_their_day_and_share() {
    XYChart chart =
        TrendChart.create()
            .line("M", List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2019, 1, 1)), new double[2])
            .toXChart();
    SwedishPollsExample.withResults(chart, elections, LocalDate.of(2006, 1, 1));
    XYSeries m = chart.getSeriesMap().get("result M");
    // elections.csv: M 26.23 (2006), 30.06 (2010), 23.33 (2014), 19.84 (2018).
    assertEquals(List.of(26.23, 30.06, 23.33, 19.84), box(m.getYData()));
    assertEquals(
        Date.from(LocalDate.of(2006, 9, 17).atStartOfDay(ZoneOffset.UTC).toInstant()).getTime(),
        (long) m.getXData()[0]);
    assertEquals(SwedishPollsExample.PARTY_COLOURS.get("M"), m.getMarkerColor());
    assertFalse(m.isShowInLegend());
    assertEquals(
        8, chart.getSeriesMap().keySet().stream().filter(k -> k.startsWith("result ")).count());
  }

  /** The threshold line runs at 4 points across the chart's first to last day. */
  @Test
  void threshold_spans_the_chart() {
    LocalDate from = LocalDate.of(2022, 8, 17);
    LocalDate to = LocalDate.of(2026, 8, 16);
    XYChart chart =
        TrendChart.create().line("S", List.of(from, to), new double[] {30, 31}).toXChart();
    XYSeries line = SwedishPollsExample.withThreshold(chart).getSeriesMap().get("4% threshold");
    assertEquals(List.of(4.0, 4.0), box(line.getYData()));
    assertEquals(
        Date.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()).getTime(),
        (long) line.getXData()[0]);
    assertEquals(
        Date.from(to.atStartOfDay(ZoneOffset.UTC).toInstant()).getTime(),
        (long) line.getXData()[1]);
  }

  @Test
  void charts_are_written(@TempDir Path out) throws Exception {
    SwedishPollsExample.charts(polls, elections, out);
    for (String name : List.of("swedish-polls.png", "swedish-polls-recent.png")) {
      BufferedImage png = ImageIO.read(out.resolve(name).toFile());
      assertEquals(SwedishPollsExample.WIDTH, png.getWidth());
      assertEquals(SwedishPollsExample.HEIGHT, png.getHeight());
    }
    assertEquals(SwedishPolls.PARTIES, List.copyOf(SwedishPollsExample.PARTY_COLOURS.keySet()));
  }

  private static List<Double> box(double[] values) {
    return java.util.Arrays.stream(values).boxed().toList();
  }
}
