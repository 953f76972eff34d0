package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.*;

import io.github.pollkit.model.DatePlacement;
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
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

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
      Class.forName("UkraineNatoExample").getMethod("main", String[].class)
          .invoke(null, (Object) new String[] {out.toString()});
    } finally {
      System.setOut(original);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("Linear trend of support: +"), printed);
    assertTrue(printed.contains("points/year (95% CI"), printed);
    BufferedImage png = ImageIO.read(out.resolve("ukraine-nato-membership.png").toFile());
    assertEquals(1000, png.getWidth());
    assertEquals(600, png.getHeight());
  }

  @Test
  void every_dot_is_a_source_row_and_the_range_is_a_box() throws Exception {
    // The oracle: the CSV read by Tablesaw with every column as text, filtered here by hand.
    Table csv = Table.read().usingOptions(CsvReadOptions.builder(PollsTest.UKRAINE.toFile())
        .columnTypes(name -> ColumnType.STRING).build());
    List<Double> expectedX = new ArrayList<>();
    List<Double> expectedY = new ArrayList<>();
    for (Row r : csv) {
      boolean keep = r.getString("question_group").equals("referendum")
          && !r.getString("base").equals("would vote") && !r.getString("support").isEmpty()
          && !r.getString("field_start").isEmpty();
      if (keep) {
        LocalDate start = LocalDate.parse(r.getString("field_start"));
        LocalDate end = LocalDate.parse(r.getString("field_end"));
        LocalDate mid = start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2);
        expectedX.add(mid.toEpochDay() * 86_400_000.0);
        expectedY.add(Double.parseDouble(r.getString("support")));
      }
    }
    XYChart chart = Polls.read(PollsTest.UKRAINE).excludingBase("would vote")
        .questionGroup("referendum", "summary").placedAt(DatePlacement.MIDPOINT)
        .chart().options("support", "oppose").toXChart();
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
    XYSeries box = chart.getSeriesMap().values().stream()
        .filter(s -> s.getName().startsWith("support · range")).findFirst().orElseThrow();
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
