package io.github.pollkit.bench;

/**
 * A deterministic synthetic poll series for the trend benchmarks; src/bench/peer/trend_peer.py
 * builds the same series for the peer timings.
 */
final class TrendSeries {
  final double[] days;
  final double[] share;
  final double[] sampleSize;

  TrendSeries(int polls) {
    days = new double[polls];
    share = new double[polls];
    sampleSize = new double[polls];
    for (int i = 0; i < polls; i++) {
      days[i] = 18000 + Math.floor(i * 3650.0 / polls);
      share[i] = 40 + 10 * Math.sin(i / 50.0) + ((i * 37) % 11 - 5);
      sampleSize[i] = 800 + (i * 97) % 1700;
    }
  }

  /** 100 whole days, evenly spaced (rounded) over ten years, for the trend band. */
  long[] bandDays() {
    long[] out = new long[100];
    for (int i = 0; i < out.length; i++) {
      out[i] = 18000 + Math.round(i * 3650.0 / 99);
    }
    return out;
  }
}
