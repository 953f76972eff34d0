package io.github.pollkit.weighting;

/**
 * Weighted shares of one categorical answer with their standard errors (package-private core).
 *
 * <p>For option {@code j}, with answered respondents {@code A}, weights {@code w} and {@code W =
 * Σ_A w}: the share is {@code p = Σ_A w·y / W} with {@code y = 1} for option {@code j}. Its
 * influence values are {@code z_i = w_i (y_i − p) / W} for {@code i} in {@code A} (Woodruff 1971;
 * Lumley 2010, §2.2 and §3.2). The variance of a with-replacement single-stage design is {@code f ·
 * n/(n−1) · Σ (z_i − z̄)²} with {@code f = (N − n)/N} when the population size {@code N} is given
 * and 1 otherwise — exactly R {@code survey}'s {@code svyrecvar} for {@code ids = ~1}.
 *
 * <p>Respondents who did not answer stay in with {@code z = 0} and {@code n} counts all respondents
 * (domain estimation: R's {@code svymean(na.rm = TRUE)} subsets the design, and {@code onestrat}
 * keeps the design's sample size {@code n} and pads the dropped rows with zeros).
 *
 * <ul>
 *   <li><b>Fixed-weights SE</b>: the weights taken as given.
 *   <li><b>Calibrated SE</b>: the influence values first residualised on the calibration variables
 *       ({@link Calibration}).
 * </ul>
 */
final class Estimates {
  private Estimates() {}

  /** One option's estimate: share as a fraction, standard errors as fractions. */
  record Option(int respondents, double weightedCount, double share, double se, double seFixed) {}

  /**
   * @param answers option code per respondent, -1 when missing
   * @param options number of options
   * @param populationSize N for the finite population correction, or +infinity for none
   */
  static Option[] shares(
      int[] answers, int options, double[] w, Calibration calibration, double populationSize) {
    int n = answers.length;
    double answeredWeight = 0;
    int[] counts = new int[options];
    double[] totals = new double[options];
    for (int i = 0; i < n; i++) {
      int a = answers[i];
      if (a >= 0) {
        answeredWeight += w[i];
        counts[a]++;
        totals[a] += w[i];
      }
    }
    Option[] result = new Option[options];
    double[] z = new double[n];
    for (int j = 0; j < options; j++) {
      double p = totals[j] / answeredWeight;
      for (int i = 0; i < n; i++) {
        int a = answers[i];
        z[i] = a < 0 ? 0 : w[i] * ((a == j ? 1 : 0) - p) / answeredWeight;
      }
      double seFixed = Math.sqrt(variance(z, populationSize));
      double se;
      if (calibration instanceof Calibration.None) {
        se = seFixed;
      } else {
        calibration.residualize(z);
        se = Math.sqrt(variance(z, populationSize));
      }
      result[j] = new Option(counts[j], totals[j], p, se, seFixed);
    }
    return result;
  }

  /** f · n/(n−1) · Σ (z − z̄)² over all n respondents. */
  private static double variance(double[] z, double populationSize) {
    int n = z.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mean = 0;
    for (double v : z) {
      mean += v;
    }
    mean /= n;
    double sum = 0;
    for (double v : z) {
      double d = v - mean;
      sum += d * d;
    }
    double fpc = Double.isInfinite(populationSize) ? 1 : (populationSize - n) / populationSize;
    return fpc * n / (n - 1.0) * sum;
  }

  /** Kish's effective sample size (Σw)² / Σw² over the rows with {@code codes[i] >= 0}. */
  static double kishEffectiveSize(double[] w, int[] codes) {
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < w.length; i++) {
      if (codes[i] >= 0) {
        sum += w[i];
        squares += w[i] * w[i];
      }
    }
    return sum * sum / squares;
  }
}
