package io.github.pollkit.weighting;

import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The weighted crosstab of an answer by a group as a Tablesaw table (columns {@code answer, group,
 * n, weighted_count, row_pct, col_pct, cell_pct, n_eff, moe}; see {@link
 * Respondents#crosstab(String, String, double)}). Respondents missing either are left out.
 */
final class Crosstab {
  private Crosstab() {}

  /**
   * The crosstab of {@code answer} by {@code group} of the weighted respondents.
   *
   * @throws IllegalArgumentException if a column does not exist
   */
  static Table of(WeightedSample respondents, String answer, String group, Confidence confidence) {
    Sample sample = respondents.sample();
    Levels.Coded answers = sample.code(sample.column(answer, "answer"));
    Levels.Coded groups = sample.code(sample.column(group, "group"));
    double[] weights = respondents.weights();
    int answerLevels = answers.levels().size();
    int groupLevels = groups.levels().size();
    int[][] counts = new int[answerLevels][groupLevels];
    double[][] weighted = new double[answerLevels][groupLevels];
    double[] answerTotal = new double[answerLevels];
    double[] groupTotal = new double[groupLevels];
    double[] groupSquares = new double[groupLevels];
    double total = 0;
    int used = 0;
    for (int i = 0; i < weights.length; i++) {
      int a = answers.codes()[i];
      int g = groups.codes()[i];
      if (a >= 0 && g >= 0) {
        double w = weights[i];
        used++;
        counts[a][g]++;
        weighted[a][g] += w;
        answerTotal[a] += w;
        groupTotal[g] += w;
        groupSquares[g] += w * w;
        total += w;
      }
    }
    int rows = answerLevels * groupLevels;
    StringColumn answerColumn = StringColumn.create("answer");
    StringColumn groupColumn = StringColumn.create("group");
    int[] n = new int[rows];
    double[] weightedCount = new double[rows];
    double[] rowPct = new double[rows];
    double[] colPct = new double[rows];
    double[] cellPct = new double[rows];
    double[] nEff = new double[rows];
    double[] moe = new double[rows];
    int r = 0;
    for (int a = 0; a < answerLevels; a++) {
      for (int g = 0; g < groupLevels; g++) {
        answerColumn.append(answers.levels().get(a));
        groupColumn.append(groups.levels().get(g));
        n[r] = counts[a][g];
        weightedCount[r] = weighted[a][g];
        double colShare = weighted[a][g] / groupTotal[g];
        rowPct[r] = 100 * weighted[a][g] / answerTotal[a];
        colPct[r] = 100 * colShare;
        cellPct[r] = 100 * weighted[a][g] / total;
        nEff[r] = groupTotal[g] * groupTotal[g] / groupSquares[g];
        moe[r] = confidence.z() * 100 * Math.sqrt(colShare * (1 - colShare) / nEff[r]);
        r++;
      }
    }
    String name =
        String.format(
            Locale.ROOT,
            "%s by %s: %d respondents, %d left out (missing), %s%% margins of error",
            answer,
            group,
            used,
            weights.length - used,
            confidence.percent());
    return Table.create(
        name,
        answerColumn,
        groupColumn,
        IntColumn.create("n", n),
        DoubleColumn.create("weighted_count", weightedCount),
        DoubleColumn.create("row_pct", rowPct),
        DoubleColumn.create("col_pct", colPct),
        DoubleColumn.create("cell_pct", cellPct),
        DoubleColumn.create("n_eff", nEff),
        DoubleColumn.create("moe", moe));
  }
}
