package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.pollkit.io.Layout;
import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.trend.RollingAverage;
import io.github.pollkit.trend.TrendBand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus-driven mutation fuzzer of the poll reader: it mutates real and test poll files and the
 * regression corpus at random (fixed seed, so every run tries the same {@value #INPUTS} inputs) and
 * checks the {@link ReaderInvariants} on each — only {@link PollDataException} escapes, lenient and
 * strict reading agree, a set that reads is written and read back to an equal set — and, on every
 * {@value #SMOOTH_EVERY}th set that reads, that each smoother gives finite values in [0, 100] or an
 * {@link IllegalArgumentException} (NaN only where documented: a day without an estimate, or the
 * bounds of a rolling average over a single poll).
 *
 * <p>A failing input is saved under {@code target/fuzz-failures/}; once fixed, it goes into the
 * regression corpus ({@code src/test/resources/io/corpus}, read by {@link PollReaderCorpusTest}).
 */
class PollReaderFuzzTest {
  private static final int INPUTS = 20_000;
  private static final int SMOOTH_EVERY = 40;
  private static final long SEED = 20240601L;

  /** Byte strings that break CSV structure or encoding. */
  private static final byte[][] INSERTS = {
    {'"'},
    {','},
    {'\n'},
    {'\r'},
    {'\r', '\n'},
    {'-'},
    {'%'},
    {'.'},
    {' '},
    {'0'},
    {'9'},
    {'1', '0', '0'},
    {(byte) 0xE2, (byte) 0x80, (byte) 0x93},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xFF},
    {(byte) 0xC3},
    {0},
    {'"', '"'},
    {'/'},
    {'t', 'o'}
  };

  /** Whole cells that once broke the reader, or sit at the edge of a rule. */
  private static final String[] CELLS = {
    "+32768-01-01",
    "-32769-01-01",
    "9999-12-31",
    "0001-01-01",
    "2019-02-30",
    "1e309",
    "NaN",
    "-Infinity",
    "99999999999999999999",
    "9".repeat(320),
    "1.2340",
    "1.234",
    "0.5",
    "-0",
    "0",
    "100",
    "100.0000001",
    "20-25",
    "25-20",
    "22",
    "0.000001",
    "1e-300",
    "",
    "n/a",
    "\"a,b\"",
    "x_high",
    "x_low",
    "Support",
    "support",
    "TRACKING",
    "tracking",
    "note",
    "pollster",
    "option",
    "share_low",
    "share_high",
    "record",
    "line"
  };

  @TempDir Path dir;

  static List<byte[]> seeds() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    List<String> ukraine = Files.readAllLines(PollReaderRealDataTest.UKRAINE);
    seeds.add(lines(ukraine, 0, 12, "\n"));
    seeds.add(withHeader(ukraine, 40, 50));
    List<String> approval = Files.readAllLines(PollReaderRealDataTest.APPROVAL);
    seeds.add(lines(approval, 0, 8, "\r\n"));
    seeds.add(withHeader(approval, 300, 306));
    for (String reference :
        List.of(
            "src/test/resources/reference/average/polls_file.csv",
            "src/test/resources/reference/lintrend/ukraine-referendum-series.csv")) {
      seeds.add(lines(Files.readAllLines(Path.of(reference)), 0, 10, "\n"));
    }
    seeds.add(
        ("record,poll_id,field_end,n,option,share,share_low,share_high,note\n"
                + "1,a,2024-01-02,\"2,400\",yes,53%,,,\"x, y\"\n"
                + "1,a,2024-01-02,2400,no,20-25,,,\"x, y\"\n"
                + "2,b,,1000,yes,,40,45,\"multi\nline\"\n")
            .getBytes(StandardCharsets.UTF_8));
    for (Path corpusFile : PollReaderCorpusTest.files()) {
      seeds.add(Files.readAllBytes(corpusFile));
    }
    return seeds;
  }

  private static byte[] lines(List<String> lines, int from, int to, String end) {
    return (String.join(end, lines.subList(from, Math.min(to, lines.size()))) + end)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withHeader(List<String> lines, int from, int to) {
    List<String> part = new ArrayList<>();
    part.add(lines.get(0));
    part.addAll(lines.subList(from, Math.min(to, lines.size())));
    return lines(part, 0, part.size(), "\n");
  }

  static List<ReadOptions> optionSets() {
    return List.of(
        ReadOptions.defaults(),
        ReadOptions.builder().datePattern("M/d/yyyy").options("approve", "disapprove").build(),
        ReadOptions.builder().decimalComma().missingMarkers("x").build(),
        ReadOptions.builder().layout(Layout.LONG).pollKey("poll_id").build());
  }

  static byte[] mutate(byte[] seed, Random random) {
    if (random.nextInt(40) == 0) {
      byte[] garbage = new byte[random.nextInt(200)];
      random.nextBytes(garbage);
      return garbage;
    }
    List<Byte> bytes = new ArrayList<>();
    for (byte b : seed) {
      bytes.add(b);
    }
    int mutations = 1 + random.nextInt(6);
    for (int m = 0; m < mutations && !bytes.isEmpty(); m++) {
      int at = random.nextInt(bytes.size());
      switch (random.nextInt(9)) {
        case 0:
          bytes.set(at, (byte) random.nextInt(256));
          break;
        case 1:
          insert(bytes, at, INSERTS[random.nextInt(INSERTS.length)]);
          break;
        case 2:
          for (int k = Math.min(bytes.size() - at, 1 + random.nextInt(30)); k > 0; k--) {
            bytes.remove(at);
          }
          break;
        case 3:
          bytes.subList(at, bytes.size()).clear();
          break;
        case 4:
          int end = Math.min(bytes.size(), at + random.nextInt(40));
          bytes.addAll(random.nextInt(bytes.size() + 1), new ArrayList<>(bytes.subList(at, end)));
          break;
        case 5:
        case 6:
          replaceCell(bytes, at, CELLS[random.nextInt(CELLS.length)]);
          break;
        case 7:
          changeCase(bytes, at, 1 + random.nextInt(12), random.nextBoolean());
          break;
        default:
          duplicateLine(bytes, at, random.nextInt(bytes.size()));
      }
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }

  private static void insert(List<Byte> bytes, int at, byte[] insert) {
    for (byte b : insert) {
      bytes.add(at++, b);
    }
  }

  private static boolean isSeparator(byte b) {
    return b == ',' || b == '\n' || b == '\r';
  }

  /** Replaces the comma-separated cell around {@code at} by {@code cell}. */
  private static void replaceCell(List<Byte> bytes, int at, String cell) {
    int start = at;
    while (start > 0 && !isSeparator(bytes.get(start - 1))) {
      start--;
    }
    int end = at;
    while (end < bytes.size() && !isSeparator(bytes.get(end))) {
      end++;
    }
    bytes.subList(start, end).clear();
    insert(bytes, start, cell.getBytes(StandardCharsets.UTF_8));
  }

  private static void changeCase(List<Byte> bytes, int at, int length, boolean upper) {
    for (int i = at; i < Math.min(bytes.size(), at + length); i++) {
      byte b = bytes.get(i);
      if (upper && b >= 'a' && b <= 'z') {
        bytes.set(i, (byte) (b - 32));
      } else if (!upper && b >= 'A' && b <= 'Z') {
        bytes.set(i, (byte) (b + 32));
      }
    }
  }

  /** Copies the line around {@code from} to the line start at or before {@code to}. */
  private static void duplicateLine(List<Byte> bytes, int from, int to) {
    int start = from;
    while (start > 0 && bytes.get(start - 1) != '\n') {
      start--;
    }
    int end = from;
    while (end < bytes.size() && bytes.get(end) != '\n') {
      end++;
    }
    List<Byte> line = new ArrayList<>(bytes.subList(start, Math.min(bytes.size(), end + 1)));
    while (to > 0 && bytes.get(to - 1) != '\n') {
      to--;
    }
    bytes.addAll(to, line);
  }

  @Test
  void mutated_poll_files_keep_every_invariant_of_the_reader() throws IOException {
    Random random = new Random(SEED);
    List<byte[]> seeds = seeds();
    List<ReadOptions> optionSets = optionSets();
    Path file = dir.resolve("fuzz.csv");
    Path written = dir.resolve("written.csv");
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < INPUTS; i++) {
      byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
      int optionSet = random.nextInt(optionSets.size());
      // a fresh file: ext4 flushes a file truncated and rewritten (auto_da_alloc) when closed
      Files.deleteIfExists(file);
      Files.write(file, input);
      String shown = "input " + i + " with option set " + optionSet;
      try {
        ReaderInvariants.Outcome outcome =
            ReaderInvariants.check(file, optionSets.get(optionSet), written, shown);
        if (outcome == ReaderInvariants.Outcome.ACCEPTED) {
          accepted++;
          if (accepted % SMOOTH_EVERY == 0) {
            checkSmoothers(Polls.read(file, optionSets.get(optionSet)), accepted, shown);
          }
        } else {
          rejected++;
        }
      } catch (AssertionError e) {
        Path saved = Path.of("target/fuzz-failures").resolve("input-" + i + ".csv");
        Files.createDirectories(saved.getParent());
        Files.write(saved, input);
        throw new AssertionError(e.getMessage() + " (saved as " + saved + ")", e);
      }
    }
    // the mutations must exercise both outcomes, or the test proves little
    assertTrue(accepted > INPUTS / 20, "accepted " + accepted);
    assertTrue(rejected > INPUTS / 5, "rejected " + rejected);
  }

  private static final List<Smoother> SMOOTHERS =
      List.of(
          Smoothers.kalman(),
          Smoothers.loess(0.75),
          Smoothers.rollingAverage(RollingAverage.builder().windowDays(30).build()),
          Smoothers.average(),
          Smoothers.kalmanRealTime());

  /**
   * One smoother (in turn) on every option: finite values in [0, 100] where there is an estimate,
   * or an {@link IllegalArgumentException} (too few polls, no variance to estimate).
   */
  private static void checkSmoothers(PollSet polls, int turn, String shown) {
    Smoother smoother = SMOOTHERS.get((turn / SMOOTH_EVERY) % SMOOTHERS.size());
    Smoothing lines;
    try {
      lines = polls.smooth(smoother);
    } catch (IllegalArgumentException e) {
      return;
    } catch (Throwable t) {
      fail(smoother + " threw " + t + " for " + shown, t);
      return;
    }
    for (String option : polls.options()) {
      TrendBand band;
      try {
        band = lines.get(option).band();
      } catch (IllegalArgumentException e) {
        continue;
      }
      double[] estimate = band.estimate();
      double[] lower = band.lower();
      double[] upper = band.upper();
      for (int d = 0; d < estimate.length; d++) {
        if (Double.isNaN(estimate[d])) {
          continue; // a day without an estimate, as documented
        }
        // a rolling average over one poll has an estimate but no spread: NaN bounds, documented
        boolean noSpread = Double.isNaN(lower[d]) && Double.isNaN(upper[d]);
        boolean ok =
            estimate[d] >= 0
                && estimate[d] <= 100
                && (noSpread || lower[d] <= estimate[d] + 1e-9 && upper[d] >= estimate[d] - 1e-9);
        assertTrue(
            ok,
            String.format(
                Locale.ROOT,
                "%s on %s, day %d: %s %s %s, %s",
                smoother,
                option,
                d,
                estimate[d],
                lower[d],
                upper[d],
                shown + " " + Arrays.toString(new int[] {estimate.length})));
      }
    }
  }
}
