package io.github.pollkit.trend;

import java.util.Arrays;

/**
 * A LOESS fit with pointwise standard errors and a confidence band, from {@link Loess#fit} (at the
 * data points) or {@link Loess#fitAt} (at chosen points).
 *
 * <p>All arrays have one entry per evaluation point, in the order the points were given; the record
 * copies them in and out, so it is immutable. A NaN fitted value marks a point where the robustness
 * weights left fewer than 2 points with positive weight (only possible in {@code fitAt}); its
 * standard error and bounds are NaN too.
 *
 * <pre>{@code
 * LoessFit fit = Loess.fit(days, support, 0.5, 2, 0.95);
 * double low = fit.lower()[0], high = fit.upper()[0];
 * }</pre>
 *
 * @param x the evaluation points
 * @param fitted the LOESS fit ŷ
 * @param standardError σ̂ · √(Σ_j L_ij²) at each point
 * @param lower ŷ − z · standardError, with z the standard normal quantile of (1 + confidence) / 2
 * @param upper ŷ + z · standardError
 * @param confidence the confidence level of the band, as a fraction (0.95)
 * @param residualStandardError σ̂ = √(RSS / residualDegreesOfFreedom)
 * @param residualDegreesOfFreedom δ₁ = n − 2·tr(L) + tr(LᵀL)
 */
public record LoessFit(
    double[] x,
    double[] fitted,
    double[] standardError,
    double[] lower,
    double[] upper,
    double confidence,
    double residualStandardError,
    double residualDegreesOfFreedom) {

  /**
   * Makes a fit from its parts, copying the arrays so that later changes to the caller's arrays do
   * not show here.
   *
   * @param x the evaluation points
   * @param fitted the LOESS fit at each point
   * @param standardError the standard error at each point
   * @param lower the lower bound of the band at each point
   * @param upper the upper bound of the band at each point
   * @param confidence the confidence level of the band, as a fraction
   * @param residualStandardError σ̂
   * @param residualDegreesOfFreedom δ₁
   */
  public LoessFit {
    x = x.clone();
    fitted = fitted.clone();
    standardError = standardError.clone();
    lower = lower.clone();
    upper = upper.clone();
  }

  /**
   * The number of evaluation points.
   *
   * @return the length of every array of this fit
   */
  public int size() {
    return x.length;
  }

  /**
   * A copy of the evaluation points.
   *
   * @return the evaluation points, one per evaluation point
   */
  @Override
  public double[] x() {
    return x.clone();
  }

  /**
   * A copy of the fitted values.
   *
   * @return the fitted values, one per evaluation point
   */
  @Override
  public double[] fitted() {
    return fitted.clone();
  }

  /**
   * A copy of the standard errors.
   *
   * @return the standard errors, one per evaluation point
   */
  @Override
  public double[] standardError() {
    return standardError.clone();
  }

  /**
   * A copy of the lower bounds of the band.
   *
   * @return the lower bounds of the band, one per evaluation point
   */
  @Override
  public double[] lower() {
    return lower.clone();
  }

  /**
   * A copy of the upper bounds of the band.
   *
   * @return the upper bounds of the band, one per evaluation point
   */
  @Override
  public double[] upper() {
    return upper.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LoessFit that
        && Arrays.equals(x, that.x)
        && Arrays.equals(fitted, that.fitted)
        && Arrays.equals(standardError, that.standardError)
        && Arrays.equals(lower, that.lower)
        && Arrays.equals(upper, that.upper)
        && Double.compare(confidence, that.confidence) == 0
        && Double.compare(residualStandardError, that.residualStandardError) == 0
        && Double.compare(residualDegreesOfFreedom, that.residualDegreesOfFreedom) == 0;
  }

  @Override
  public int hashCode() {
    int hash = Arrays.hashCode(x);
    hash = 31 * hash + Arrays.hashCode(fitted);
    hash = 31 * hash + Arrays.hashCode(standardError);
    hash = 31 * hash + Double.hashCode(confidence);
    return 31 * hash + Double.hashCode(residualStandardError);
  }

  @Override
  public String toString() {
    return String.format(
        "LoessFit[%d points, %.0f%% band, residual standard error %.4g on %.4g degrees of freedom]",
        x.length, confidence * 100, residualStandardError, residualDegreesOfFreedom);
  }
}
