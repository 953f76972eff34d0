package io.github.pollkit.trend;

import io.github.pollkit.internal.Checks;
import java.util.Arrays;
import java.util.Objects;

/**
 * LOESS (LOWESS) smoothing: robust locally weighted linear regression (Cleveland 1979), computed
 * exactly as statsmodels' {@code lowess} (0.13.5) computes it, with a pointwise confidence band.
 *
 * <pre>{@code
 * double[] day = {0, 0, 31, 59, 59, 90, 120, 151, 181, 212};   // polls may share a day
 * double[] support = {41, 45, 44, 47, 43, 48, 50, 49, 52, 51};
 * double[] trend = Loess.smooth(day, support, 0.5, 2);          // fitted value for each poll
 * double[] daily = Loess.smoothAt(day, support, 0.5, 2, new double[] {0, 1, 2, 3});
 * TrendBand band = Loess.fit(day, support, 0.5, 2, 0.95).band(); // on the poll days, with se
 * TrendBand dailyBand = Loess.fit(day, support, 0.5, 2, new long[] {0, 1, 2, 3}, 0.95).band();
 * }</pre>
 *
 * <h2>Definition</h2>
 *
 * Sort the n points by x. Each fit at a point x₀ uses a neighbourhood of k = ⌊span·n + 10⁻¹⁰⌋
 * points (at least 2, at most n): the window of k consecutive sorted points that statsmodels
 * chooses, which slides right while x₀ &gt; (x[left] + x[left + k]) / 2. With radius h = the larger
 * distance from x₀ to the window's ends, point j gets weight w_j = T(|x_j − x₀| / h) · r_j with the
 * tricube T(u) = (1 − u³)³ and robustness weight r_j (all 1 at first). Normalising w̃ = w / Σw,
 * with x̄ = Σ w̃_j x_j and v = max(Σ w̃_j (x_j − x̄)², 10⁻¹²), the fit is the local line at x₀:
 *
 * <pre>   ŷ(x₀) = Σ_j L_j(x₀) y_j,   L_j(x₀) = w̃_j (1 + (x₀ − x̄)(x_j − x̄) / v).</pre>
 *
 * If fewer than 2 points have weight above 10⁻¹², no line is fitted: the fit at a data point is its
 * own y, and at another point ({@link #smoothAt}) NaN. Points with the same x get the same fit.
 * Robustness iterations (Cleveland 1979, §2): with residuals e = y − ŷ and m the median of |e|, r_j
 * = B(min(|e_j| / (6m), 1)) with the bisquare B(u) = (1 − u²)², and the fit is repeated. If m = 0,
 * points with e_j = 0 get r_j = 1 and all others r_j = 0 (as statsmodels 0.13.5, whose 0/0 counts
 * as 0); so when all residuals are 0 the fit does not change.
 *
 * <p>With {@code delta} &gt; 0 (statsmodels' {@code delta}), a regression is skipped at points
 * within delta of the last regression point: the next regression is run at the last point within
 * delta, and the points between get linear interpolation of the two fits.
 *
 * <h2>Prior weights</h2>
 *
 * {@link #fit(double[], double[], double[], double, int, long[], double)} takes a prior weight
 * w<sub>j</sub> &gt; 0 per point (for polls: a file's {@code weight} column or pollster grades). It
 * multiplies the point's tricube (and robustness) weight in every local regression, as R's {@code
 * loess(..., weights = w)} does: the local line minimises Σ<sub>j</sub> w<sub>j</sub> T<sub>j</sub>
 * r<sub>j</sub> (y<sub>j</sub> − a − b(x<sub>j</sub> − x₀))², so a point of weight w counts as w
 * points at the same place, and the errors are taken to have variance σ² / w<sub>j</sub>. The
 * neighbourhood (which k points) does not depend on the weights. The residual scale and the band
 * are then R's: σ̂² = Σ<sub>i</sub> w<sub>i</sub> (y<sub>i</sub> − ŷ<sub>i</sub>)² / δ₁ and
 * se(ŷ(x₀)) = σ̂ · √(Σ<sub>j</sub> L<sub>j</sub>(x₀)² / w<sub>j</sub>), with δ₁ as below (R's
 * {@code one.delta} with {@code statistics = "exact"}). With all weights 1 this is the unweighted
 * method below.
 *
 * <h2>Uncertainty</h2>
 *
 * With the robustness weights of the final pass held fixed, the fit is a linear smoother ŷ = L y.
 * Following Cleveland and Grosse (1991), with δ₁ = tr((I − L)ᵀ(I − L)) = n − 2·tr(L) + tr(LᵀL):
 *
 * <pre>   σ̂² = RSS / δ₁,   RSS = Σ_i (y_i − ŷ_i)²,   se(ŷ(x₀)) = σ̂ · √(Σ_j L_j(x₀)²),</pre>
 *
 * and the band is ŷ ± z·se with z the standard normal quantile of (1 + confidence) / 2. The band is
 * pointwise, treats the robustness weights as fixed and ignores the smoothing bias; Cleveland and
 * Grosse use a t quantile with "lookup" degrees of freedom δ₁²/δ₂ instead of z, which differs
 * little when δ₁ is large.
 *
 * <h2>Differences from statsmodels</h2>
 *
 * <ul>
 *   <li>A span with a neighbourhood of a single distinct x (more tied points than k) is rejected
 *       with the minimum span; statsmodels then returns one observation as the fit. For the same
 *       reason all points on one x, and fewer than 2 points, are rejected (statsmodels returns y).
 *   <li>NaN or infinite values are rejected (statsmodels drops them by default).
 *   <li>Ties are sorted stably; statsmodels' sort is not stable. This matters only in a fit that
 *       falls back to the observation itself while other points share its x.
 *   <li>The reference is statsmodels 0.13.5. Later statsmodels (pull request 9220) stops the
 *       robustness iterations once m ≤ 10⁻⁷, as R's {@code lowess} stops when m is negligible; the
 *       two agree when all residuals are 0 but differ when m is (nearly) 0 and some residuals are
 *       not.
 * </ul>
 *
 * <p>Cost: O(n log n) to sort plus, per pass, O(n) and one regression per distinct x (or per delta
 * step), each over the distinct x values in its neighbourhood.
 *
 * <p>References: W. S. Cleveland (1979), Robust locally weighted regression and smoothing
 * scatterplots, JASA 74(368), 829–836. W. S. Cleveland and E. Grosse (1991), Computational methods
 * for local regression, Statistics and Computing 1, 47–62. statsmodels {@code
 * statsmodels.nonparametric.smoothers_lowess.lowess}.
 */
