package io.github.pollkit.bench;

import io.github.pollkit.trend.PollSeries;
import io.github.pollkit.trend.RollingAverage;
import io.github.pollkit.trend.RollingAverageFit;
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
 * Rolling average on the daily grid (3,650 days): 30-day real-time window, half-life 14 days, √n
 * weights capped at 3000, 95% intervals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RollingAverageBenchmark {
  @Param({"46", "1000"})
  int polls;

  PollSeries series;
  RollingAverage average;

  @Setup
  public void setUp() {
    TrendSeries s = new TrendSeries(polls);
    series = PollSeries.of(s.days, s.share).withSampleSizes(s.sampleSize);
    average =
        RollingAverage.builder()
            .windowDays(30)
            .halfLifeDays(14)
            .sampleSizeWeight(RollingAverage.SampleSizeWeight.SQRT_N)
            .cap(3000)
            .build();
  }

  @Benchmark
  public RollingAverageFit daily_grid() {
    return average.evaluate(series);
  }
}
