package io.github.pollkit.trend;

/**
 * The posterior of the house effects (and group offsets) of {@link HouseEffectModel} given its
 * sufficient quantities S and s, and the marginal log-likelihood (see the class notes of {@link
 * HouseEffectModel}): house effects with prior N(0, σ<sub>h</sub>² I), offsets with a flat prior,
 * each family centred on its contrasts, with the direction 1 of the house effects carrying the
 * prior variance σ<sub>h</sub>²/K and that of the offsets fixed at zero. Its columns are a subset
 * of the caller's (house effects are dropped with fewer than two pollsters or σ<sub>h</sub>² = 0).
 */
final class HouseEffectPosterior {
  final int[] columns; // the caller's column of each posterior column
  final int k; // house columns (first), then offsets
  final int g;
  final double[] mean;
  final double[] choleskyB; // lower Cholesky factor of B (null when there are no columns)
  final double alongHouses; // extra variance along 1_h/√k: σ_h² − 1/(c_h + 1/σ_h²)
  final double alongGroups; // extra variance along 1_g/√g: −1/c_g (the direction is fixed)
  final double logLikelihood;

  HouseEffectPosterior(
      int[] columns,
      int k,
      int g,
      double[] mean,
      double[] choleskyB,
      double alongHouses,
      double alongGroups,
      double logLikelihood) {
    this.columns = columns;
    this.k = k;
    this.g = g;
    this.mean = mean;
    this.choleskyB = choleskyB;
    this.alongHouses = alongHouses;
    this.alongGroups = alongGroups;
    this.logLikelihood = logLikelihood;
  }

  /** Σ x[columns[j]] mean[j]: the effect on the level of a vector of column loadings. */
  double dot(double[] x) {
    double sum = 0;
    for (int j = 0; j < columns.length; j++) {
      sum += x[columns[j]] * mean[j];
    }
    return sum;
  }

  /** xᵀ Var x for loadings x in the caller's columns. */
  double quadraticForm(double[] x) {
    int n = columns.length;
    if (n == 0) {
      return 0;
    }
    double[] z = new double[n];
    double sumH = 0;
    double sumG = 0;
    for (int j = 0; j < n; j++) {
      z[j] = x[columns[j]];
      if (j < k) {
        sumH += z[j];
      } else {
        sumG += z[j];
      }
    }
    forwardSolve(choleskyB, z, n);
    double sum = 0;
    for (int j = 0; j < n; j++) {
      sum += z[j] * z[j];
    }
    if (k > 0) {
      sum += alongHouses * sumH * sumH / k;
    }
    if (g > 0) {
      sum += alongGroups * sumG * sumG / g;
    }
    return Math.max(sum, 0);
  }

  /** The posterior mean of the caller's column c (0 if it is not in the posterior). */
  double meanOf(int c) {
    for (int j = 0; j < columns.length; j++) {
      if (columns[j] == c) {
        return mean[j];
      }
    }
    return 0;
  }

  /** The posterior variance of the caller's column c (0 if it is not in the posterior). */
  double varianceOf(int c, int callerColumns) {
    double[] e = new double[callerColumns];
    e[c] = 1;
    for (int column : columns) {
      if (column == c) {
        return quadraticForm(e);
      }
    }
    return 0;
  }