public final class Loess {
  private Loess() {}

  /**
   * The LOESS fit at each data point, equal to statsmodels {@code lowess(y, x, frac=span,
   * it=robustnessIterations, delta=0, return_sorted=False)}.
   *
   * @param x the x values (e.g. days), any order, ties allowed, all finite
   * @param y the y values, same length, all finite
   * @param span the fraction of points in each neighbourhood, in (0, 1]
   * @param robustnessIterations the number of robustness iterations, 0 or more (statsmodels and R
   *     use 3 by default)
   * @return the fitted value for each point, in the input order
   * @throws IllegalArgumentException for bad arguments (see {@link Loess})
   */
  public static double[] smooth(double[] x, double[] y, double span, int robustnessIterations) {
    return smooth(x, y, span, robustnessIterations, 0.0);
  }

  /**
   * As {@link #smooth(double[], double[], double, int)}, with statsmodels' {@code delta} speed-up:
   * equal to {@code lowess(y, x, frac=span, it=robustnessIterations, delta=delta,
   * return_sorted=False)}. A good choice for large data is 1% of the range of x.
   *
   * @param x the x values, any order, ties allowed, all finite
   * @param y the y values, same length, all finite
   * @param span the fraction of points in each neighbourhood, in (0, 1]
   * @param robustnessIterations the number of robustness iterations, 0 or more
   * @param delta the distance in x within which fits are interpolated, 0 or more (0 fits at every
   *     distinct x)
   * @return the fitted value for each point, in the input order
   * @throws IllegalArgumentException for bad arguments (see {@link Loess})
   */
  public static double[] smooth(
      double[] x, double[] y, double span, int robustnessIterations, double delta) {
    Checks.nonNegative(delta, "delta");
    LoessSmoother smoother = smoother(x, y, null, span, robustnessIterations);
    double[] weights = smoother.robustnessWeights(robustnessIterations, delta);
    return smoother.fitData(weights, delta, null, null, null);
  }

  /**
   * The LOESS curve at the points {@code at} (e.g. every day), equal to statsmodels {@code
   * lowess(y, x, frac=span, it=robustnessIterations, xvals=at)}: the robustness weights come from
   * the fit at the data points, the final regression is run at each point of {@code at}. Points
   * outside the range of x are extrapolated with the nearest neighbourhood's line.
   *
   * @param x the x values, any order, ties allowed, all finite
   * @param y the y values, same length, all finite
   * @param span the fraction of points in each neighbourhood, in (0, 1]
   * @param robustnessIterations the number of robustness iterations, 0 or more
   * @param at the evaluation points, any order, all finite
   * @return the fit at each point of {@code at}, in its order; NaN where the robustness weights
   *     leave fewer than 2 points with positive weight
   * @throws IllegalArgumentException for bad arguments (see {@link Loess})
   */
  public static double[] smoothAt(
      double[] x, double[] y, double span, int robustnessIterations, double[] at) {
    LoessSmoother smoother = smoother(x, y, null, span, robustnessIterations);
    Checks.allFinite(Checks.notNull(at, "at"), "at");
    double[] weights = smoother.robustnessWeights(robustnessIterations, 0.0);
    return smoother.fitAt(weights, at, null);
  }

