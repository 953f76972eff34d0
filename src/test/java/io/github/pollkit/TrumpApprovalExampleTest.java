package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.*;

import io.github.pollkit.testing.Reference;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** Runs examples/TrumpApprovalExample (default package, so through reflection). */
class TrumpApprovalExampleTest {

  /** 538's topline for "All polls", read independently of the example: day → approve_estimate. */
  private static Map<LocalDate, Double> topline() {
    Table t = Reference.textTable(Path.of("data/trump-approval/approval_topline.csv"));
    Map<LocalDate, Double> byDay = new TreeMap<>();
    for (Row r : t) {
      if (r.getString("subgroup").equals("All polls")) {
        byDay.put(
            LocalDate.parse(r.getString("modeldate"), DateTimeFormatter.ofPattern("M/d/yyyy")),
            Double.parseDouble(r.getString("approve_estimate")));
      }
    }
    return byDay;
  }

  @Test
  void example_writes_one_row_per_published_day_and_scores_it(@TempDir Path out) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      Class.forName("TrumpApprovalExample")
          .getMethod("main", String[].class)
          .invoke(null, (Object) new String[] {out.toString()});
    } finally {
      System.setOut(original);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    // data/trump-approval/SOURCES.md: 5,823 "All polls" rows; the topline has 1,293 days of them.
    assertTrue(printed.startsWith("PollSet[5823 polls, 2017–2020, options approve]"), printed);
    assertTrue(printed.contains("over 1293 days"), printed);

    // The CSV: date,estimate,lower,upper on exactly 538's days, lower <= estimate <= upper.
    List<String> lines = Files.readAllLines(out.resolve("trump-approval-average.csv"));
    assertEquals("date,estimate,lower,upper", lines.get(0));
    Map<LocalDate, Double> published = topline();
    assertEquals(published.size(), lines.size() - 1);
    double sum = 0;
    int i = 1;
    for (Map.Entry<LocalDate, Double> e : published.entrySet()) {
      String[] f = lines.get(i++).split(",");
      assertEquals(e.getKey(), LocalDate.parse(f[0]));
      double est = Double.parseDouble(f[1]);
      assertTrue(
          Double.parseDouble(f[2]) <= est && est <= Double.parseDouble(f[3]), lines.get(i - 1));
      sum += Math.abs(est - e.getValue());
    }
    // The printed score is the mean absolute difference of the CSV's estimates from 538's.
    Matcher m = Pattern.compile(": (\\d+\\.\\d\\d) points from 538's").matcher(printed);
    assertTrue(m.find(), printed);
    assertEquals(String.format(Locale.ROOT, "%.2f", sum / published.size()), m.group(1));
    // Issue 8: a plain trailing 14-day mean of the same polls is 1.01 points from 538's line; the
    // poll average with house effects must be closer.
    assertTrue(sum / published.size() < 1.01, printed);

    BufferedImage png = ImageIO.read(out.resolve("trump-approval.png").toFile());
    assertEquals(1000, png.getWidth());
  }
}
