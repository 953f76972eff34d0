package io.github.pollkit.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A synthetic long poll file of any size, generated from a fixed seed (the same bytes every time):
 * pollkit's long layout as {@code PollWriter} writes it (all 19 standard columns, one row per poll
 * and option, the rows of a poll together), every row labelled {@code synthetic} in its {@code
 * note} column. It is made by this code, not committed as data, and is not real polling.
 *
 * <p>Each poll has 4 options ({@code approve}, {@code disapprove}, {@code neither}, {@code unsure})
 * with whole-number shares adding up to exactly 100: approve uniform in 30..59, disapprove in
 * 25..(94 − approve), neither in 0..(100 − approve − disapprove) and unsure the rest. Pollsters are
 * {@code Pollster 001} to {@code Pollster 120}; fieldwork starts on a uniform day of 2001–2020 and
 * lasts 1 to 7 days; the population is {@code a}, {@code rv} or {@code lv}, the mode {@code Online}
 * or {@code Phone}, the sample size uniform in 400..2999.
 *
 * <pre>
 * mvn -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.pollkit.bench.SyntheticLongFile \
 *     -Dexec.args="target/bench/synthetic-long-1m.csv 1000000"
 * </pre>
 */
public final class SyntheticLongFile {
  /** The seed of every file. */
  static final long SEED = 20261129L;

  /** The options of each poll, in the order written. */
  static final String[] OPTIONS = {"approve", "disapprove", "neither", "unsure"};

  static final String HEADER =
      "record,poll_id,pollster,sponsor,field_start,field_end,date_precision,population,base,"
          + "sample_size,mode,question,question_group,option,share,share_low,share_high,"
          + "source_url,note";

  private SyntheticLongFile() {}

  /**
   * Writes the file (creating its directory), replacing any file of that name.
   *
   * @param file where to write it
   * @param rows the number of data rows, a multiple of 4
   * @return {@code file}
   */
  static Path write(Path file, int rows) {
    if (rows <= 0 || rows % OPTIONS.length != 0) {
      throw new IllegalArgumentException("rows must be a positive multiple of 4, not " + rows);
    }
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      SplittableRandom random = new SplittableRandom(SEED);
      LocalDate first = LocalDate.of(2001, 1, 1);
      int days = (int) (LocalDate.of(2021, 1, 1).toEpochDay() - first.toEpochDay());
      String[] populations = {"a", "rv", "lv"};
      String[] modes = {"Online", "Phone"};
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write(HEADER);
        out.write('\n');
        int[] shares = new int[OPTIONS.length];
        for (int poll = 1; poll <= rows / OPTIONS.length; poll++) {
          LocalDate start = first.plusDays(random.nextInt(days));
          LocalDate end = start.plusDays(random.nextInt(7));
          String pollster = String.format(Locale.ROOT, "Pollster %03d", 1 + random.nextInt(120));
          String population = populations[random.nextInt(populations.length)];
          String mode = modes[random.nextInt(modes.length)];
          int n = 400 + random.nextInt(2600);
          shares[0] = 30 + random.nextInt(30);
          shares[1] = 25 + random.nextInt(94 - shares[0] - 25 + 1);
          shares[2] = random.nextInt(100 - shares[0] - shares[1] + 1);
          shares[3] = 100 - shares[0] - shares[1] - shares[2];
          String metadata =
              poll
                  + ",s"
                  + poll
                  + ","
                  + pollster
                  + ",,"
                  + start
                  + ","
                  + end
                  + ",day,"
                  + population
                  + ",,"
                  + n
                  + ","
                  + mode
                  + ",,,";
          for (int o = 0; o < OPTIONS.length; o++) {
            out.write(metadata);
            out.write(OPTIONS[o]);
            out.write(',');
            out.write(Integer.toString(shares[o]));
            out.write(",,,,synthetic\n");
          }
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a synthetic long file.
   *
   * @param args the file (default {@code target/bench/synthetic-long-1m.csv}) and the number of
   *     rows (default 1,000,000)
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "target/bench/synthetic-long-1m.csv");
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    write(file, rows);
    System.out.println("wrote " + file + " (" + rows + " rows, synthetic)");
  }
}
