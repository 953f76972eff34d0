package io.github.pollkit.weighting;

/**
 * What the final weights were calibrated to, as needed for the linearised variance: the influence
 * values of a calibrated estimator are replaced by their residuals from the calibration variables
 * (Deville and Särndal 1992, "Calibration estimators in survey sampling", JASA 87, 376–382; Lumley
 * 2010, <i>Complex Surveys</i>, §7). Package-private core.
 */
sealed interface Calibration {

  /** Replaces the influence values {@code z} (one per respondent) by their residuals, in place. */
  void residualize(double[] z);

  /** Weights treated as given: nothing to remove. */
  record None() implements Calibration {
    @Override
    public void residualize(double[] z) {}
  }

  /**
   * Raking to margins. As R {@code survey}'s {@code rake()} stores it and {@code svyrecvar} applies
   * it: for each margin, {@code z_i ← z_i − w_i · mean_{j in level(i)}(z_j / w_j)} with the plain
   * (unweighted) mean over the level's respondents, repeated over the margins. R stops after 10
   * sweeps; here the sweeps (backfitting) run until the largest change is below 1e-14 of the
   * largest |z|, which is the exact projection (R's 10 sweeps agree with it to about 1e-15 on both
   * reference data sets). With equal base weights this equals the residual of the regression on all
   * margin indicators that {@code calibrate(calfun = "raking")} uses.
   */
  record Margins(int[][] codes, int[] levelCounts, double[] weights) implements Calibration {
    private static final int MAX_SWEEPS = 1000;

    @Override
    public void residualize(double[] z) {
      int n = z.length;
      double scale = 0;
      for (double v : z) {
        scale = Math.max(scale, Math.abs(v));
      }
      if (scale == 0) {
        return;
      }
      double[][] counts = new double[codes.length][];
      double[][] means = new double[codes.length][];
      for (int k = 0; k < codes.length; k++) {
        counts[k] = new double[levelCounts[k]];
        means[k] = new double[levelCounts[k]];
        for (int c : codes[k]) {
          counts[k][c]++;
        }
      }
      for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
        double largestChange = 0;
        for (int k = 0; k < codes.length; k++) {
          int[] c = codes[k];
          double[] m = means[k];
          java.util.Arrays.fill(m, 0);
          for (int i = 0; i < n; i++) {
            m[c[i]] += z[i] / weights[i];
          }
          for (int l = 0; l < m.length; l++) {
            m[l] /= counts[k][l];
          }
          for (int i = 0; i < n; i++) {
            double change = weights[i] * m[c[i]];
            z[i] -= change;
            largestChange = Math.max(largestChange, Math.abs(change));
          }
        }
        if (largestChange <= 1e-14 * scale) {
          return;
        }
      }
    }
  }

  /**
   * Post-stratification on cells. As R {@code survey}'s {@code svyrecvar} does for a {@code
   * postStratify()}-ed design: {@code z_i ← z_i − w_i · Σ_c(d_j z_j / w_j) / Σ_c d_j} where {@code
   * d} are the weights before post-stratification (the base weights).
   */
  record Cells(int[] cells, int cellCount, double[] weights, double[] baseWeights)
      implements Calibration {
    @Override
    public void residualize(double[] z) {
      double[] numerator = new double[cellCount];
      double[] denominator = new double[cellCount];
      for (int i = 0; i < z.length; i++) {
        numerator[cells[i]] += baseWeights[i] * z[i] / weights[i];
        denominator[cells[i]] += baseWeights[i];
      }
      for (int i = 0; i < z.length; i++) {
        int c = cells[i];
        z[i] -= weights[i] * numerator[c] / denominator[c];
      }
    }
  }
}