  /**
   * The LOESS fit at the data points with standard errors and a {@code confidence} band (see {@link
   * Loess}, "Uncertainty"), on the grid of the distinct days of {@code x}: its estimates are {@link
   * #smooth(double[], double[], double, int)} (points that share a day share a fit). Unlike {@link
   * #fit(double[], double[], double, int, long[], double)}, a point where the robustness weights
   * leave fewer than 2 points with positive weight gets its own y (as statsmodels' {@code lowess}
   * at the data), not NaN.
   *
   * @param x the days of the data, whole numbers, any order, ties allowed
   * @param y the y values, same length, all finite
   * @param span the fraction of points in each neighbourhood, in (0, 1]
   * @param robustnessIterations the number of robustness iterations, 0 or more
   * @param confidence the confidence level of the band, in (0, 1), e.g. 0.95
   * @return the band on the distinct days of {@code x}, with σ̂ and δ₁
   * @throws IllegalArgumentException for bad arguments (see {@link Loess}), a day of {@code x} that
   *     is not a whole number, or if the smoother leaves no residual degrees of freedom
   */
  public static LoessFit fit(
      double[] x, double[] y, double span, int robustnessIterations, double confidence) {
    DataFit data = fitData(x, y, null, span, robustnessIterations, confidence);
    long[] days = new long[x.length];
    for (int i = 0; i < x.length; i++) {
      if (x[i] != Math.rint(x[i])) {
        throw new IllegalArgumentException(
            "x[" + i + "] must be a whole day for a band at the data points, was " + x[i]);
      }
      days[i] = (long) x[i];
    }
    days = Arrays.stream(days).sorted().distinct().toArray();
    double[] estimate = new double[days.length];
    double[] se = new double[days.length];
    for (int i = 0; i < x.length; i++) {
      int g = Arrays.binarySearch(days, (long) x[i]);
      estimate[g] = data.fitted[i];
      se[g] = data.sigma * Math.sqrt(data.varianceFactors[i]);
    }
    return data.result(days, estimate, se, confidence);
  }

  /**
   * The LOESS curve on a grid of days with standard errors and a {@code confidence} band (see
   * {@link Loess}, "Uncertainty"); σ̂ comes from the fit at the data points. Its estimates equal
   * {@link #smoothAt} at the same days (statsmodels' {@code lowess(..., xvals=days)}).
   *
   * @param x the days of the data (e.g. epoch days of the polls), any order, ties allowed, finite
   * @param y the y values, same length, all finite
   * @param span the fraction of points in each neighbourhood, in (0, 1]
   * @param robustnessIterations the number of robustness iterations, 0 or more
   * @param days the grid to evaluate ({@code LocalDate.toEpochDay()}), strictly increasing
   * @param confidence the confidence level of the band, in (0, 1), e.g. 0.95
   * @return the band on the grid (NaN where the robustness weights leave fewer than 2 points with
   *     positive weight) with σ̂ and δ₁
   * @throws IllegalArgumentException for bad arguments (see {@link Loess}), and also if the
   *     smoother leaves no residual degrees of freedom (δ₁ ≤ 0, e.g. when each neighbourhood is so
   *     small that the fit interpolates y)
   */
  public static LoessFit fit(
      double[] x,
      double[] y,
      double span,
      int robustnessIterations,
      long[] days,
      double confidence) {
    return fit(x, y, null, span, robustnessIterations, days, confidence);
  }

