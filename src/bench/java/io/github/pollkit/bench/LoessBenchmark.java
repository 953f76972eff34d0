package io.github.pollkit.bench;

import io.github.pollkit.trend.Loess;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Loess.smooth on n synthetic polls over ten years (see BenchData), beside statsmodels lowess on
 * the same data (src/bench/peer/lowess_timing.py). Results in BENCHMARKS.md, "## LOESS".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoessBenchmark {
  @Param({"1000", "10000", "100000"})
  public int n;

  private BenchData data;
  private double delta;

  @Setup
  public void setUp() {
    data = new BenchData(n);
    delta = 0.01 * data.range();
  }

  @Benchmark
  public double[] span10PercentTwoIterations() {
    return Loess.smooth(data.days, data.support, 0.1, 2);
  }

  @Benchmark
  public double[] span3PercentNoIterations() {
    return Loess.smooth(data.days, data.support, 0.03, 0);
  }

  @Benchmark
  public double[] span10PercentTwoIterationsDelta1PercentOfRange() {
    return Loess.smooth(data.days, data.support, 0.1, 2, delta);
  }

  /** Prints the sums of the fitted values, to compare with lowess_timing.py's last column. */
  public static void main(String[] args) {
    for (int size : new int[] {1000, 10000, 100000}) {
      BenchData d = new BenchData(size);
      System.out.printf(
          "%d: %.6f %.6f %.6f%n",
          size,
          sum(Loess.smooth(d.days, d.support, 0.1, 2)),
          sum(Loess.smooth(d.days, d.support, 0.03, 0)),
          sum(Loess.smooth(d.days, d.support, 0.1, 2, 0.01 * d.range())));
    }
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }
}
