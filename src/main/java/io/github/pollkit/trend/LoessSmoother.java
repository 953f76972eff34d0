package io.github.pollkit.trend;

import java.util.Arrays;

/**
 * The LOESS engine behind {@link Loess}: validated data sorted by x, grouped into distinct x
 * values, and the local regressions of Cleveland (1979) exactly as statsmodels' {@code lowess}
 * computes them.
 *
 * <p>Work is done per distinct x: all points that share an x value get the same tricube weight, so
 * each local regression sums per-x aggregates (Σ r, Σ r·y, Σ r², Σ r²/w over the points of one x,
 * where w are the prior weights and r = w times the robustness weights) instead of single points. A
 * regression therefore costs O(distinct x values in the neighbourhood), and a pass O(n + distinct x
 * · that). Polls share end dates, so this is much less than the O(n·k) of a per-point
 * implementation.
 *
 * <p>Why the grouping changes nothing: the neighbourhood is the statsmodels window of k consecutive
 * sorted points. A group of tied x values that is cut by the window's edge always lies exactly at
 * the neighbourhood radius (the window slides right while {@code xval > (x[left] + x[left + k]) /
 * 2}, so a cut on the left means the left end is the farther end, and a cut on the right means the
 * right end is at least as far), and a point at the radius has tricube weight (1 − 1³)³ = 0.
 * Summing whole groups therefore gives the window's sums.
 *
 * <p>Not thread-safe (it reuses scratch arrays); {@link Loess} makes one per call. The class is
 * somewhat over 400 lines because the fit, the robustness passes and the variance factors share
 * those per-x aggregates and scratch arrays, which a split would have to hand around.
 */
final class LoessSmoother {
  /** statsmodels: a point counts as having positive weight when its weight exceeds this. */
  private static final double POSITIVE_WEIGHT = 1e-12;

  /** statsmodels: lower bound of the weighted variance of x in a neighbourhood. */
  private static final double MIN_WEIGHTED_VARIANCE = 1e-12;

  private final int n;
  private final int k;

  /** {@code order[s]} is the input index of the s-th point in ascending x (stable for ties). */
  private final int[] order;

  private final double[] xs;
  private final double[] ys;

  /** Prior weight of each sorted point (all 1 without weights). */
  private final double[] prior;

  /** Group (distinct x value) of each sorted point. */
  private final int[] groupOf;

  private final double[] groupX;

  // Per-pass aggregates over the points of each group, for the current robustness weights.
  private final double[] groupWeight;
  private final double[] groupWeightedY;
  private final double[] groupSquaredWeight;
  private final double[] groupSquaredWeightOverPrior;
  private final double[] groupLargestWeight;
  private final double[] groupSecondLargestWeight;
  private final double[] tricube;

  // Result of the last call of regress(...).
  private double fitValue;
  private double rowSquaredNorm;
  private double rowVarianceFactor;
  private double selfFactor;

  /**
   * @param x finite x values, at least 2 (checked by the caller)
   * @param y finite y values, same length (checked by the caller)
   * @param span in (0, 1] (checked by the caller)
   * @param weight prior weights, finite and &gt; 0, same length (checked by the caller), or null
   *     for all 1
   * @throws IllegalArgumentException if a neighbourhood would hold a single distinct x value
   */
  LoessSmoother(double[] x, double[] y, double span, double[] weight) {
    n = x.length;
    k = neighbourhoodSize(span, n);
    order = SortOrder.ascending(x);
    xs = new double[n];
    ys = new double[n];
    prior = new double[n];
    for (int s = 0; s < n; s++) {
      xs[s] = x[order[s]];
      ys[s] = y[order[s]];
      prior[s] = weight == null ? 1.0 : weight[order[s]];
    }
    groupOf = new int[n];
    int groups = 0;
    int largestTie = 0;
    int tieStart = 0;
    for (int s = 0; s < n; s++) {
      if (s > 0 && xs[s] != xs[s - 1]) {
        groups++;
        tieStart = s;
      }
      groupOf[s] = groups;
      largestTie = Math.max(largestTie, s - tieStart + 1);
    }
    groups++;
    requireTwoDistinctXPerNeighbourhood(groups, largestTie, span);
    groupX = new double[groups];
    for (int s = 0; s < n; s++) {
      groupX[groupOf[s]] = xs[s];
    }
    groupWeight = new double[groups];
    groupWeightedY = new double[groups];
    groupSquaredWeight = new double[groups];
    groupSquaredWeightOverPrior = new double[groups];
    groupLargestWeight = new double[groups];
    groupSecondLargestWeight = new double[groups];
    tricube = new double[groups];
  }

