package io.github.pollkit.bench;

/**
 * Synthetic polls for benchmarks, generated identically by src/bench/peer/lowess_timing.py: n polls
 * on random days over ten years (days repeat), SplitMix64 from seed 20240601 + n; day = floor(u ·
 * 3653), y = 50 + 10 sin(2π day / 1461) + 5 (u1 + u2 + u3 + u4 − 2).
 */
final class BenchData {
  final double[] days;
  final double[] support;

  private long state;

  BenchData(int n) {
    state = 20240601L + n;
    days = new double[n];
    support = new double[n];
    for (int i = 0; i < n; i++) {
      double day = Math.floor(nextDouble() * 3653);
      double noise = 5 * (nextDouble() + nextDouble() + nextDouble() + nextDouble() - 2);
      days[i] = day;
      support[i] = 50 + 10 * Math.sin(2 * Math.PI * day / 1461) + noise;
    }
  }

  double range() {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double d : days) {
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    return max - min;
  }

  private double nextDouble() {
    state += 0x9E3779B97F4A7C15L;
    long z = state;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return (z >>> 11) * 0x1.0p-53;
  }
}
