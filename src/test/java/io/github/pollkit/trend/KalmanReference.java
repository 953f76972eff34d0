package io.github.pollkit.trend;

import io.github.pollkit.testing.Reference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the statsmodels reference files under {@code reference/kalman/} (see its README). */
final class KalmanReference {

  private KalmanReference() {}

  /** A numeric CSV file as columns by header name ("NaN" reads as NaN). */
  static Map<String, double[]> columns(String file) {
    List<String> lines = lines(file);
    String[] header = lines.get(0).split(",");
    Map<String, double[]> columns = new HashMap<>();
    for (int c = 0; c < header.length; c++) {
      double[] values = new double[lines.size() - 1];
      for (int r = 1; r < lines.size(); r++) {
        values[r - 1] = Double.parseDouble(lines.get(r).split(",")[c]);
      }
      columns.put(header[c], values);
    }
    return columns;
  }

  /** summary.csv as key → number (keys whose value is not a number are skipped). */
  static Map<String, Double> summary() {
    Map<String, Double> values = new HashMap<>();
    for (String line : lines("summary.csv").subList(1, lines("summary.csv").size())) {
      String[] kv = line.split(",", 2);
      try {
        values.put(kv[0], Double.parseDouble(kv[1]));
      } catch (NumberFormatException versionString) {
        // tool versions
      }
    }
    return values;
  }

  static double value(String key) {
    Double v = summary().get(key);
    if (v == null) {
      throw new IllegalStateException("no " + key + " in summary.csv");
    }
    return v;
  }

  static int[] toDays(double[] days) {
    int[] out = new int[days.length];
    for (int i = 0; i < days.length; i++) {
      out[i] = (int) days[i];
    }
    return out;
  }

  private static List<String> lines(String file) {
    return Reference.lines("kalman/" + file);
  }
}
