package io.github.pollkit.weighting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.columns.Column;

/**
 * Raking of a sample's base weights to population margins: checks the targets against the data,
 * codes each raking variable against its target levels and runs {@link Ipf}. See {@link
 * Respondents#rake(Map, WeightingOptions)} for the rules.
 */
final class Raking {
  private Raking() {}

  static WeightedSample rake(
      Sample sample, Map<String, Map<String, Double>> targets, WeightingOptions options) {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(options, "options");
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("targets must name at least one variable, was empty");
    }
    List<String> variables = new ArrayList<>();
    List<List<String>> levels = new ArrayList<>();
    double[][] shares = new double[targets.size()][];
    for (Map.Entry<String, Map<String, Double>> e : targets.entrySet()) {
      String variable = Objects.requireNonNull(e.getKey(), "a target variable");
      sample.column(variable, "targets variable");
      Map<String, Double> byLevel =
          Objects.requireNonNull(e.getValue(), () -> "targets for '" + variable + "'");
      if (byLevel.isEmpty()) {
        throw new IllegalArgumentException(
            "targets for '" + variable + "' must give at least one level, were empty");
      }
      shares[variables.size()] = PopulationShares.checked(variable, byLevel);
      variables.add(variable);
      levels.add(new ArrayList<>(byLevel.keySet()));
    }
    CompleteCases kept = CompleteCases.of(sample, variables, options.dropMissing());
    Sample from = kept.sample();
    int[][] codes = new int[variables.size()][];
    for (int k = 0; k < variables.size(); k++) {
      codes[k] = codeAgainst(from, variables.get(k), levels.get(k));
    }
    Ipf.Result result =
        Ipf.rake(
            codes,
            shares,
            from.baseWeights(),
            options.tolerance(),
            options.maxIterations(),
            options.maxWeight());
    WeightingReport report =
        new WeightingReport(
            "raking",
            variables,
            from.size(),
            kept.dropped(),
            result.iterations(),
            result.largestGap(),
            result.converged(),
            atCap(result.weights(), options));
    if (!result.converged()) {
      throw new RakingDidNotConvergeException(report, options.tolerance());
    }
    int[] levelCounts = levels.stream().mapToInt(List::size).toArray();
    Calibration margins = new Calibration.Margins(codes, levelCounts, result.weights());
    return new WeightedSample(from, result.weights(), margins, report);
  }

  private static int atCap(double[] weights, WeightingOptions options) {
    int count = 0;
    if (options.capped()) {
      for (double w : weights) {
        if (w >= options.maxWeight() * (1 - 1e-9)) {
          count++;
        }
      }
    }
    return count;
  }

  /** Codes {@code variable} against the target levels; every row must have a targeted level. */
  private static int[] codeAgainst(Sample sample, String variable, List<String> targetLevels) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int l = 0; l < targetLevels.size(); l++) {
      index.put(targetLevels.get(l), l);
    }
    Column<?> c = sample.table().column(variable);
    int[] codes = new int[sample.size()];
    int[] counts = new int[targetLevels.size()];
    for (int i = 0; i < codes.length; i++) {
      String level = sample.level(c, i);
      Integer code = index.get(level);
      if (code == null) {
        throw new IllegalArgumentException(
            "targets for '"
                + variable
                + "' have no share for level '"
                + level
                + "', which "
                + count(sample, c, level)
                + " respondents have; targets give "
                + targetLevels);
      }
      codes[i] = code;
      counts[code]++;
    }
    for (int l = 0; l < counts.length; l++) {
      if (counts[l] == 0) {
        throw new IllegalArgumentException(
            "targets for '"
                + variable
                + "' give level '"
                + targetLevels.get(l)
                + "', which no respondent has; levels in the data are "
                + sample.code(c).levels());
      }
    }
    return codes;
  }

  private static int count(Sample sample, Column<?> c, String level) {
    int respondents = 0;
    for (int j = 0; j < sample.size(); j++) {
      if (level.equals(sample.level(c, j))) {
        respondents++;
      }
    }
    return respondents;
  }
}
