package io.github.pollkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** What the interleaved peer comparisons report: the machine's load and summaries of timings. */
final class Timings {
  private Timings() {}

  /** {@return the 1-, 5- and 15-minute load averages (and more) of /proc/loadavg, or "unknown"} */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** {@return the median, interpolated as R's type 7 quantile} */
  static double median(double[] x) {
    return quantile(x, 0.5);
  }

  /** {@return the p-quantile, linearly interpolated between order statistics (R's type 7)} */
  static double quantile(double[] x, double p) {
    double[] s = x.clone();
    Arrays.sort(s);
    double h = (s.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = (int) Math.ceil(h);
    return s[lo] + (h - lo) * (s[hi] - s[lo]);
  }

  /** Prints the median, quartiles, range and count of a series of timings or ratios. */
  static void report(String what, double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    System.out.printf(
        Locale.ROOT,
        "%s: median %.2f, quartiles %.2f–%.2f, range %.2f–%.2f, n = %d%n",
        what,
        median(x),
        quantile(x, 0.25),
        quantile(x, 0.75),
        s[0],
        s[s.length - 1],
        x.length);
  }
}
