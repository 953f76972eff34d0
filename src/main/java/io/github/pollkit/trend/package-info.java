/**
 * Trends and poll averages on plain arrays: {@link io.github.pollkit.trend.LinearTrend} (OLS and
 * WLS slopes in points per year), {@link io.github.pollkit.trend.Loess} (LOESS equal to
 * statsmodels' {@code lowess}, with a band), {@link io.github.pollkit.trend.RollingAverage} (a
 * weighted poll average over a window of days) and {@link io.github.pollkit.trend.KalmanSmoother}
 * (a local-level Kalman filter and RTS smoother with variances estimated by maximum likelihood),
 * and {@link io.github.pollkit.trend.PollAverage} (the local level with house effects estimated
 * jointly, breaks, poll weights and an honest real-time average, on {@link
 * io.github.pollkit.trend.PollObservations}), and {@link io.github.pollkit.trend.JointPollAverage}
 * (all options of a multi-party poll at once, with multinomial covariances, house effects per
 * pollster and option, election anchors, lead and threshold probabilities, on {@link
 * io.github.pollkit.trend.JointPolls}). Each returns its line as one {@link
 * io.github.pollkit.trend.TrendBand} (a day grid with estimate, standard error and band), beside
 * its own diagnostics in a small record.
 *
 * <p>Days are epoch days ({@code LocalDate.toEpochDay()}), shares are percentage points in [0,
 * 100], confidence levels are fractions such as 0.95. This core knows nothing of files, charts or
 * the poll model (except the {@code model.ElectionResult} value that anchors a joint average); the
 * facade ({@code PollSet.smooth}, {@code PollSet.linearTrend}) decides which polls go in and
 * reports those it left out.
 */
package io.github.pollkit.trend;
