package io.github.pollkit;

import static io.github.pollkit.PollSetTest.poll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.model.Poll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size of an SVG chart of thousands of polls. The polls are synthetic: 5,000 polls of two
 * options over four years from a fixed seed (2024), shares around a slow wave with sampling noise.
 */
class ChartSvgSizeTest {

  /** Synthetic: 5,000 polls over 1,461 days, n = 1,000, from {@code new Random(2024)}. */
  static PollSet synthetic() {
    Random random = new Random(2024);
    LocalDate start = LocalDate.of(2017, 1, 20);
    List<Poll> polls = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      LocalDate day = start.plusDays(random.nextInt(1461));
      double wave = 3 * Math.sin(day.toEpochDay() / 120.0);
      double approve = Math.round((42 + wave + 2 * random.nextGaussian()) * 10) / 10.0;
      double disapprove = Math.round((53 - wave + 2 * random.nextGaussian()) * 10) / 10.0;
      polls.add(
          poll(
              i,
              "p" + i,
              "Pollster " + (i % 40),
              day,
              day,
              "",
              1000,
              "approval",
              "approve",
              approve,
              "disapprove",
              disapprove));
    }
    return PollSet.of(polls);
  }

  @Test
  void an_svg_of_five_thousand_polls_with_a_loess_line_stays_under_one_and_a_half_megabytes(
      @TempDir Path dir) throws Exception {
    Path svg =
        synthetic()
            .chart()
            .options("approve", "disapprove")
            .smooth(Smoothers.loess(0.1))
            .title("Synthetic approval: 5,000 polls")
            .saveSvg(dir.resolve("five-thousand.svg"));
    long bytes = Files.size(svg);
    // 2,431,374 bytes before SvgCompactor, 995,342 after (measured when it was written)
    assertTrue(bytes < 1_500_000, "SVG of 5,000 polls: " + bytes + " bytes");
    String text = Files.readString(svg);
    assertTrue(text.strip().endsWith("</svg>"));
    // every dot is still there: 5,000 polls of two options
    assertTrue(text.split("<ellipse", -1).length - 1 >= 10_000, "dots in the SVG");
  }
}