  /** statsmodels: {@code k = int(frac * n + 1e-10)}, then clamped to [2, n]. */
  static int neighbourhoodSize(double span, int n) {
    int k = (int) (span * n + 1e-10);
    return Math.max(2, Math.min(k, n));
  }

  private void requireTwoDistinctXPerNeighbourhood(int groups, int largestTie, double span) {
    if (groups == 1) {
      throw new IllegalArgumentException(
          "all "
              + n
              + " points have the same x ("
              + xs[0]
              + "); LOESS needs at least 2 distinct x values");
    }
    if (k <= largestTie) {
      int needed = largestTie + 1;
      double minimumSpan = Math.ceil((double) needed / n * 1e6) / 1e6;
      throw new IllegalArgumentException(
          String.format(
              "span %s is too small for the data: a neighbourhood holds %d of %d points, but %d"
                  + " points share one x value, so a neighbourhood could hold a single x;"
                  + " span must be at least %d/%d = %s",
              span, k, n, largestTie, needed, n, minimumSpan));
    }
  }

  int size() {
    return n;
  }

  /** Σ w_i (y_i − fitted_i)² with w the prior weights; y and fitted in input order. */
  double weightedResidualSquares(double[] y, double[] fitted) {
    double sum = 0.0;
    for (int s = 0; s < n; s++) {
      double e = y[order[s]] - fitted[order[s]];
      sum += prior[s] * e * e;
    }
    return sum;
  }

  /**
   * The weights of the final pass after {@code iterations} robustness steps, in sorted order: each
   * point's prior weight times its robustness weight (all robustness weights 1 for none), as R's
   * {@code loess} multiplies {@code weights} by the robustness weights.
   */
  double[] robustnessWeights(int iterations, double delta) {
    double[] weights = prior.clone();
    double[] fit = new double[n];
    double[] absResidual = new double[n];
    for (int iteration = 0; iteration < iterations; iteration++) {
      pass(xs, weights, delta, true, fit, null, null, null);
      for (int s = 0; s < n; s++) {
        absResidual[s] = Math.abs(ys[s] - fit[s]);
      }
      double median = Median.of(absResidual.clone());
      double scale = 6.0 * median;
      for (int s = 0; s < n; s++) {
        // statsmodels 0.13.5: with a zero median, 0/0 counts as 0 (weight 1) and e/0 as 1 (weight
        // 0)
        double u =
            scale == 0.0
                ? (absResidual[s] == 0.0 ? 0.0 : 1.0)
                : Math.min(absResidual[s] / scale, 1.0);
        double v = 1.0 - u * u;
        weights[s] = prior[s] * v * v;
      }
    }
    return weights;
  }

  /**
   * The fit at the data points, in input order.
   *
   * @param squaredNorms if not null, receives Σ_j L_ij² for each point (input order); needs delta 0
   * @param varianceFactors if not null, receives Σ_j L_ij² / w_j with w the prior weights for each
   *     point (input order); needs delta 0
   * @param diagonal if not null, receives L_ii for each point (input order); needs delta 0
   */
  double[] fitData(
      double[] weights,
      double delta,
      double[] squaredNorms,
      double[] varianceFactors,
      double[] diagonal) {
    double[] fit = new double[n];
    double[] norms = squaredNorms == null ? null : new double[n];
    double[] factors = varianceFactors == null ? null : new double[n];
    double[] diag = diagonal == null ? null : new double[n];
    pass(xs, weights, delta, true, fit, norms, factors, diag);
    unsort(norms, order, squaredNorms);
    unsort(factors, order, varianceFactors);
    unsort(diag, order, diagonal);
    return unsort(fit, order, new double[n]);
  }

