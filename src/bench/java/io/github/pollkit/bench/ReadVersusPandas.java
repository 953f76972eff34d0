package io.github.pollkit.bench;

import static io.github.pollkit.bench.Timings.loadAverage;
import static io.github.pollkit.bench.Timings.median;
import static io.github.pollkit.bench.Timings.report;

import io.github.pollkit.PollSet;
import io.github.pollkit.Polls;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * pollkit's validating read of the approval poll list, Tablesaw's plain CSV read and pandas' {@code
 * read_csv} ({@code src/bench/peer/read_approval_pandas.py}) timed in one run, interleaved call by
 * call, so that all three see the same load on a shared machine (the pattern of {@link
 * PollAverageVersusStatsmodels}).
 *
 * <p>The peer runs as one long-lived Python worker fed through stdin/stdout and times itself with
 * {@code time.perf_counter()} around {@code read_csv} only. pollkit ({@code Polls.read} with the
 * README's options, as {@link ApprovalReadBenchmark#pollkitRead}) and Tablesaw ({@code
 * Table.read().csv}, as {@link ApprovalReadBenchmark#tablesawRead}) are timed in process with
 * {@link System#nanoTime()}. After a warm-up of all three, each round makes one call of each, in an
 * order that rotates from round to round; the report gives medians, quartiles and the per-round
 * ratios (pollkit ÷ Tablesaw and pollkit ÷ pandas of the same round).
 *
 * <pre>
 * mvn -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.pollkit.bench.ReadVersusPandas \
 *     -Dexec.args="/usr/bin/python3 60 30"
 * </pre>
 *
 * Arguments: the Python with pandas, the rounds, the warm-up calls of each Java side (the peer
 * warms up with a fifth of them, at least 5).
 */
public final class ReadVersusPandas {

  private ReadVersusPandas() {}

  /**
   * Runs the interleaved comparison.
   *
   * @param args python executable, rounds, Java warm-up calls
   * @throws Exception if the worker fails
   */
  public static void main(String[] args) throws Exception {
    String python = args.length > 0 ? args[0] : "python3";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    try (PeerWorker peer = PeerWorker.start(python, "src/bench/peer/read_approval_pandas.py")) {
      System.out.printf(
          Locale.ROOT,
          "java %s, %s, max heap %d MB; %s; load average at start: %s%n",
          System.getProperty("java.version"),
          System.getProperty("java.vm.name"),
          Runtime.getRuntime().maxMemory() >> 20,
          peer.ask("version"),
          loadAverage());
      long warm = System.nanoTime();
      PollSet polls = null;
      Table table = null;
      for (int i = 0; i < warmUp; i++) {
        polls = Polls.read(ApprovalReadBenchmark.FILE, ApprovalReadBenchmark.OPTIONS);
        table = Table.read().csv(ApprovalReadBenchmark.FILE.toFile());
      }
      String warmAnswer = null;
      for (int i = 0; i < Math.max(5, warmUp / 5); i++) {
        warmAnswer = peer.ask("read");
      }
      System.out.printf(
          Locale.ROOT,
          "warm-up %.1f s: pollkit %d polls; Tablesaw %d rows x %d columns; pandas rows, columns:"
              + " %s%n",
          (System.nanoTime() - warm) / 1e9,
          polls.size(),
          table.rowCount(),
          table.columnCount(),
          warmAnswer.substring(warmAnswer.indexOf(" ") + 1));

      double[] ours = new double[rounds];
      double[] tablesaw = new double[rounds];
      double[] pandas = new double[rounds];
      double[] overTablesaw = new double[rounds];
      double[] overPandas = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < 3; k++) {
          switch ((r + k) % 3) {
            case 0 -> {
              long t0 = System.nanoTime();
              polls = Polls.read(ApprovalReadBenchmark.FILE, ApprovalReadBenchmark.OPTIONS);
              ours[r] = (System.nanoTime() - t0) / 1e6;
            }
            case 1 -> {
              long t0 = System.nanoTime();
              table = Table.read().csv(ApprovalReadBenchmark.FILE.toFile());
              tablesaw[r] = (System.nanoTime() - t0) / 1e6;
            }
            default -> {
              String answer = peer.ask("read");
              pandas[r] = Double.parseDouble(answer.split(" ")[0]);
            }
          }
        }
        overTablesaw[r] = ours[r] / tablesaw[r];
        overPandas[r] = ours[r] / pandas[r];
        System.out.printf(
            Locale.ROOT,
            "round %d: pollkit %.2f ms, Tablesaw %.2f ms, pandas %.2f ms%n",
            r + 1,
            ours[r],
            tablesaw[r],
            pandas[r]);
      }
      if (polls.size() != table.rowCount()) {
        throw new IllegalStateException(polls.size() + " polls but " + table.rowCount() + " rows");
      }
      report("pollkit Polls.read, validating (ms)", ours);
      report("Tablesaw Table.read().csv, plain (ms)", tablesaw);
      report("pandas read_csv, plain (ms)", pandas);
      report("ratio pollkit / Tablesaw, per round", overTablesaw);
      report("ratio pollkit / pandas, per round", overPandas);
      System.out.printf(
          Locale.ROOT,
          "ratio of medians: pollkit / Tablesaw %.2f, pollkit / pandas %.2f%n",
          median(ours) / median(tablesaw),
          median(ours) / median(pandas));
      System.out.printf(Locale.ROOT, "load average at end: %s%n", loadAverage());
    }
  }
}
