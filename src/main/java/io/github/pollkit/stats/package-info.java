/**
 * Core poll statistics on plain numbers: confidence intervals for a share ({@link
 * io.github.pollkit.stats.Proportions#interval}), margins of error, the margin of a lead within one
 * poll, the test of a change between two polls, and Kish design effects of weights.
 *
 * <p>Shares, bounds, margins, leads and changes are in percentage points (53.0 means 53%);
 * confidence levels and p-values are fractions. Bad arguments throw {@link
 * java.lang.IllegalArgumentException} with a message that names the argument and its allowed range.
 *
 * <pre>{@code
 * Proportions.leadMargin(53, 29, 2400, 0.95);                      // 3.49
 * Proportions.interval(53, 2400, 0.95, IntervalMethod.WILSON);     // [51.0, 55.0]
 * }</pre>
 */
package io.github.pollkit.stats;
