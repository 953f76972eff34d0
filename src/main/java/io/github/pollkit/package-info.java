/**
 * pollkit: public-opinion poll data on the JVM, through one fluent API.
 *
 * <p>{@link io.github.pollkit.Polls} reads a poll file into a {@link io.github.pollkit.PollSet}
 * (strictly, the first broken rule as a {@link io.github.pollkit.PollDataException}, or leniently,
 * every rejected record with its reason). A {@code PollSet} is immutable: its filters return new
 * sets, and it hands out Tablesaw tables. From a set come a straight-line trend ({@link
 * io.github.pollkit.LinearTrendResult}), smoothed lines and leads ({@link
 * io.github.pollkit.Smoothing} of {@link io.github.pollkit.SmoothedTrend}s, made by one of {@link
 * io.github.pollkit.Smoothers}) and a chart ({@link io.github.pollkit.PollChart}). Every result
 * says how many polls it used and which it left out and why ({@link io.github.pollkit.Exclusion}).
 *
 * <pre>{@code
 * PollSet polls = Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"));
 * PollSet adults = polls.excludingBase("would vote").questionGroup("referendum");
 * adults.option("support").linearTrend();
 * // +3.4 points/year (95% CI +2.8 to +4.0), 46 polls used, 3 left out (no date), 2006–2024
 * adults.smooth(Smoothers.kalman().confidence(0.90)).get("support").band().table();
 * }</pre>
 *
 * <p>Shares, bounds and slopes are in percentage points (53.0 means 53%; slopes per year of 365.25
 * days); confidence levels are fractions such as 0.95. The poll model is in {@link
 * io.github.pollkit.model}, reading and writing files in {@link io.github.pollkit.io}, the math on
 * plain arrays in {@link io.github.pollkit.stats}, {@link io.github.pollkit.trend} and {@link
 * io.github.pollkit.weighting}, and the charts in {@link io.github.pollkit.chart}.
 */
package io.github.pollkit;
