package io.github.pollkit.weighting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The population shares implied by a set of weights: for each column, each level's share of the
 * weights of the respondents who have a value (fractions summing to 1), in the form raking takes as
 * targets.
 */
final class WeightedMargins {
  private WeightedMargins() {}

  static Map<String, Map<String, Double>> of(Sample sample, double[] weights, String... columns) {
    Objects.requireNonNull(columns, "columns");
    Map<String, Map<String, Double>> result = new LinkedHashMap<>();
    for (String name : columns) {
      Levels.Coded coded = sample.code(sample.column(name, "columns"));
      double[] totals = new double[coded.levels().size()];
      double total = 0;
      for (int i = 0; i < weights.length; i++) {
        if (coded.codes()[i] >= 0) {
          totals[coded.codes()[i]] += weights[i];
          total += weights[i];
        }
      }
      Map<String, Double> shares = new LinkedHashMap<>();
      for (int l = 0; l < totals.length; l++) {
        shares.put(coded.levels().get(l), totals[l] / total);
      }
      result.put(name, shares);
    }
    return result;
  }
}
