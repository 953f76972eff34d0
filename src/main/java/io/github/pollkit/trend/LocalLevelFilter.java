package io.github.pollkit.trend;

/**
 * Kalman filter and Rauch–Tung–Striebel smoother for the local-level model on a daily grid.
 *
 * <p>Model (Durbin &amp; Koopman 2012, §2.1): μ<sub>t</sub> = μ<sub>t−1</sub> + η<sub>t</sub>,
 * η<sub>t</sub> ~ N(0, q) per day; poll i on day t<sub>i</sub> observes y<sub>i</sub> =
 * μ(t<sub>i</sub>) + ε<sub>i</sub>, ε<sub>i</sub> ~ N(0, h<sub>i</sub> + τ²). Polls on one day are
 * processed one after another as scalar updates (the univariate treatment of Koopman &amp; Durbin
 * 2000); a day without polls is a pure prediction.
 *
 * <p>Initialisation is exact diffuse (Durbin &amp; Koopman 2012, §5.2; Koopman &amp; Durbin 2003):
 * the level before the first poll has P<sub>∞</sub> = 1, P<sub>*</sub> = 0. For the local level the
 * first poll ends the diffuse period at once: F<sub>∞</sub> = 1, K<sub>∞</sub> = 1, so a = y and P
 * = h + τ². Its log-likelihood term is −½(log 2π + log F<sub>∞</sub>) = −½ log 2π (the diffuse
 * log-likelihood of Durbin &amp; Koopman 2012, §7.2.2, as statsmodels computes it with exact
 * diffuse initialisation). Every later poll adds −½(log 2π + log F + v²/F) with v = y − a, F = P +
 * h + τ² (prediction-error decomposition, §7.2.1). Updates: K = P/F, a ← a + K v, P ← P (h + τ²)/F.
 * Prediction to the next day: P ← P + q.
 *
 * <p>Smoother (Rauch, Tung &amp; Striebel 1965): with filtered a<sub>t</sub>, P<sub>t</sub> and
 * J<sub>t</sub> = P<sub>t</sub>/(P<sub>t</sub> + q), ŝ<sub>t</sub> = a<sub>t</sub> + J<sub>t</sub>
 * (ŝ<sub>t+1</sub> − a<sub>t</sub>) and V<sub>t</sub> = P<sub>t</sub> q/(P<sub>t</sub> + q) +
 * J<sub>t</sub>² V<sub>t+1</sub> (algebraically P<sub>t</sub> + J<sub>t</sub>²(V<sub>t+1</sub> −
 * P<sub>t</sub> − q), written so it cannot turn negative by cancellation).
 */
final class LocalLevelFilter {

  private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

  private LocalLevelFilter() {}

  /** Filtered and smoothed means and variances on the grid, and the log-likelihood. */
  record States(
      double[] filtered,
      double[] filteredVariance,
      double[] smoothed,
      double[] smoothedVariance,
      double logLikelihood) {}

  /**
   * The diffuse log-likelihood only (no arrays allocated): used by maximum likelihood. The sum of
   * log F is taken as the log of running products of F (renormalised whenever a product leaves
   * [1e-100, 1e100]), which saves one logarithm per poll.
   */
  static double logLikelihood(KalmanInput in, double q, double tau2) {
    int m = in.size();
    int[] dayIndex = in.dayIndex;
    double[] y = in.value;
    double[] h = in.knownVariance;
    // first poll: exact diffuse update
    double a = y[0];
    double p = h[0] + tau2;
    double sumOfSquares = 0;
    double logDet = 0;
    double product = 1;
    int day = dayIndex[0];
    for (int j = 1; j < m; j++) {
      int d = dayIndex[j];
      if (d != day) {
        p += q * (d - day);
        day = d;
      }
      double obsVariance = h[j] + tau2;
      double f = p + obsVariance;
      if (!(f > 0)) {
        throw zeroVariance(in, j);
      }
      double inverse = 1 / f;
      double v = y[j] - a;
      sumOfSquares += v * v * inverse;
      product *= f;
      if (!(product < 1e100 && product > 1e-100)) {
        logDet += Math.log(product);
        product = 1;
      }
      a += p * inverse * v;
      p = p * obsVariance * inverse;
    }
    logDet += Math.log(product);
    return -m * HALF_LOG_2PI - 0.5 * (logDet + sumOfSquares);
  }

  /** Runs the filter over every day of the grid, then the smoother back over it. */
  static States run(KalmanInput in, double q, double tau2) {
    int nDays = in.gridDays;
    int m = in.size();
    int[] dayIndex = in.dayIndex;
    double[] y = in.value;
    double[] h = in.knownVariance;
    double[] filtered = new double[nDays];
    double[] filteredVariance = new double[nDays];

    double a = y[0];
    double p = h[0] + tau2;
    double logLikelihood = -HALF_LOG_2PI;
    int j = 1;
    for (int t = 0; t < nDays; t++) {
      if (t > 0) {
        p += q;
      }
      for (; j < m && dayIndex[j] == t; j++) {
        double obsVariance = h[j] + tau2;
        double f = p + obsVariance;
        if (!(f > 0)) {
          throw zeroVariance(in, j);
        }
        double v = y[j] - a;
        logLikelihood -= HALF_LOG_2PI + 0.5 * (Math.log(f) + v * v / f);
        a += p / f * v;
        p = p * obsVariance / f;
      }
      filtered[t] = a;
      filteredVariance[t] = p;
    }

    double[] smoothed = new double[nDays];
    double[] smoothedVariance = new double[nDays];
    smoothed[nDays - 1] = filtered[nDays - 1];
    smoothedVariance[nDays - 1] = filteredVariance[nDays - 1];
    for (int t = nDays - 2; t >= 0; t--) {
      double pf = filteredVariance[t];
      double predicted = pf + q;
      double gain = pf / predicted;
      smoothed[t] = filtered[t] + gain * (smoothed[t + 1] - filtered[t]);
      smoothedVariance[t] = pf * q / predicted + gain * gain * smoothedVariance[t + 1];
    }
    return new States(filtered, filteredVariance, smoothed, smoothedVariance, logLikelihood);
  }

  private static IllegalArgumentException zeroVariance(KalmanInput in, int j) {
    return new IllegalArgumentException(
        "the poll at index "
            + in.inputIndex[j]
            + " has observation variance 0 on a day whose level is already known exactly"
            + " (a share of 0 or 100 without a range, and nonSamplingVariance 0):"
            + " give a positive nonSamplingVariance");
  }
}
