package io.github.pollkit.weighting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.columns.Column;

/**
 * Post-stratification of a sample's base weights on the full cross-classification of some variables
 * (Holt and Smith 1979, "Post stratification", JRSS A 142, 33–46): each respondent's base weight is
 * multiplied by {@code T·share(c) / T(c)}, where {@code T(c)} is the base-weight total of its cell
 * {@code c} and {@code T} the grand total; the weights are then scaled to mean 1. R equivalent:
 * {@code postStratify(design, ~v1 + v2, population)}. See {@link Respondents#postStratify(List,
 * Map, WeightingOptions)} for the rules.
 */
final class PostStratification {
  private PostStratification() {}

  static WeightedSample apply(
      Sample sample,
      List<String> variables,
      Map<List<String>, Double> cellShares,
      WeightingOptions options) {
    Objects.requireNonNull(variables, "variables");
    Objects.requireNonNull(cellShares, "cellShares");
    Objects.requireNonNull(options, "options");
    if (variables.isEmpty()) {
      throw new IllegalArgumentException("variables must name at least one column, was empty");
    }
    if (options.capped()) {
      throw new IllegalArgumentException(
          "maxWeight applies to raking only, was "
              + options.maxWeight()
              + "; post-stratification weights are fixed by the cells");
    }
    for (String v : variables) {
      sample.column(Objects.requireNonNull(v, "a variable"), "variables");
    }
    if (cellShares.isEmpty()) {
      throw new IllegalArgumentException("cellShares must give at least one cell, was empty");
    }
    Map<List<String>, Integer> index = new LinkedHashMap<>();
    Map<String, Double> byLabel = new LinkedHashMap<>();
    for (Map.Entry<List<String>, Double> e : cellShares.entrySet()) {
      List<String> cell = e.getKey();
      if (cell == null || cell.size() != variables.size()) {
        throw new IllegalArgumentException(
            "cellShares key " + cell + " must give one level for each of " + variables);
      }
      index.put(List.copyOf(cell), index.size());
      byLabel.put(String.join(" × ", cell), e.getValue());
    }
    double[] shares = PopulationShares.checked("cellShares", byLabel);
    CompleteCases kept = CompleteCases.of(sample, variables, options.dropMissing());
    Sample from = kept.sample();
    int[] cellOf = cells(from, variables, index);
    double[] base = from.baseWeights();
    double[] cellTotals = new double[index.size()];
    double total = 0;
    for (int i = 0; i < cellOf.length; i++) {
      cellTotals[cellOf[i]] += base[i];
      total += base[i];
    }
    List<List<String>> cells = new ArrayList<>(index.keySet());
    for (int c = 0; c < cellTotals.length; c++) {
      if (cellTotals[c] == 0) {
        throw new IllegalArgumentException(
            "cellShares gives cell "
                + cells.get(c)
                + " of "
                + variables
                + " a share of "
                + shares[c]
                + ", but no respondent is in it (an empty cell): merge cells"
                + " or rake to the margins instead");
      }
    }
    int n = cellOf.length;
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = base[i] * total * shares[cellOf[i]] / cellTotals[cellOf[i]];
      sum += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] *= n / sum;
    }
    WeightingReport report =
        new WeightingReport("post-stratification", variables, n, kept.dropped(), 0, 0, true, 0);
    return new WeightedSample(
        from, w, new Calibration.Cells(cellOf, cells.size(), w, base), report);
  }

  /** Each respondent's cell, as an index into {@code index}; every respondent needs one. */
  private static int[] cells(
      Sample sample, List<String> variables, Map<List<String>, Integer> index) {
    List<Column<?>> columns = variables.stream().<Column<?>>map(sample.table()::column).toList();
    int[] cellOf = new int[sample.size()];
    for (int i = 0; i < cellOf.length; i++) {
      List<String> key = new ArrayList<>(variables.size());
      for (Column<?> c : columns) {
        key.add(sample.level(c, i));
      }
      Integer c = index.get(key);
      if (c == null) {
        throw new IllegalArgumentException(
            "cellShares has no share for cell "
                + key
                + " of "
                + variables
                + ", which "
                + sample.source()
                + " has at "
                + sample.rowName(i));
      }
      cellOf[i] = c;
    }
    return cellOf;
  }
}
