package io.github.pollkit;

/**
 * A way to draw a smooth line with a band through polls: a value made by {@link Smoothers} and
 * applied by {@link PollSet#smooth(Smoother)} or a chart. Two smoothers are equal when their
 * settings are equal, and print their settings, e.g. {@code "LOESS, span 0.4, 90% band"}.
 *
 * <pre>{@code
 * Smoother ninety = Smoothers.kalman().confidence(0.90);   // a copy with 90% bands
 * ninety.equals(Smoothers.kalman().confidence(0.90));      // true
 * }</pre>
 *
 * <p>Each kind of smoother is a small record in this package that also implements {@link
 * Smoothers.Engine}, the one call into its trend engine; a new kind is one more such record.
 */
public sealed interface Smoother
    permits Smoothers.ByLoess, Smoothers.ByKalman, Smoothers.ByRollingAverage, Smoothers.ByAverage {

  /**
   * The confidence level of the bands this smoother draws.
   *
   * @return a fraction in (0, 1); 0.95 unless changed with {@link #confidence(double)}
   */
  double confidence();

  /**
   * This smoother with bands at another confidence level; the smoother itself is unchanged.
   *
   * @param level the confidence level, a fraction in (0, 1) such as 0.90
   * @return a copy with that level
   * @throws IllegalArgumentException if the level is not in (0, 1)
   */
  Smoother confidence(double level);
}
