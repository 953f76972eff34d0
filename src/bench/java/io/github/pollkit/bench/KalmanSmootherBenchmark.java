package io.github.pollkit.bench;

import io.github.pollkit.trend.KalmanFit;
import io.github.pollkit.trend.KalmanSmoother;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Kalman poll average of 6,000 synthetic polls on 1,300 days (local level with q = 0.02 points² per
 * day, τ² = 1.5 points², n uniform in 500..2499): maximum-likelihood estimation of q and τ² plus
 * filter and smoother, and the filter and smoother alone at fixed variances.
 *
 * <pre>
 * mvn -Pbench test-compile exec:exec@bench -Dbench.args="KalmanSmoother -f 1 -wi 3 -i 5 -w 1s -r 1s"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KalmanSmootherBenchmark {

  static final int POLLS = 6000;
  static final int DAYS = 1300;

  int[] day;
  double[] share;
  double[] n;
  KalmanSmoother estimating;
  KalmanSmoother fixedVariances;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    double[] level = new double[DAYS];
    level[0] = 45;
    for (int t = 1; t < DAYS; t++) {
      level[t] = level[t - 1] + Math.sqrt(0.02) * random.nextGaussian();
    }
    day = new int[POLLS];
    share = new double[POLLS];
    n = new double[POLLS];
    for (int i = 0; i < POLLS; i++) {
      day[i] = i == 0 ? 0 : i == 1 ? DAYS - 1 : random.nextInt(DAYS);
      n[i] = 500 + random.nextInt(2000);
      double mu = level[day[i]];
      share[i] = mu + Math.sqrt(mu * (100 - mu) / n[i] + 1.5) * random.nextGaussian();
    }
    estimating = KalmanSmoother.builder().build();
    fixedVariances =
        KalmanSmoother.builder().processVariance(0.02).nonSamplingVariance(1.5).build();
  }

  @Benchmark
  public KalmanFit mlEstimateAndSmooth() {
    return estimating.smooth(day, share, n);
  }

  @Benchmark
  public KalmanFit smoothAtFixedVariances() {
    return fixedVariances.smooth(day, share, n);
  }
}
