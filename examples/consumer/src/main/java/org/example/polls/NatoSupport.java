package org.example.polls;

import io.github.pollkit.PollSet;
import io.github.pollkit.Polls;
import io.github.pollkit.Smoothers;
import io.github.pollkit.trend.PollAverage;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reads a poll file with pollkit and draws its poll average: the smallest program a project that
 * depends on pollkit by its Maven coordinates can write.
 *
 * <p>Usage: {@code mvn -q compile exec:java [-Dexec.args="polls.csv chart.png"]}; by default it
 * reads the Ukraine NATO polls bundled with pollkit's repository and writes {@code
 * target/nato-support.png}.
 */
public final class NatoSupport {
  private NatoSupport() {}

  /**
   * Runs the example.
   *
   * @param args optional poll file and chart file
   */
  public static void main(String[] args) {
    Path input =
        Path.of(args.length > 0 ? args[0] : "../../data/ukraine-nato/ukraine-nato-membership.csv");
    Path output = Path.of(args.length > 1 ? args[1] : "target/nato-support.png");

    PollSet polls = Polls.read(input);
    PollSet referendum = polls.excludingBase("would vote").questionGroup("referendum");
    System.out.println(polls);

    Path chart =
        referendum
            .chart()
            .options("support", "oppose")
            .smooth(
                Smoothers.average(
                    PollAverage.builder()
                        .breaks(LocalDate.of(2014, 2, 20), LocalDate.of(2022, 2, 24))
                        .build()))
            .title("Should Ukraine join NATO?")
            .source("Rating, KIIS, Razumkov, DIF, IRI, SOCIS and others")
            .yRange(0, 100)
            .savePng(output);
    System.out.println("wrote " + chart);
  }
}
