package io.github.pollkit.bench;

import io.github.pollkit.trend.JointAverageFit;
import io.github.pollkit.trend.JointPollAverage;
import io.github.pollkit.trend.JointPolls;
import io.github.pollkit.trend.JointRealTimeAverage;
import io.github.pollkit.trend.SwedishPolls;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The joint multi-party average on the Swedish polls ({@code data/swedish-polls/Polls.csv}, 8
 * parties, 2,636 polls, 1967–2026, 14 pollsters): the retrospective fit with house effects over the
 * whole file (maximum likelihood of each party's variances, the joint filter with 112 house-effect
 * columns, the smoother over 21,700 days), and the real-time series with weekly re-estimation over
 * one election cycle (the 385 polls placed from 2014-09-15 to 2018-09-08).
 *
 * <pre>
 * mvn -Pbench test-compile exec:exec@bench -Dbench.args="JointPollAverage -f 1 -wi 3 -i 5 -w 2s -r 2s"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JointPollAverageBenchmark {

  JointPolls all;
  JointPolls cycle;
  JointPollAverage average;

  @Setup
  public void setUp() {
    all = SwedishPolls.read();
    cycle = SwedishPolls.read(LocalDate.of(2014, 9, 15), LocalDate.of(2018, 9, 8));
    average = JointPollAverage.builder().build();
  }

  /**
   * The retrospective joint average of all 8 parties with house effects over the whole file.
   *
   * @return the fit
   */
  @Benchmark
  public JointAverageFit retrospectiveWholeFile() {
    return average.fit(all);
  }

  /**
   * The real-time series over one election cycle, re-estimated weekly.
   *
   * @return the real-time average
   */
  @Benchmark
  public JointRealTimeAverage realTimeOneCycle() {
    return average.realTime(cycle);
  }
}
