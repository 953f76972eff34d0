/**
 * Respondent-level weighting: raking (iterative proportional fitting) with capping,
 * post-stratification, weighted toplines with standard errors that account for the weighting,
 * and weighted crosstabs. Start at {@link io.github.pollkit.weighting.Respondents}.
 *
 * <p>The core works on int-coded levels and double weights (package-private); the façade takes
 * and returns Tablesaw tables. Results agree with R's {@code survey} package ({@code rake},
 * {@code postStratify}, {@code svymean}); see the reference values under {@code
 * src/test/resources/reference/weighting/}.
 */
package io.github.pollkit.weighting;
