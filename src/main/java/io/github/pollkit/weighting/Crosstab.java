package io.github.pollkit.weighting;

/**
 * Weighted two-way table of int-coded answer × group (package-private core). Rows with a missing
 * code (-1) in either are left out.
 */
record Crosstab(int[][] counts, double[][] weighted, double[] groupEffectiveSize, int used) {

  static Crosstab of(int[] answers, int answerLevels, int[] groups, int groupLevels, double[] w) {
    int[][] counts = new int[answerLevels][groupLevels];
    double[][] weighted = new double[answerLevels][groupLevels];
    double[] groupSum = new double[groupLevels];
    double[] groupSquares = new double[groupLevels];
    int used = 0;
    for (int i = 0; i < w.length; i++) {
      int a = answers[i];
      int g = groups[i];
      if (a >= 0 && g >= 0) {
        used++;
        counts[a][g]++;
        weighted[a][g] += w[i];
        groupSum[g] += w[i];
        groupSquares[g] += w[i] * w[i];
      }
    }
    double[] nEff = new double[groupLevels];
    for (int g = 0; g < groupLevels; g++) {
      nEff[g] = groupSum[g] * groupSum[g] / groupSquares[g];
    }
    return new Crosstab(counts, weighted, nEff, used);
  }

  double rowShare(int a, int g) {
    double total = 0;
    for (double v : weighted[a]) {
      total += v;
    }
    return weighted[a][g] / total;
  }

  double columnShare(int a, int g) {
    double total = 0;
    for (double[] row : weighted) {
      total += row[g];
    }
    return weighted[a][g] / total;
  }

  double cellShare(int a, int g) {
    double total = 0;
    for (double[] row : weighted) {
      for (double v : row) {
        total += v;
      }
    }
    return weighted[a][g] / total;
  }
}
