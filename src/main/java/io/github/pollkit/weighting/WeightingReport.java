package io.github.pollkit.weighting;

/**
 * How a set of weights was obtained, e.g. {@code raking to gender, race: 5836 respondents (0 left
 * out for missing values), converged after 7 sweeps, largest margin gap 3.1e-11, 0 weights at the
 * cap}.
 *
 * <pre>{@code
 * WeightingReport report = raked.report().orElseThrow();
 * if (report.droppedMissing() > 0) {
 *   System.out.println(report.droppedMissing() + " respondents left out: " + report);
 * }
 * }</pre>
 *
 * @param method {@code "raking"} or {@code "post-stratification"}
 * @param variables the weighting variables, in order (copied)
 * @param respondents respondents weighted
 * @param droppedMissing respondents left out for a missing weighting variable
 * @param iterations raking sweeps run (0 for post-stratification)
 * @param largestGap largest |weighted share − target| over all margins (or cells) at the end, as a
 *     fraction
 * @param converged whether the largest gap is within the tolerance
 * @param cappedWeights weights at the cap at the end (0 without a cap)
 */
public record WeightingReport(
    String method,
    java.util.List<String> variables,
    int respondents,
    int droppedMissing,
    int iterations,
    double largestGap,
    boolean converged,
    int cappedWeights) {

  /**
   * A report; made by raking and post-stratification.
   *
   * @param method {@code "raking"} or {@code "post-stratification"}
   * @param variables the weighting variables, in order (copied)
   * @param respondents respondents weighted
   * @param droppedMissing respondents left out for a missing weighting variable
   * @param iterations raking sweeps run
   * @param largestGap largest |weighted share − target| at the end, as a fraction
   * @param converged whether the largest gap is within the tolerance
   * @param cappedWeights weights at the cap at the end
   */
  public WeightingReport {
    variables = java.util.List.copyOf(variables);
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%s to %s: %d respondents (%d left out for missing values), %s after %d sweeps, "
            + "largest margin gap %.2g, %d weights at the cap",
        method,
        String.join(", ", variables),
        respondents,
        droppedMissing,
        converged ? "converged" : "NOT converged",
        iterations,
        largestGap,
        cappedWeights);
  }
}