  /**
   * The fit at the given points (any order, finite), in their order; NaN where the robustness
   * weights leave fewer than 2 points with positive weight.
   *
   * @param varianceFactors if not null, receives Σ_j l_j(at)² / w_j for each point, with w the
   *     prior weights
   */
  double[] fitAt(double[] weights, double[] at, double[] varianceFactors) {
    int m = at.length;
    double[] out = new double[m];
    if (m == 0) {
      return out;
    }
    int[] atOrder = SortOrder.ascending(at);
    double[] sortedAt = new double[m];
    for (int s = 0; s < m; s++) {
      sortedAt[s] = at[atOrder[s]];
    }
    double[] fit = new double[m];
    double[] factors = varianceFactors == null ? null : new double[m];
    pass(sortedAt, weights, 0.0, false, fit, null, factors, null);
    unsort(factors, atOrder, varianceFactors);
    return unsort(fit, atOrder, out);
  }

  /** Puts {@code sorted[s]} at {@code out[order[s]]} (nothing when {@code sorted} is null). */
  private static double[] unsort(double[] sorted, int[] order, double[] out) {
    for (int s = 0; sorted != null && s < sorted.length; s++) {
      out[order[s]] = sorted[s];
    }
    return out;
  }

  /**
   * One pass of local regressions at the sorted points {@code at}, following statsmodels' {@code
   * lowess} loop: regress at a point, copy the fit to later points with the same x, skip points
   * within {@code delta} of the last regression and fill them by linear interpolation.
   */
  private void pass(
      double[] at,
      double[] weights,
      double delta,
      boolean atData,
      double[] fit,
      double[] squaredNorms,
      double[] varianceFactors,
      double[] diagonal) {
    boolean stats = squaredNorms != null || varianceFactors != null || diagonal != null;
    aggregate(weights, stats);
    int m = at.length;
    int i = 0;
    int last = -1;
    int left = 0;
    while (true) {
      double xval = at[i];
      while (left + k < n && xval > (xs[left] + xs[left + k]) / 2.0) {
        left++;
      }
      double radius = Math.max(xval - xs[left], xs[left + k - 1] - xval);
      boolean ok = regress(xval, left, radius, stats);
      if (ok) {
        fit[i] = fitValue;
      } else {
        // statsmodels: the observation itself at a data point, NaN elsewhere
        fit[i] = atData ? ys[i] : Double.NaN;
      }
      if (squaredNorms != null) {
        squaredNorms[i] = ok ? rowSquaredNorm : atData ? 1.0 : Double.NaN;
      }
      if (varianceFactors != null) {
        varianceFactors[i] = ok ? rowVarianceFactor : atData ? 1.0 / prior[i] : Double.NaN;
      }
      if (diagonal != null) {
        diagonal[i] = ok ? selfFactor * weights[i] : 1.0;
      }
      if (last < i - 1) {
        interpolate(at, fit, i, last);
      }
      // statsmodels' update_indices, including Python's value of the loop variable afterwards
      last = i;
      double cutpoint = at[last] + delta;
      int next = last;
      for (int j = last + 1; j < m; j++) {
        next = j;
        if (at[j] > cutpoint) {
          break;
        }
        if (at[j] == at[last]) {
          fit[j] = fit[last];
          if (squaredNorms != null) {
            squaredNorms[j] = squaredNorms[last];
          }
          if (varianceFactors != null) {
            varianceFactors[j] = varianceFactors[last];
          }
          if (diagonal != null) {
            diagonal[j] = ok ? selfFactor * weights[j] : 0.0; // a copied row e_i has L_jj = 0
          }
          last = j;
        }
      }
      i = Math.max(next - 1, last + 1);
      if (last >= m - 1) {
        return;
      }
    }
  }

  private static void interpolate(double[] at, double[] fit, int i, int last) {
    double denominator = at[i] - at[last];
    for (int j = last + 1; j < i; j++) {
      double a = (at[j] - at[last]) / denominator;
      fit[j] = a * fit[i] + (1.0 - a) * fit[last];
    }
  }

