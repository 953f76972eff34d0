package io.github.pollkit.weighting;

/**
 * Raking stopped at its sweep limit with a margin still further from its target than the tolerance.
 * The {@link #report()} says how many sweeps ran and the largest remaining gap. Often the targets
 * cannot be met together (a cap that is too low, or a level whose few respondents cannot carry its
 * target); raise {@link WeightingOptions#withMaxIterations}, loosen the cap or check the targets.
 *
 * <pre>{@code
 * try {
 *   sample.rake(targets, WeightingOptions.defaults().withMaxWeight(3));
 * } catch (RakingDidNotConvergeException e) {
 *   System.out.println(e.report().iterations() + " sweeps, worst gap " + e.report().largestGap());
 * }
 * }</pre>
 */
public final class RakingDidNotConvergeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient WeightingReport report;

  RakingDidNotConvergeException(WeightingReport report, double tolerance) {
    super(
        String.format(
            java.util.Locale.ROOT,
            "raking did not converge: after %d sweeps the largest margin gap is %.3g, above the"
                + " tolerance %.3g (%s)",
            report.iterations(),
            report.largestGap(),
            tolerance,
            report));
    this.report = report;
  }

  /**
   * The state raking ended in.
   *
   * @return the report of the raking that did not converge
   */
  public WeightingReport report() {
    return report;
  }
}
