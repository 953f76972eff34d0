package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.*;

import io.github.pollkit.model.DatePlacement;
import io.github.pollkit.testing.Reference;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Runs the flagship example (examples/UkraineNatoExample, default package, so through reflection)
 * and checks its chart against the source rows, read independently of pollkit's reader.
 */
class UkraineNatoExampleTest {

  @Test
  void example_prints_the_trend_and_writes_the_chart(@TempDir Path out) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      Class.forName("UkraineNatoExample")
          .getMethod("main", String[].class)
          .invoke(null, (Object) new String[] {out.toString()});
    } finally {
      System.setOut(original);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("Linear trend of support: +"), printed);
    assertTrue(printed.contains("points/year (95% CI"), printed);
    checkBreakReport(printed);
    BufferedImage png = ImageIO.read(out.resolve("ukraine-nato-membership.png").toFile());
    assertEquals(1000, png.getWidth());
    assertEquals(600, png.getHeight());
  }

  /**
   * The report on the breaks: the two longest stretches without a poll of support are those of the
   * data file (the published range, placed at 2000-01-01, to the Sofia poll of 9–17 September 2006;
   * FOM-Ukraine's poll of 16–25 April 2008 to DIF/Razumkov's of 30 March–4 April 2012, each at its
   * field midpoint). Hand derivation of the band there: in a random walk with drift variance q, the
   * level in the middle of L days between two polls has a variance of at least q·L/4 (a Brownian
   * bridge at its middle), plus a little from the polls' own error at the ends; so the 95% band is
   * at least 2 × 1.96 × √(q·L/4) wide, and only slightly more. Declaring the breaks lowers q (the
   * two jumps no longer count as ordinary movement) and so the band, but only by the square root of
   * the change.
   */
  private static void checkBreakReport(String printed) {
    java.util.regex.Matcher q =
        java.util.regex.Pattern.compile(
                "Drift variance q of support: ([0-9.]+) points²/day with one variance for all"
                    + " years, ([0-9.]+) with breaks on 2014-02-20 and 2022-02-24")
            .matcher(printed);
    assertTrue(q.find(), printed);
    double[] drift = {Double.parseDouble(q.group(1)), Double.parseDouble(q.group(2))};
    assertTrue(drift[1] < drift[0], printed);
    String[][] gaps = {{"2000-01-01", "2006-09-13"}, {"2008-04-20", "2012-04-01"}};
    for (String[] gap : gaps) {
      long days = LocalDate.parse(gap[1]).toEpochDay() - LocalDate.parse(gap[0]).toEpochDay();
      java.util.regex.Matcher w =
          java.util.regex.Pattern.compile(
                  "No poll from "
                      + gap[0]
                      + " to "
                      + gap[1]
                      + " \\("
                      + days
                      + " days\\): 95% band"
                      + " in the middle \\([0-9-]+\\) ([0-9.]+) points wide without breaks,"
                      + " ([0-9.]+) with them")
              .matcher(printed);
      assertTrue(w.find(), gap[0] + " in " + printed);
      for (int k = 0; k < 2; k++) {
        double width = Double.parseDouble(w.group(k + 1));
        double bridge = 2 * 1.959964 * Math.sqrt(drift[k] * days / 4);
        assertTrue(width >= bridge - 0.1 && width <= bridge * 1.05, width + " vs " + bridge);
      }
    }
    assertTrue(printed.contains("not only on the break days"), printed);
  }

  @Test
  void every_dot_is_a_source_row_and_the_range_is_a_box() throws Exception {
    // The oracle: the CSV read by Tablesaw with every column as text, filtered here by hand.
    Table csv = Reference.textTable(PollsTest.UKRAINE);
    List<Double> expectedX = new ArrayList<>();
    List<Double> expectedY = new ArrayList<>();
    for (Row r : csv) {
      boolean keep =
          r.getString("question_group").equals("referendum")
              && !r.getString("base").equals("would vote")
              && !r.getString("support").isEmpty()
              && !r.getString("field_start").isEmpty();
      if (keep) {
        LocalDate start = LocalDate.parse(r.getString("field_start"));
        LocalDate end = LocalDate.parse(r.getString("field_end"));
        LocalDate mid = start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2);
        expectedX.add(mid.toEpochDay() * 86_400_000.0);
        expectedY.add(Double.parseDouble(r.getString("support")));
      }
    }
    XYChart chart =
        Polls.read(PollsTest.UKRAINE)
            .excludingBase("would vote")
            .questionGroup("referendum", "summary")
            .placedAt(DatePlacement.MIDPOINT)
            .chart()
            .options("support", "oppose")
            .toXChart();
    XYSeries dots = chart.getSeriesMap().get("support · polls");
    assertEquals(expectedY.size(), dots.getYData().length);
    List<String> drawn = new ArrayList<>();
    List<String> source = new ArrayList<>();
    for (int i = 0; i < expectedY.size(); i++) {
      drawn.add(dots.getXData()[i] + "/" + dots.getYData()[i]);
      source.add(expectedX.get(i) + "/" + expectedY.get(i));
    }
    drawn.sort(null);
    source.sort(null);
    assertEquals(source, drawn);

    // The published range: support 20–25 from 1995-01-01 to 2004-12-31, a closed box.
    XYSeries box =
        chart.getSeriesMap().values().stream()
            .filter(s -> s.getName().startsWith("support · range"))
            .findFirst()
            .orElseThrow();
    double from = LocalDate.of(1995, 1, 1).toEpochDay() * 86_400_000.0;
    double to = LocalDate.of(2004, 12, 31).toEpochDay() * 86_400_000.0;
    for (int i = 0; i < box.getXData().length; i++) {
      double x = box.getXData()[i];
      double y = box.getYData()[i];
      assertTrue(x == from || x == to, "box x " + x);
      assertTrue(y == 20 || y == 25, "box y " + y);
    }
  }
}