  private void aggregate(double[] weights, boolean squares) {
    Arrays.fill(groupWeight, 0.0);
    Arrays.fill(groupWeightedY, 0.0);
    Arrays.fill(groupLargestWeight, 0.0);
    Arrays.fill(groupSecondLargestWeight, 0.0);
    if (squares) {
      Arrays.fill(groupSquaredWeight, 0.0);
      Arrays.fill(groupSquaredWeightOverPrior, 0.0);
    }
    for (int s = 0; s < n; s++) {
      int g = groupOf[s];
      double r = weights[s];
      groupWeight[g] += r;
      groupWeightedY[g] += r * ys[s];
      if (squares) {
        groupSquaredWeight[g] += r * r;
        groupSquaredWeightOverPrior[g] += r * r / prior[s];
      }
      if (r > groupLargestWeight[g]) {
        groupSecondLargestWeight[g] = groupLargestWeight[g];
        groupLargestWeight[g] = r;
      } else if (r > groupSecondLargestWeight[g]) {
        groupSecondLargestWeight[g] = r;
      }
    }
  }

  /**
   * Weighted local linear regression at {@code xval} over the window of k sorted points starting at
   * {@code left}. Point j has weight w_j = T(|x_j − xval| / radius) · r_j with the tricube T(u) =
   * (1 − u³)³ and robustness weight r_j; with normalised weights w̃ = w / Σw, x̄ = Σ w̃ x and v =
   * max(Σ w̃ (x − x̄)², 1e-12), the fit is Σ_j L_j y_j with L_j = w̃_j (1 + (xval − x̄)(x_j − x̄) /
   * v).
   *
   * @return false if fewer than 2 points have weight above 1e-12 (then no fit is made)
   */
  private boolean regress(double xval, int left, double radius, boolean stats) {
    int first = groupOf[left];
    int lastGroup = groupOf[left + k - 1];
    double sumWeight = 0.0;
    double sumWeightedX = 0.0;
    int positive = 0;
    for (int g = first; g <= lastGroup; g++) {
      double u = Math.abs(groupX[g] - xval) / radius;
      double cube = u * u * u;
      double v = 1.0 - cube;
      double t = v * v * v;
      tricube[g] = t;
      double w = t * groupWeight[g];
      sumWeight += w;
      sumWeightedX += w * groupX[g];
      if (positive < 2 && t * groupLargestWeight[g] > POSITIVE_WEIGHT) {
        positive += t * groupSecondLargestWeight[g] > POSITIVE_WEIGHT ? 2 : 1;
      }
    }
    if (positive < 2) {
      return false;
    }
    double meanX = sumWeightedX / sumWeight;
    double sumSquares = 0.0;
    double sumY = 0.0;
    double sumCrossY = 0.0;
    for (int g = first; g <= lastGroup; g++) {
      double t = tricube[g];
      double dx = groupX[g] - meanX;
      sumSquares += t * groupWeight[g] * dx * dx;
      sumY += t * groupWeightedY[g];
      sumCrossY += t * dx * groupWeightedY[g];
    }
    double variance = Math.max(sumSquares / sumWeight, MIN_WEIGHTED_VARIANCE);
    double slopeFactor = (xval - meanX) / variance;
    fitValue = (sumY + slopeFactor * sumCrossY) / sumWeight;
    if (stats) {
      double squaredNorm = 0.0;
      double varianceFactor = 0.0;
      for (int g = first; g <= lastGroup; g++) {
        double coefficient = tricube[g] * (1.0 + slopeFactor * (groupX[g] - meanX)) / sumWeight;
        squaredNorm += coefficient * coefficient * groupSquaredWeight[g];
        varianceFactor += coefficient * coefficient * groupSquaredWeightOverPrior[g];
      }
      rowSquaredNorm = squaredNorm;
      rowVarianceFactor = varianceFactor;
      // the point's own coefficient per unit robustness weight: tricube(0) = 1
      selfFactor = (1.0 + slopeFactor * (xval - meanX)) / sumWeight;
    }
    return true;
  }
}
