package io.github.pollkit;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.model.Poll;
import io.github.pollkit.trend.PollAverage;
import io.github.pollkit.trend.PollAverageFit;
import io.github.pollkit.trend.PollObservations;
import io.github.pollkit.trend.TrendBand;
import java.util.Objects;

/**
 * The poll average with house effects, retrospective or honestly real-time; see {@link
 * Smoothers#average()} and {@link Smoothers#averageRealTime()}.
 *
 * @param settings the engine's settings
 * @param realTime true for the real-time average, false for the retrospective one
 * @param weights the per-poll weights asked for
 * @param confidence the confidence level of the band, in (0, 1)
 */
record ByAverage(PollAverage settings, boolean realTime, PollWeights weights, double confidence)
    implements SmootherEngine {

  ByAverage {
    Objects.requireNonNull(settings, "settings");
    Checks.confidence(confidence);
  }

  @Override
  public Smoother confidence(double level) {
    return new ByAverage(settings, realTime, weights, level);
  }

  @Override
  public Smoother withWeights(PollWeights weights) {
    return new ByAverage(settings, realTime, weights, confidence);
  }

  @Override
  public Series.Need need() {
    return Series.Need.POINT_OR_RANGE;
  }

  @Override
  public SmoothedTrend smooth(Series s) {
    SmootherEngine.requireSome(s);
    PollObservations polls = observations(s, realTime);
    TrendBand band =
        realTime ? settings.realTime(polls).band(confidence) : settings.fit(polls).band(confidence);
    return SmoothedTrend.of(s, method(), band, SmootherEngine.medianSampleSizeNote(s));
  }

  /** The retrospective fit of one series (for its house effects). */
  PollAverageFit fit(Series s) {
    SmootherEngine.requireSome(s);
    return settings.fit(observations(s, false));
  }

  /**
   * The polls of a series; for the real-time average each placed at its field end (the first day it
   * could be known), or at the set's placement when it has no field end.
   */
  private PollObservations observations(Series s, boolean atFieldEnd) {
    int m = s.size();
    int[] day = atFieldEnd ? SmootherEngine.fieldEndDays(s) : s.intDays();
    String[] pollster = new String[m];
    for (int i = 0; i < m; i++) {
      Poll p = s.polls.get(i);
      pollster[i] = p.pollster().isBlank() ? Smoothers.NO_POLLSTER : p.pollster();
    }
    PollObservations polls =
        s.isLead()
            ? PollObservations.ofLeads(day, s.first, s.second, s.n, pollster)
            : PollObservations.ofShares(day, s.value, s.n, s.low, s.high, pollster);
    return weights.any() ? polls.withWeights(weights.of(s)) : polls;
  }

  private String method() {
    return (realTime ? "poll average (real-time)" : "poll average")
        + SmootherEngine.bandSuffix(confidence)
        + weights;
  }

  /**
   * The method (e.g. {@code "poll average, 90% band"}), then the engine's settings when they are
   * not the defaults, e.g. {@code "poll average [no house effects, 0 breaks, ...]"}.
   */
  @Override
  public String toString() {
    String text = settings.toString();
    return method()
        + (settings.equals(PollAverage.builder().build())
            ? ""
            : " " + text.substring(text.indexOf('[')));
  }
}
