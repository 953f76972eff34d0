package io.github.pollkit.weighting;

/**
 * Weighted shares of one categorical answer with their standard errors (package-private core).
 *
 * <p>For option {@code j}, with answered respondents {@code A}, weights {@code w} and {@code W =
 * Σ_A w}: the share is {@code p = Σ_A w·y / W} with {@code y = 1} for option {@code j}. Its
 * influence values are {@code z_i = w_i (y_i − p) / W} for {@code i} in {@code A} (Woodruff 1971;
 * Lumley 2010, §2.2 and §3.2). The variance of a with-replacement single-stage design is {@code
 * f · n/(n−1) · Σ (z_i − z̄)²} with {@code f = (N − n)/N} when the population size {@code N} is
 * given and 1 otherwise — exactly R {@code survey}'s {@code svyrecvar} for {@code ids = ~1}.
 *
 * <ul>
 *   <li><b>Fixed-weights SE</b>: the answered respondents only, weights taken as given ({@code
 *       svymean(na.rm = TRUE)} on a design that is not calibrated drops the other rows).
 *   <li><b>Calibrated SE</b>: all {@code n} respondents, {@code z = 0} for those who did not
 *       answer (R keeps them in a calibrated design with zero weight: domain estimation), the
 *       influence values residualised on the calibration variables ({@link Calibration}).
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
    int answered = 0;
    double answeredWeight = 0;
    int[] counts = new int[options];
    double[] totals = new double[options];
    for (int i = 0; i < n; i++) {
      int a = answers[i];
      if (a >= 0) {
        answered++;
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
      double seFixed = Math.sqrt(variance(z, answers, answered, populationSize, true));
      double se;
      if (calibration instanceof Calibration.None) {
        se = seFixed;
      } else {
        calibration.residualize(z);
        se = Math.sqrt(variance(z, answers, n, populationSize, false));
      }
      result[j] = new Option(counts[j], totals[j], p, se, seFixed);
    }
    return result;
  }

  /** f · m/(m−1) · Σ (z − z̄)² over the rows used ({@code answeredOnly}: rows with an answer). */
  private static double variance(
      double[] z, int[] answers, int m, double populationSize, boolean answeredOnly) {
    if (m < 2) {
      return Double.NaN;
    }
    double mean = 0;
    for (int i = 0; i < z.length; i++) {
      if (!answeredOnly || answers[i] >= 0) {
        mean += z[i];
      }
    }
    mean /= m;
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      if (!answeredOnly || answers[i] >= 0) {
        double d = z[i] - mean;
        sum += d * d;
      }
    }
    double fpc = Double.isInfinite(populationSize) ? 1 : (populationSize - m) / populationSize;
    return fpc * m / (m - 1.0) * sum;
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
