package io.github.pollkit.bench;

import io.github.pollkit.trend.PollAverage;
import io.github.pollkit.trend.PollAverageFit;
import io.github.pollkit.trend.PollObservations;
import io.github.pollkit.trend.RealTimeAverage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The poll average with house effects on FiveThirtyEight's Trump approval list ("All polls", raw
 * {@code approve}, placed at the field end: 5,823 polls, 1,294 days, 85 pollsters): the
 * retrospective fit (maximum likelihood of q, τ² and σ<sub>h</sub>², house effects, smoothed level)
 * and the whole honest real-time series (184 weekly re-estimations).
 *
 * <pre>
 * mvn -Pbench test-compile exec:exec@bench -Dbench.args="PollAverage -f 1 -wi 8 -i 8 -w 4s -r 4s"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PollAverageBenchmark {

  PollObservations polls;
  PollAverage average;

  @Setup
  public void setUp() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("data/trump-approval/approval_polllist.csv"));
    List<String> header = fields(lines.get(0));
    int subgroup = header.indexOf("subgroup");
    int end = header.indexOf("enddate");
    int pollster = header.indexOf("pollster");
    int size = header.indexOf("samplesize");
    int approve = header.indexOf("approve");
    DateTimeFormatter us = DateTimeFormatter.ofPattern("M/d/yyyy");
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = fields(line);
      if (f.get(subgroup).equals("All polls")) {
        rows.add(new String[] {f.get(end), f.get(pollster), f.get(size), f.get(approve)});
      }
    }
    int m = rows.size();
    int[] day = new int[m];
    String[] names = new String[m];
    double[] n = new double[m];
    double[] share = new double[m];
    for (int i = 0; i < m; i++) {
      String[] r = rows.get(i);
      day[i] = Math.toIntExact(LocalDate.parse(r[0], us).toEpochDay());
      names[i] = r[1];
      n[i] = r[2].isEmpty() ? Double.NaN : Double.parseDouble(r[2]);
      share[i] = Double.parseDouble(r[3]);
    }
    polls = PollObservations.ofShares(day, share, n, names);
    average = PollAverage.builder().build();
  }

  /** The fields of one CSV line (quoted fields may hold commas; no quotes inside them here). */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    out.add(b.toString());
    return out;
  }

  @Benchmark
  public PollAverageFit retrospectiveWithHouseEffects() {
    return average.fit(polls);
  }

  @Benchmark
  public RealTimeAverage realTimeSeriesWeekly() {
    return average.realTime(polls);
  }
}
