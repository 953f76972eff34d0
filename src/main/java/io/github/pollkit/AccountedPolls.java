package io.github.pollkit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * Polls whose sample sizes were accounted by {@link SampleAccounting}: the polls with their
 * effective sample size in the extra column {@value SampleAccounting#EFFECTIVE_N}, the releases
 * left out because they added no respondent, and a report of what changed.
 */
public final class AccountedPolls {
  private final SampleAccounting rules;
  private final PollSet polls;
  private final Table report;
  private final int trackingReleases;
  private final int reducedReleases;
  private final int versionRows;
  private final List<Exclusion> leftOut;
  private final double publishedRespondents;

  AccountedPolls(
      SampleAccounting rules,
      PollSet polls,
      Table report,
      int trackingReleases,
      int reducedReleases,
      int versionRows,
      List<Exclusion> leftOut,
      double publishedRespondents) {
    this.rules = rules;
    this.polls = polls;
    this.report = report;
    this.trackingReleases = trackingReleases;
    this.reducedReleases = reducedReleases;
    this.versionRows = versionRows;
    this.leftOut = List.copyOf(leftOut);
    this.publishedRespondents = publishedRespondents;
  }

  /**
   * The polls with their effective sample sizes (the published ones are kept), without the releases
   * left out.
   *
   * @return the accounted polls
   */
  public PollSet polls() {
    return polls;
  }

  /**
   * What changed, one row per pollster and population whose polls changed: {@code pollster}, {@code
   * population}, {@code releases} (polls changed), {@code tracking_releases} (counted for their new
   * field days only), {@code versions} (polls sharing a sample with other versions), {@code
   * left_out}, {@code published_n} and {@code effective_n} (sums over the changed polls, rounded to
   * 0.1); the largest reduction first. A fresh copy.
   *
   * @return the report
   */
  public Table report() {
    return report.copy();
  }

  /**
   * The number of polls taken for releases of a tracking poll (flagged, or overlapping an earlier
   * release of their tracker).
   *
   * @return the number of tracking releases
   */
  public int trackingReleases() {
    return trackingReleases;
  }

  /**
   * The number of tracking releases counted for part of their field days only (left-out ones
   * included).
   *
   * @return the number of reduced releases
   */
  public int reducedReleases() {
    return reducedReleases;
  }

  /**
   * The number of polls that share a sample with other versions of the same poll.
   *
   * @return the number of version rows
   */
  public int versionRows() {
    return versionRows;
  }

  /**
   * The releases left out because every one of their field days was covered by earlier releases.
   *
   * @return the releases left out, with the reason
   */
  public List<Exclusion> leftOut() {
    return leftOut;
  }

  /**
   * The sum of the published sample sizes of all polls accounted (left-out ones included).
   *
   * @return the published respondents
   */
  public double publishedRespondents() {
    return publishedRespondents;
  }

  /**
   * The sum of the effective sample sizes of the polls kept.
   *
   * @return the respondents counted once
   */
  public double effectiveRespondents() {
    return polls.polls().stream()
        .mapToDouble(SampleAccounting::effectiveSampleSize)
        .filter(x -> !Double.isNaN(x))
        .sum();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%d polls kept of %d: %d tracking releases, %d counted for their new field days only,"
            + " %d left out (no new field day); %d versions share a sample; effective n %,.0f of"
            + " %,.0f published (%s)",
        polls.size(),
        polls.size() + leftOut.size(),
        trackingReleases,
        reducedReleases,
        leftOut.size(),
        versionRows,
        effectiveRespondents(),
        publishedRespondents(),
        Objects.toString(rules));
  }
}
