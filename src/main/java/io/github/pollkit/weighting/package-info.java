/**
 * Respondent-level weighting: raking (iterative proportional fitting) with capping,
 * post-stratification, weighted toplines with standard errors that account for the weighting, and
 * weighted crosstabs. Start at {@link io.github.pollkit.weighting.Respondents}.
 *
 * <p>The public types are {@code Respondents} with its options, report and exception. Behind them,
 * package-private classes do one thing each: reading a respondents file, checking population
 * shares, raking, post-stratifying, the linearised standard errors, toplines and crosstabs. They
 * work on int-coded levels and double weights; {@code Respondents} takes and returns Tablesaw
 * tables. Results agree with R's {@code survey} package ({@code rake}, {@code postStratify}, {@code
 * svymean}); see the reference values under {@code src/test/resources/reference/weighting/}.
 */
package io.github.pollkit.weighting;
