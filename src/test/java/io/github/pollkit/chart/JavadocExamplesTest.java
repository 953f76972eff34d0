package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples in the class Javadoc run as written (only the output folder differs). */
class JavadocExamplesTest {

  @TempDir Path dir;

  @Test
  void trend_chart_example_runs() {
    TrendChart.create()
        .title("Should Ukraine join NATO?")
        .points(
            "support",
            List.of(LocalDate.of(2019, 6, 23), LocalDate.of(2022, 10, 2)),
            new double[] {53, 83})
        .range(
            "support",
            "1990s–early 2000s",
            LocalDate.of(1995, 1, 1),
            LocalDate.of(2004, 12, 31),
            20,
            25)
        .event(LocalDate.of(2014, 3, 18), "Crimea annexed")
        .caption("Source: Rating, KIIS, Razumkov, IRI")
        .yRange(0, 100)
        .savePng(dir.resolve("nato.png"));
    assertTrue(Files.exists(dir.resolve("nato.png")));
  }

  @Test
  void topline_chart_example_runs() {
    ToplineChart.create()
        .title("If a referendum on joining NATO were held, how would you vote?")
        .options("support", "oppose", "undecided", "would not vote")
        .group("June 2019", new double[] {53, 29, 14, 4}, new double[] {2.0, 1.8, 1.4, 0.8})
        .caption("Rating Group for IRI, June 2019, n = 2,400; 95% margins of error")
        .savePng(dir.resolve("topline.png"));
    assertTrue(Files.exists(dir.resolve("topline.png")));
  }
}
