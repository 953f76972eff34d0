package io.github.pollkit.bench;

import io.github.pollkit.trend.LinearTrend;
import io.github.pollkit.trend.TrendBand;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** OLS and WLS trend with the 95% slope interval and a 100-day 95% band of the fitted mean. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LinearTrendBenchmark {
  @Param({"46", "1000"})
  int polls;

  TrendSeries series;
  long[] bandDays;

  @Setup
  public void setUp() {
    series = new TrendSeries(polls);
    bandDays = series.bandDays();
  }

  @Benchmark
  public TrendBand ols_fit_interval_band() {
    var fit = LinearTrend.fit(series.days, series.share);
    fit.interval(0.95);
    return fit.band(bandDays, 0.95);
  }

  @Benchmark
  public TrendBand wls_fit_interval_band() {
    var fit = LinearTrend.fitWeighted(series.days, series.share, series.sampleSize);
    fit.interval(0.95);
    return fit.band(bandDays, 0.95);
  }
}
