package io.github.pollkit.weighting;

/**
 * How {@link Respondents#rake} and {@link Respondents#postStratify} compute weights. Immutable;
 * start from {@link #defaults()} and change what you need (a value out of range is an {@link
 * IllegalArgumentException} that shows it):
 *
 * <pre>{@code
 * WeightingOptions options = WeightingOptions.defaults()
 *     .withTolerance(1e-10)      // largest allowed |weighted share − target|, as a fraction
 *     .withMaxIterations(200)
 *     .withMaxWeight(5)          // cap at 5 × the mean weight, then re-rake
 *     .droppingMissing();        // leave out respondents with a missing raking variable
 * }</pre>
 *
 * @param tolerance raking stops when every weighted margin share is within this distance of its
 *     target (a fraction, like the targets); default 1e-8
 * @param maxIterations raking sweeps allowed before {@link RakingDidNotConvergeException}; default
 *     100
 * @param maxWeight cap on a weight relative to the mean weight (weights are scaled to mean 1), or
 *     {@code +∞} for no cap (the default); raking only
 * @param dropMissing {@code true} to leave out (and count) respondents with a missing value in a
 *     weighting variable; {@code false} (the default) to reject them
 */
public record WeightingOptions(
    double tolerance, int maxIterations, double maxWeight, boolean dropMissing) {

  /**
   * Options as given, checked; {@link #defaults()} and the {@code with...} methods are easier to
   * read.
   *
   * @param tolerance in (0, 1)
   * @param maxIterations at least 1
   * @param maxWeight greater than 1, or {@code +∞} for no cap
   * @param dropMissing whether to leave out respondents with a missing weighting variable
   * @throws IllegalArgumentException naming the argument out of range and its value
   */
  public WeightingOptions {
    if (!(tolerance > 0 && tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must be in (0, 1), was " + tolerance);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
    }
    if (!(maxWeight > 1)) {
      throw new IllegalArgumentException(
          "maxWeight must be greater than 1 (a multiple of the mean weight), was " + maxWeight);
    }
  }

  /**
   * The default options.
   *
   * @return tolerance 1e-8, at most 100 sweeps, no cap, missing values rejected
   */
  public static WeightingOptions defaults() {
    return new WeightingOptions(1e-8, 100, Double.POSITIVE_INFINITY, false);
  }

  /**
   * The same options with another tolerance.
   *
   * @param tolerance the largest allowed |weighted share − target|, in (0, 1)
   * @return the new options
   */
  public WeightingOptions withTolerance(double tolerance) {
    return new WeightingOptions(tolerance, maxIterations, maxWeight, dropMissing);
  }

  /**
   * The same options with another sweep limit.
   *
   * @param maxIterations raking sweeps allowed, at least 1
   * @return the new options
   */
  public WeightingOptions withMaxIterations(int maxIterations) {
    return new WeightingOptions(tolerance, maxIterations, maxWeight, dropMissing);
  }

  /**
   * The same options with weights capped at {@code maxWeight} × the mean weight.
   *
   * @param maxWeight the cap, a multiple of the mean weight greater than 1
   * @return the new options
   */
  public WeightingOptions withMaxWeight(double maxWeight) {
    return new WeightingOptions(tolerance, maxIterations, maxWeight, dropMissing);
  }

  /**
   * The same options, leaving out respondents with a missing weighting variable.
   *
   * @return the new options
   */
  public WeightingOptions droppingMissing() {
    return new WeightingOptions(tolerance, maxIterations, maxWeight, true);
  }

  boolean capped() {
    return maxWeight < Double.POSITIVE_INFINITY;
  }
}