  /**
   * The weighted LOESS curve on a grid of days with standard errors and a {@code confidence} band:
   * each point's prior weight multiplies its tricube weight (see {@link Loess}, "Prior weights"),
   * as R's {@code loess(y ~ x, weights = weight, degree = 1, family = "gaussian", surface =
   * "direct", statistics = "exact")} with {@code predict(..., se = TRUE)} (R's neighbourhood and
   * statsmodels' agree when the days are distinct). With {@code weight} null or all 1 this is
   * {@link #fit(double[], double[], double, int, long[], double)}.
   *
   * @param x the days of the data (e.g. epoch days of the polls), any order, ties allowed, finite
   * @param y the y values, same length, all finite
   * @param weight the prior weight of each point, finite and &gt; 0, same length; or null for all 1
   * @param span the fraction of points in each neighbourhood, in (0, 1]
   * @param robustnessIterations the number of robustness iterations, 0 or more
   * @param days the grid to evaluate ({@code LocalDate.toEpochDay()}), strictly increasing
   * @param confidence the confidence level of the band, in (0, 1), e.g. 0.95
   * @return the band on the grid (NaN where the weights leave fewer than 2 points with positive
   *     weight) with σ̂ and δ₁
   * @throws IllegalArgumentException for bad arguments (see {@link Loess}), a weight that is not
   *     finite and &gt; 0, or if the smoother leaves no residual degrees of freedom
   */
  public static LoessFit fit(
      double[] x,
      double[] y,
      double[] weight,
      double span,
      int robustnessIterations,
      long[] days,
      double confidence) {
    Objects.requireNonNull(days, "days");
    DataFit data = fitData(x, y, weight, span, robustnessIterations, confidence);
    double[] at = Arrays.stream(days).asDoubleStream().toArray();
    double[] varianceFactors = new double[at.length];
    double[] fitted = data.smoother.fitAt(data.weights, at, varianceFactors);
    double[] se = new double[at.length];
    for (int i = 0; i < at.length; i++) {
      se[i] = data.sigma * Math.sqrt(varianceFactors[i]);
    }
    return data.result(days, fitted, se, confidence);
  }

  /** The fit at the data points with what a band needs: Σ_j L_ij² / w_j, σ̂ and δ₁. */
  private record DataFit(
      LoessSmoother smoother,
      double[] weights,
      double[] fitted,
      double[] varianceFactors,
      double span,
      int robustnessIterations,
      double sigma,
      double delta1) {

    LoessFit result(long[] days, double[] estimate, double[] se, double confidence) {
      return new LoessFit(
          TrendBand.normal(days, estimate, se, confidence),
          span,
          robustnessIterations,
          sigma,
          delta1);
    }
  }

  private static DataFit fitData(
      double[] x,
      double[] y,
      double[] weight,
      double span,
      int robustnessIterations,
      double confidence) {
    LoessSmoother smoother = smoother(x, y, weight, span, robustnessIterations);
    Checks.confidence(confidence);
    double[] weights = smoother.robustnessWeights(robustnessIterations, 0.0);
    int n = smoother.size();
    double[] squaredNorms = new double[n];
    double[] varianceFactors = new double[n];
    double[] diagonal = new double[n];
    double[] fitted = smoother.fitData(weights, 0.0, squaredNorms, varianceFactors, diagonal);
    double delta1 = residualDegreesOfFreedom(squaredNorms, diagonal, span);
    double sigma = Math.sqrt(smoother.weightedResidualSquares(y, fitted) / delta1);
    return new DataFit(
        smoother, weights, fitted, varianceFactors, span, robustnessIterations, sigma, delta1);
  }

  private static LoessSmoother smoother(
      double[] x, double[] y, double[] weight, double span, int robustnessIterations) {
    Checks.allFinite(Checks.notNull(x, "x"), "x");
    Checks.allFinite(Checks.notNull(y, "y"), "y");
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x and y must have the same length, were " + x.length + " and " + y.length);
    }
    if (x.length < 2) {
      throw new IllegalArgumentException("LOESS needs at least 2 points, was " + x.length);
    }
    if (weight != null) {
      Checks.sameLength(weight, "weight", "x", x.length);
      for (int i = 0; i < weight.length; i++) {
        if (!(weight[i] > 0 && weight[i] < Double.POSITIVE_INFINITY)) {
          throw new IllegalArgumentException(
              "weight must be finite and > 0, was " + weight[i] + " at index " + i);
        }
      }
    }
    Checks.span(span);
    Checks.atLeast(robustnessIterations, 0, "robustnessIterations");
    return new LoessSmoother(x, y, span, weight);
  }

  /** δ₁ = n − 2·tr(L) + tr(LᵀL), from the row norms Σ_j L_ij² and the diagonal L_ii. */
  private static double residualDegreesOfFreedom(
      double[] squaredNorms, double[] diagonal, double span) {
    double traceL = 0;
    double traceLtL = 0;
    for (int i = 0; i < diagonal.length; i++) {
      traceL += diagonal[i];
      traceLtL += squaredNorms[i];
    }
    double delta1 = diagonal.length - 2 * traceL + traceLtL;
    if (!(delta1 > 1e-9 * diagonal.length)) {
      throw new IllegalArgumentException(
          "span "
              + span
              + " leaves no residual degrees of freedom (n - 2 tr(L) + tr(L'L) = "
              + delta1
              + "): the fit interpolates the data; use a larger span");
    }
    return delta1;
  }
}