  /**
   * The posterior given the sufficient quantities and σ<sub>h</sub>², and the marginal
   * log-likelihood (see the class notes).
   */
  static HouseEffectPosterior of(HouseEffectModel.Sufficient raw, double houseVariance) {
    int k = raw.k >= 2 && houseVariance > 0 ? raw.k : 0;
    int g = raw.g;
    int n = k + g;
    int all = raw.k + raw.g;
    int[] columns = new int[n];
    for (int j = 0; j < k; j++) {
      columns[j] = j;
    }
    for (int j = 0; j < g; j++) {
      columns[k + j] = raw.k + j;
    }
    if (n == 0) {
      return new HouseEffectPosterior(columns, 0, 0, new double[0], null, 0, 0, raw.logLikelihood0);
    }
    double[] s = new double[n];
    double[] bigS = new double[n * n];
    for (int i = 0; i < n; i++) {
      s[i] = raw.s[columns[i]];
      for (int j = 0; j < n; j++) {
        bigS[i * n + j] =
            0.5
                * (raw.bigS[columns[i] * all + columns[j]]
                    + raw.bigS[columns[j] * all + columns[i]]);
      }
    }
    // project each family onto its contrasts: P S P, P s
    centreFamily(bigS, s, n, 0, k);
    centreFamily(bigS, s, n, k, n);
    double logDetA = 0;
    double cH = meanDiagonal(bigS, n, 0, k);
    double cG = meanDiagonal(bigS, n, k, n);
    double prec = k > 0 ? 1 / houseVariance : 0;
    double[] b = bigS.clone();
    addToBlock(b, n, 0, k, cH / Math.max(k, 1));
    addToBlock(b, n, k, n, cG / Math.max(g, 1));
    for (int j = 0; j < k; j++) {
      b[j * n + j] += prec;
    }
    double logDetB;
    try {
      logDetB = cholesky(b, n);
    } catch (ArithmeticException singular) {
      throw new IllegalArgumentException(
          "the group offsets are not identified by the polls: some group's polls say nothing"
              + " about its difference from the other groups (for example its only poll is the"
              + " first after a break)",
          singular);
    }
    // A = P S P + I/σ² on the houses (flat on the offset contrasts, offsets' 1-direction fixed):
    // log det A (restricted) = log det B − log(c_h + 1/σ²) + log(1/σ²) − log c_g
    logDetA = logDetB;
    if (k > 0) {
      logDetA += Math.log(prec) - Math.log(cH + prec);
    }
    if (g > 0) {
      logDetA -= Math.log(cG);
    }
    double[] mean = s.clone();
    forwardSolve(b, mean, n);
    double quad = 0;
    for (int j = 0; j < n; j++) {
      quad += mean[j] * mean[j];
    }
    backSolve(b, mean, n);
    double ll = raw.logLikelihood0 - 0.5 * logDetA + 0.5 * quad;
    if (k > 0) {
      ll -= 0.5 * k * Math.log(houseVariance);
    }
    double alongHouses = k > 0 ? houseVariance - 1 / (cH + prec) : 0;
    double alongGroups = g > 0 ? -1 / cG : 0;
    return new HouseEffectPosterior(columns, k, g, mean, b, alongHouses, alongGroups, ll);
  }

  private static void centreFamily(double[] a, double[] s, int n, int from, int to) {
    int size = to - from;
    if (size == 0) {
      return;
    }
    // columns: subtract each row's mean over the family's columns; then rows likewise
    for (int i = 0; i < n; i++) {
      double mean = 0;
      for (int j = from; j < to; j++) {
        mean += a[i * n + j];
      }
      mean /= size;
      for (int j = from; j < to; j++) {
        a[i * n + j] -= mean;
      }
    }
    for (int j = 0; j < n; j++) {
      double mean = 0;
      for (int i = from; i < to; i++) {
        mean += a[i * n + j];
      }
      mean /= size;
      for (int i = from; i < to; i++) {
        a[i * n + j] -= mean;
      }
    }
    double mean = 0;
    for (int j = from; j < to; j++) {
      mean += s[j];
    }
    mean /= size;
    for (int j = from; j < to; j++) {
      s[j] -= mean;
    }
  }

  private static double meanDiagonal(double[] a, int n, int from, int to) {
    if (to == from) {
      return 1;
    }
    double c = 0;
    for (int j = from; j < to; j++) {
      c += a[j * n + j];
    }
    c /= to - from;
    return c > 0 ? c : 1;
  }

  private static void addToBlock(double[] a, int n, int from, int to, double v) {
    for (int i = from; i < to; i++) {
      for (int j = from; j < to; j++) {
        a[i * n + j] += v;
      }
    }
  }

  /** In-place lower Cholesky factor of a symmetric positive-definite n × n matrix; log det. */
  static double cholesky(double[] a, int n) {
    double logDet = 0;
    for (int j = 0; j < n; j++) {
      double diagonal = a[j * n + j];
      double d = diagonal;
      for (int t = 0; t < j; t++) {
        d -= a[j * n + t] * a[j * n + t];
      }
      // a pivot lost to cancellation down to 1e-10 of its diagonal is a singular direction
      if (!(d > 1e-10 * diagonal)) {
        throw new ArithmeticException("matrix not positive definite");
      }
      double l = Math.sqrt(d);
      a[j * n + j] = l;
      logDet += 2 * Math.log(l);
      for (int i = j + 1; i < n; i++) {
        double v = a[i * n + j];
        for (int t = 0; t < j; t++) {
          v -= a[i * n + t] * a[j * n + t];
        }
        a[i * n + j] = v / l;
      }
      for (int i = 0; i < j; i++) {
        a[i * n + j] = 0;
      }
    }
    return logDet;
  }

  static void forwardSolve(double[] l, double[] x, int n) {
    for (int i = 0; i < n; i++) {
      double v = x[i];
      for (int t = 0; t < i; t++) {
        v -= l[i * n + t] * x[t];
      }
      x[i] = v / l[i * n + i];
    }
  }

  static void backSolve(double[] l, double[] x, int n) {
    for (int i = n - 1; i >= 0; i--) {
      double v = x[i];
      for (int t = i + 1; t < n; t++) {
        v -= l[t * n + i] * x[t];
      }
      x[i] = v / l[i * n + i];
    }
  }
}
