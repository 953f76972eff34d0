package io.github.pollkit.bench;

import static io.github.pollkit.bench.Timings.loadAverage;
import static io.github.pollkit.bench.Timings.median;
import static io.github.pollkit.bench.Timings.report;

import io.github.pollkit.trend.PollAverageFit;
import io.github.pollkit.trend.RealTimeAverage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * pollkit's poll average with house effects and its statsmodels peer ({@code
 * src/bench/peer/poll_average_statsmodels.py}) timed in one run, interleaved call by call, so that
 * both see the same load on a shared machine.
 *
 * <p>The peer runs as one long-lived Python worker fed through stdin/stdout; it times itself with
 * {@code time.perf_counter()} around its fit only (no pipe or start-up cost). pollkit is timed in
 * process with {@link System#nanoTime()} around {@code PollAverage.fit} or {@code realTime}. After
 * a warm-up of both sides, each round is one pollkit call, then one peer call; the report gives
 * medians, quartiles and the per-round ratio (peer ÷ the pollkit call just before it).
 *
 * <p>Real time: the peer's whole weekly series (184 re-estimations) would take minutes, so it runs
 * a systematic sample of the weeks (every {@code step}-th, starting at the middle of the first
 * stratum), each interleaved with one whole pollkit real-time series, and its total is scaled by
 * 184 ÷ (weeks run). The scaled figure is an estimate, labelled as such.
 *
 * <pre>
 * mvn -Pbench test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.pollkit.bench.PollAverageVersusStatsmodels \
 *     -Dexec.args="python3 10 8 3"
 * </pre>
 *
 * Arguments: the Python with statsmodels, the rounds for the peer models A and B, the sampling step
 * of the real-time weeks, the rounds for the slow exact-diffuse peer C (0: skip it).
 */
public final class PollAverageVersusStatsmodels {

  private PollAverageVersusStatsmodels() {}

  /**
   * Runs the interleaved comparison.
   *
   * @param args python executable, rounds, real-time week step, rounds of the exact-diffuse peer
   * @throws Exception if the worker fails
   */
  public static void main(String[] args) throws Exception {
    String python = args.length > 0 ? args[0] : "python3";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int step = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    int exactRounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    PollAverageBenchmark bench = new PollAverageBenchmark();
    bench.setUp();
    try (PeerWorker peer = PeerWorker.start(python, "src/bench/peer/poll_average_statsmodels.py")) {
      System.out.printf(
          Locale.ROOT,
          "java %s, %s; load average at start: %s%n",
          System.getProperty("java.version"),
          System.getProperty("java.vm.name"),
          loadAverage());

      // warm-up: pollkit's ML fit JIT-compiles; 60 fits and 10 real-time series (~20 s)
      long warm = System.nanoTime();
      PollAverageFit fit = null;
      for (int i = 0; i < 60; i++) {
        fit = bench.average.fit(bench.polls);
      }
      RealTimeAverage live = null;
      for (int i = 0; i < 10; i++) {
        live = bench.average.realTime(bench.polls);
      }
      System.out.printf(
          Locale.ROOT,
          "pollkit warm-up %.1f s; %s; level on the last day %.4f%n",
          (System.nanoTime() - warm) / 1e9,
          fit.diagnostics(),
          fit.estimate()[fit.estimate().length - 1]);
      System.out.printf(
          Locale.ROOT, "pollkit real time: %d re-estimations%n", live.reestimations().size());
      writeFit(fit);
      for (String model : new String[] {"A", "B", "C"}) {
        if (model.equals("C") && exactRounds == 0) {
          continue;
        }
        System.out.println("peer warm-up " + model + ": " + peer.ask("fit " + model));
      }

      for (String model : new String[] {"A", "B", "C"}) {
        int n = model.equals("C") ? exactRounds : rounds;
        if (n == 0) {
          continue;
        }
        double[] ours = new double[n];
        double[] theirs = new double[n];
        double[] ratio = new double[n];
        for (int r = 0; r < n; r++) {
          long t0 = System.nanoTime();
          fit = bench.average.fit(bench.polls);
          ours[r] = (System.nanoTime() - t0) / 1e6;
          String answer = peer.ask("fit " + model);
          theirs[r] = Double.parseDouble(answer.split(" ")[0]);
          ratio[r] = theirs[r] / ours[r];
          System.out.printf(
              Locale.ROOT,
              "round %d: pollkit %.1f ms, statsmodels %s %s%n",
              r + 1,
              ours[r],
              model,
              answer);
        }
        report("retrospective, pollkit fit (ms)", ours);
        report("retrospective, statsmodels " + model + " (ms)", theirs);
        report("ratio statsmodels " + model + " / pollkit", ratio);
      }

      int weeks = Integer.parseInt(peer.ask("weeks").split("weeks=")[1].trim());
      List<Integer> sample = new ArrayList<>();
      for (int i = step / 2; i < weeks; i += step) {
        sample.add(i);
      }
      double[] ours = new double[sample.size()];
      double[] theirs = new double[sample.size()];
      for (int r = 0; r < sample.size(); r++) {
        long t0 = System.nanoTime();
        live = bench.average.realTime(bench.polls);
        ours[r] = (System.nanoTime() - t0) / 1e6;
        String answer = peer.ask("rt " + sample.get(r));
        theirs[r] = Double.parseDouble(answer.split(" ")[0]);
        System.out.printf(
            Locale.ROOT,
            "week %d: pollkit whole series %.1f ms; statsmodels week %s%n",
            sample.get(r),
            ours[r],
            answer);
      }
      double sampled = Arrays.stream(theirs).sum();
      double scaled = sampled * weeks / sample.size();
      report("real time, pollkit whole series (ms)", ours);
      System.out.printf(
          Locale.ROOT,
          "real time, statsmodels A: %d of %d weeks took %.1f s; scaled to all weeks %.1f s"
              + " (estimate); ratio to pollkit's median %.0f%n",
          sample.size(),
          weeks,
          sampled / 1000,
          scaled / 1000,
          scaled / median(ours));
      System.out.printf(Locale.ROOT, "load average at end: %s%n", loadAverage());
    }
  }

  /**
   * Writes the retrospective level and house effects to {@code target/bench/} for the peer's {@code
   * compare} command.
   */
  private static void writeFit(PollAverageFit fit) throws IOException {
    java.nio.file.Path dir = java.nio.file.Path.of("target", "bench");
    java.nio.file.Files.createDirectories(dir);
    StringBuilder level = new StringBuilder("date,estimate\n");
    double[] estimate = fit.estimate();
    for (int t = 0; t < estimate.length; t++) {
      level.append(fit.dates().get(t)).append(',').append(estimate[t]).append('\n');
    }
    java.nio.file.Files.writeString(dir.resolve("poll-average-level.csv"), level);
    fit.houseEffects().write().csv(dir.resolve("poll-average-house-effects.csv").toFile());
  }
}
