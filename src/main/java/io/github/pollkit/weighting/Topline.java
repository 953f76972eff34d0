package io.github.pollkit.weighting;

import java.util.Arrays;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The weighted topline of one answer column as a Tablesaw table (columns {@code option, n, share,
 * lower, upper, se, se_fixed, n_eff, deff}; see {@link Respondents#topline(String, double)}).
 * Shares and standard errors come from {@link Estimates} as fractions and become points here.
 */
final class Topline {
  private Topline() {}

  /**
   * The topline of {@code column} of the weighted respondents.
   *
   * @throws IllegalArgumentException if the column does not exist or no respondent answered
   */
  static Table of(WeightedSample weighted, String column, Confidence confidence) {
    Sample sample = weighted.sample();
    Levels.Coded answers = sample.code(sample.column(column, "column"));
    if (answers.levels().isEmpty()) {
      throw new IllegalArgumentException(
          "column '" + column + "' has no answers: all " + sample.size() + " are missing");
    }
    int k = answers.levels().size();
    double[] weights = weighted.weights();
    Estimates.Option[] options =
        Estimates.shares(
            answers.codes(), k, weights, weighted.calibration(), sample.populationSize());
    double nEff = Estimates.kishEffectiveSize(weights, answers.codes());
    int answered = answers.codes().length - answers.missing();
    int[] n = new int[k];
    double[] share = new double[k];
    double[] lower = new double[k];
    double[] upper = new double[k];
    double[] se = new double[k];
    double[] seFixed = new double[k];
    for (int j = 0; j < k; j++) {
      n[j] = options[j].respondents();
      share[j] = 100 * options[j].share();
      se[j] = 100 * options[j].se();
      seFixed[j] = 100 * options[j].seFixed();
      lower[j] = Math.max(0, share[j] - confidence.z() * se[j]);
      upper[j] = Math.min(100, share[j] + confidence.z() * se[j]);
    }
    double[] nEffs = new double[k];
    double[] deffs = new double[k];
    Arrays.fill(nEffs, nEff);
    Arrays.fill(deffs, answered / nEff);
    String name =
        String.format(
            Locale.ROOT,
            "%s: %s topline, %d answered, %d missing left out, %s%% intervals",
            column,
            weighted.report() == null ? "unraked" : weighted.report().method(),
            answered,
            answers.missing(),
            confidence.percent());
    return Table.create(
        name,
        StringColumn.create("option", answers.levels()),
        IntColumn.create("n", n),
        DoubleColumn.create("share", share),
        DoubleColumn.create("lower", lower),
        DoubleColumn.create("upper", upper),
        DoubleColumn.create("se", se),
        DoubleColumn.create("se_fixed", seFixed),
        DoubleColumn.create("n_eff", nEffs),
        DoubleColumn.create("deff", deffs));
  }
}
