package io.github.pollkit.bench;

import io.github.pollkit.stats.ChangeTest;
import io.github.pollkit.stats.DesignEffects;
import io.github.pollkit.stats.Interval;
import io.github.pollkit.stats.IntervalMethod;
import io.github.pollkit.stats.Proportions;
import java.util.Random;
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
 * One call of each statistic on a typical poll (53% of 2400 at 95%), the same calls the peer script
 * src/bench/peer/stats_peer_timing.py times in statsmodels/numpy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProportionsBenchmark {

  @Param({"WALD", "WILSON", "AGRESTI_COULL", "CLOPPER_PEARSON", "JEFFREYS"})
  public IntervalMethod method;

  /** Read from fields so that the JIT cannot fold the calls into constants. */
  public double share = 53;

  public double n = 2400;
  public double confidence = 0.95;
  public double[] weights;

  @Setup
  public void makeWeights() {
    // 10,000 lognormal weights (sdlog 0.6), seeded, as in the peer script.
    Random random = new Random(20240601);
    weights = new double[10_000];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = Math.exp(0.6 * random.nextGaussian());
    }
  }

  @Benchmark
  public Interval interval() {
    return Proportions.interval(share, n, confidence, method);
  }

  /** The benchmarks below do not depend on the method; run them with -p method=WALD. */
  @Benchmark
  public double leadMargin() {
    return Proportions.leadMargin(share, 29, n, confidence);
  }

  @Benchmark
  public double changePValue() {
    ChangeTest t = Proportions.change(34, 1000, share, n);
    return t.pValue();
  }

  @Benchmark
  public double kishDesignEffect10k() {
    return DesignEffects.kishDesignEffect(weights);
  }
}
