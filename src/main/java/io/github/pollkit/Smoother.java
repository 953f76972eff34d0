package io.github.pollkit;

/**
 * A way to draw a smooth line with a band through polls; made by {@link Smoothers} and applied by
 * {@link PollSet#smooth(Smoother)}.
 */
public abstract class Smoother {
  Smoother() {}

  /** What this smoother needs of each poll. */
  abstract Series.Need need();

  /** Smooths one option's series, or a lead's series when {@code series.isLead()}. */
  abstract SmoothedTrend smooth(Series series);

  /** A short description such as {@code "LOESS, span 0.4"}. */
  @Override
  public abstract String toString();
}
