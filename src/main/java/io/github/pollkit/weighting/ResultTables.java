package io.github.pollkit.weighting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Builds the Tablesaw tables of {@link Respondents#topline} and {@link Respondents#crosstab}
 * (package-private); shares become percentage points here.
 */
final class ResultTables {
  private ResultTables() {}

  static Table topline(
      String column,
      String method,
      Levels.Coded answers,
      Estimates.Option[] options,
      double nEff,
      double z,
      double confidence) {
    int answered = answers.codes().length - answers.missing();
    int k = options.length;
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
      lower[j] = Math.max(0, share[j] - z * se[j]);
      upper[j] = Math.min(100, share[j] + z * se[j]);
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
            method,
            answered,
            answers.missing(),
            percent(confidence));
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

  static Table crosstab(
      String answer,
      String group,
      Levels.Coded a,
      Levels.Coded g,
      Crosstab tab,
      int respondents,
      double z,
      double confidence) {
    int rows = a.levels().size() * g.levels().size();
    StringColumn answerColumn = StringColumn.create("answer");
    StringColumn groupColumn = StringColumn.create("group");
    int[] n = new int[rows];
    double[] weighted = new double[rows];
    double[] rowPct = new double[rows];
    double[] colPct = new double[rows];
    double[] cellPct = new double[rows];
    double[] nEff = new double[rows];
    double[] moe = new double[rows];
    int r = 0;
    for (int i = 0; i < a.levels().size(); i++) {
      for (int j = 0; j < g.levels().size(); j++) {
        answerColumn.append(a.levels().get(i));
        groupColumn.append(g.levels().get(j));
        n[r] = tab.counts()[i][j];
        double colShare = tab.columnShare(i, j);
        weighted[r] = tab.weighted()[i][j];
        rowPct[r] = 100 * tab.rowShare(i, j);
        colPct[r] = 100 * colShare;
        cellPct[r] = 100 * tab.cellShare(i, j);
        nEff[r] = tab.groupEffectiveSize()[j];
        moe[r] = z * 100 * Math.sqrt(colShare * (1 - colShare) / nEff[r]);
        r++;
      }
    }
    String name =
        String.format(
            Locale.ROOT,
            "%s by %s: %d respondents, %d left out (missing), %s%% margins of error",
            answer,
            group,
            tab.used(),
            respondents - tab.used(),
            percent(confidence));
    return Table.create(
        name,
        answerColumn,
        groupColumn,
        IntColumn.create("n", n),
        DoubleColumn.create("weighted_count", weighted),
        DoubleColumn.create("row_pct", rowPct),
        DoubleColumn.create("col_pct", colPct),
        DoubleColumn.create("cell_pct", cellPct),
        DoubleColumn.create("n_eff", nEff),
        DoubleColumn.create("moe", moe));
  }

  /** 0.95 → "95", 0.999 → "99.9". */
  static String percent(double confidence) {
    return new BigDecimal(100 * confidence)
        .round(new MathContext(6))
        .stripTrailingZeros()
        .toPlainString();
  }
}
