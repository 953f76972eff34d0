package io.github.pollkit;

import java.util.Map;

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
 * <p>Every smoother can weigh polls: {@link #weights(String)} reads a weight per poll from a
 * column, {@link #pollsterWeights(Map)} weighs pollsters; the two multiply.
 *
 * <p>Each kind of smoother is a small record in this package that also implements {@code
 * SmootherEngine}, the one call into its trend engine; a new kind is one more such record.
 */
public sealed interface Smoother permits SmootherEngine {

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

  /**
   * This smoother with a weight per poll read from a column of the poll file (kept in each poll's
   * {@link io.github.pollkit.model.Poll#extras()}), e.g. a file's {@code weight} column; multiplied
   * by any {@link #pollsterWeights(Map) pollster weights}. Every engine gives a weight its
   * documented meaning:
   *
   * <ul>
   *   <li>Kalman ({@link Smoothers#kalman()}, {@link Smoothers#kalmanRealTime()}) and the poll
   *       average ({@link Smoothers#average()}): a poll of weight w counts as w independent polls
   *       of its size, its sampling variance divided by w (the non-sampling variance τ² is not);
   *   <li>LOESS ({@link Smoothers#loess(double)}): a prior weight multiplying the tricube weight in
   *       every local fit, as R's {@code loess(weights = w)}: the point counts w times;
   *   <li>rolling average ({@link Smoothers#rollingAverage}): a factor of the poll's weight in the
   *       weighted mean, so for the estimate the poll counts as w copies of itself.
   * </ul>
   *
   * A poll whose cell is empty, not a number or not &gt; 0 is bad data.
   *
   * <pre>{@code
   * polls.smooth(Smoothers.kalman().weights("weight"));
   * }</pre>
   *
   * @param column the column holding each poll's weight, a number &gt; 0 in every poll
   * @return a copy with these weights; the smoother itself is unchanged
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank
   * @throws IllegalStateException if a weight column was already given
   */
  Smoother weights(String column);

  /**
   * This smoother with a weight per pollster (e.g. from pollster ratings), multiplied into each
   * poll's weight (see {@link #weights(String)} for what a weight means in each engine); a pollster
   * not in the map, and a poll without a pollster unless the map names {@link
   * Smoothers#NO_POLLSTER}, weighs 1. Pollster weights in an engine's own settings (such as {@link
   * io.github.pollkit.trend.RollingAverage.Builder#pollsterWeights}) multiply as well.
   *
   * <pre>{@code
   * polls.smooth(Smoothers.loess(0.4).pollsterWeights(Map.of("KIIS", 1.5, "Rating", 0.8)));
   * }</pre>
   *
   * @param weights pollster → weight, each finite and &gt; 0
   * @return a copy with these weights; the smoother itself is unchanged
   * @throws NullPointerException if {@code weights}, a key or a value is null
   * @throws IllegalArgumentException if a weight is not finite and &gt; 0
   * @throws IllegalStateException if pollster weights were already given
   */
  Smoother pollsterWeights(Map<String, Double> weights);
}
