package io.github.pollkit;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.model.Poll;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counts each respondent once: the effective sample size of tracking-poll releases whose field
 * periods overlap, and of several versions of one poll.
 *
 * <pre>{@code
 * AccountedPolls accounted = SampleAccounting.standard().apply(polls);
 * accounted.report();                                   // pollster, releases, published n, effective n
 * accounted.polls().smooth(Smoothers.kalmanRealTime()); // the trend uses the effective n
 * polls.countingEachRespondentOnce();                   // the same polls, in one fluent step
 * }</pre>
 *
 * <h2>Versions of one poll</h2>
 *
 * Polls of one pollster with the same field start and end, or with the same non-empty poll id, are
 * versions of one poll (adults, registered and likely voters; with and without leaners; a sponsor's
 * and the pollster's own release of one fieldwork): they share one sample. Each of the k versions
 * keeps its published share and gets {@code n / k}, so together they weigh what one poll weighs,
 * and no version is chosen over another by a preference that could favour one population. (The
 * Economist's 2020 model keeps one version per pollster and day instead, preferring likely over
 * registered voters over adults; sharing the sample keeps every published number and needs no such
 * ranking.)
 *
 * <h2>Tracking polls</h2>
 *
 * The releases of one tracking poll (same pollster, population and question) are put in order of
 * field end, then field start. Assuming, as a rolling tracker is run, that respondents are spread
 * evenly over the field days, the respondents of a release are new only on the field days that no
 * earlier release of the same tracker covered:
 *
 * <pre>
 *   effective n = n × (field days not covered by earlier releases) / (field days)
 * </pre>
 *
 * so a 3-day tracker released daily counts its first release in full and each later one as n/3, and
 * releases that do not overlap are unchanged. Over a run of releases every respondent is then
 * counted once: this is the information in Pollster.com's rule for rolling trackers ("How to Plot
 * Rolling Average Results?", Pollster.com, for the 2008 primaries: keep every k-th release of a
 * k-day tracker, plus the latest), without dropping the latest releases' news. A release whose
 * field days were all covered before adds no respondent; it is left out and reported. The rule only
 * looks back, so cutting a poll list at any day leaves every earlier effective n as it was.
 *
 * <p>Which releases are tracking releases: where the polls carry a tracking flag (FiveThirtyEight's
 * lists have a {@code tracking} column holding {@code T}), only flagged releases, and they overlap
 * only with earlier flagged releases. Without a flag, every release of a pollster whose field
 * period overlaps an earlier one is taken for a tracker release: overlapping field periods of one
 * pollster are then assumed to share respondents (see {@link #fromFieldDates()}; a pollster that
 * runs separate daily samples with overlapping field periods is better described by a flag).
 *
 * <p>Versions are accounted first; a group of versions is one release of its tracker. The published
 * sample size is never changed: the effective one goes to the extra column {@value #EFFECTIVE_N},
 * which every smoother uses in place of n. Values are immutable; equal when their rules are equal.
 */
public final class SampleAccounting {

  /** The extra column that holds a poll's effective sample size. */
  public static final String EFFECTIVE_N = "effective_n";

  /** The tracking flag column in FiveThirtyEight's poll lists. */
  public static final String TRACKING_COLUMN = "tracking";

  private static final Set<String> FLAG_VALUES = Set.of("t", "true", "yes", "y", "1");

  private final String trackingColumn; // null: field dates only

  private SampleAccounting(String trackingColumn) {
    this.trackingColumn = trackingColumn;
  }

  /**
   * The standard rules: versions share one sample; tracking releases are those flagged in the
   * column {@value #TRACKING_COLUMN} ({@code T}, {@code TRUE}, {@code yes} or {@code 1}, any case)
   * when the polls have that column, otherwise every release overlapping an earlier one of its
   * pollster.
   *
   * @return the standard rules
   */
  public static SampleAccounting standard() {
    return new SampleAccounting(TRACKING_COLUMN);
  }

  /**
   * Rules that ignore any tracking flag: every release whose field period overlaps an earlier one
   * of the same pollster, population and question counts only its new field days.
   *
   * @return the field-dates rules
   */
  public static SampleAccounting fromFieldDates() {
    return new SampleAccounting(null);
  }

  /**
   * The standard rules with the tracking flag read from another extra column.
   *
   * @param column the name of the extra column that flags tracking releases
   * @return the rules
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank
   */
  public static SampleAccounting trackingFlag(String column) {
    return new SampleAccounting(Checks.notBlank(column, "column"));
  }

  /**
   * The effective sample size of a poll: its {@value #EFFECTIVE_N} extra when it has one, else its
   * published sample size (NaN when not reported).
   *
   * @param poll a poll
   * @return the sample size a trend should use
   * @throws NullPointerException if {@code poll} is null
   * @throws PollDataException if the {@value #EFFECTIVE_N} extra is not a number
   */
  public static double effectiveSampleSize(Poll poll) {
    Checks.notNull(poll, "poll");
    String text = poll.extras().get(EFFECTIVE_N);
    if (text == null || text.isBlank()) {
      return poll.sampleSize();
    }
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new PollDataException(
          "poll " + PollSet.label(poll),
          poll.line(),
          EFFECTIVE_N,
          text,
          "an effective sample size must be a number");
    }
  }

  /**
   * Applies the rules to a set of polls.
   *
   * @param polls the polls
   * @return the polls with their effective sample sizes, and a report of what changed
   * @throws NullPointerException if {@code polls} is null
   */
  public AccountedPolls apply(PollSet polls) {
    Checks.notNull(polls, "polls");
    List<Poll> list = polls.polls();
    int m = list.size();
    double[] factor = new double[m];
    java.util.Arrays.fill(factor, 1);
    int[] group = versionGroups(list);
    int[] groupSize = new int[m];
    for (int i = 0; i < m; i++) {
      groupSize[group[i]]++;
    }
    boolean[] version = new boolean[m];
    for (int i = 0; i < m; i++) {
      if (groupSize[group[i]] > 1) {
        factor[i] /= groupSize[group[i]];
        version[i] = true;
      }
    }
    boolean[] tracked = new boolean[m];
    double[] newShare = trackingShares(list, group, tracked, usesFlag(list));
    boolean[] reduced = new boolean[m];
    for (int i = 0; i < m; i++) {
      factor[i] *= newShare[i];
      reduced[i] = newShare[i] < 1;
    }
    List<Poll> kept = new ArrayList<>();
    List<Exclusion> leftOut = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      Poll p = list.get(i);
      if (factor[i] == 0) {
        leftOut.add(
            new Exclusion(
                PollSet.label(p),
                "tracking release whose field days were all covered by earlier releases"));
        continue;
      }
      kept.add(withEffectiveN(p, p.sampleSize() * factor[i]));
    }
    return new AccountedPolls(
        this,
        polls.withPolls(kept),
        report(list, factor, version, reduced),
        count(tracked),
        count(reduced),
        count(version),
        leftOut,
        list.stream().filter(Poll::hasSampleSize).mapToDouble(Poll::sampleSize).sum());
  }

  private boolean usesFlag(List<Poll> polls) {
    return trackingColumn != null
        && polls.stream().anyMatch(p -> p.extras().containsKey(trackingColumn));
  }

  private boolean flagged(Poll p) {
    String v = p.extras().get(trackingColumn);
    return v != null && FLAG_VALUES.contains(v.trim().toLowerCase(Locale.ROOT));
  }

  /** Union-find over polls: same pollster and field dates, or same non-empty poll id. */
  private static int[] versionGroups(List<Poll> polls) {
    int m = polls.size();
    int[] parent = new int[m];
    Map<String, Integer> firstByKey = new HashMap<>();
    for (int i = 0; i < m; i++) {
      parent[i] = i;
      Poll p = polls.get(i);
      List<String> keys = new ArrayList<>(2);
      if (p.fieldStart() != null && p.fieldEnd() != null && !p.pollster().isBlank()) {
        keys.add(
            "dates\u0000"
                + norm(p.pollster())
                + "\u0000"
                + p.fieldStart()
                + "\u0000"
                + p.fieldEnd());
      }
      if (!p.pollId().isBlank()) {
        keys.add("id\u0000" + p.pollId().trim());
      }
      for (String key : keys) {
        Integer j = firstByKey.putIfAbsent(key, i);
        if (j != null) {
          union(parent, i, j);
        }
      }
    }
    int[] group = new int[m];
    for (int i = 0; i < m; i++) {
      group[i] = find(parent, i);
    }
    return group;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /**
   * The share of each poll's field days not covered by earlier releases of its tracker (1 for a
   * poll that is not a tracking release); marks the tracking releases.
   */
  private double[] trackingShares(
      List<Poll> polls, int[] group, boolean[] tracked, boolean useFlag) {
    int m = polls.size();
    double[] share = new double[m];
    java.util.Arrays.fill(share, 1);
    Map<String, List<Integer>> series = new LinkedHashMap<>();
    for (int i = 0; i < m; i++) {
      Poll p = polls.get(i);
      if (p.fieldStart() == null || p.fieldEnd() == null || (useFlag && !flagged(p))) {
        continue;
      }
      String key =
          norm(p.pollster()) + "\u0000" + norm(p.population()) + "\u0000" + norm(p.question());
      series.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    Comparator<Integer> byField =
        Comparator.<Integer, LocalDate>comparing(i -> polls.get(i).fieldEnd())
            .thenComparing(i -> polls.get(i).fieldStart())
            .thenComparingInt(i -> group[i]);
    for (List<Integer> releases : series.values()) {
      releases.sort(byField);
      long first =
          releases.stream()
              .mapToLong(i -> polls.get(i).fieldStart().toEpochDay())
              .min()
              .orElseThrow();
      BitSet covered = new BitSet();
      int k = 0;
      while (k < releases.size()) {
        // one release: the polls of one version group with one field period
        Poll head = polls.get(releases.get(k));
        int end = k + 1;
        while (end < releases.size()
            && group[releases.get(end)] == group[releases.get(k)]
            && polls.get(releases.get(end)).fieldStart().equals(head.fieldStart())
            && polls.get(releases.get(end)).fieldEnd().equals(head.fieldEnd())) {
          end++;
        }
        int from = (int) (head.fieldStart().toEpochDay() - first);
        int to = (int) (head.fieldEnd().toEpochDay() - first) + 1;
        int days = to - from;
        int seen = covered.get(from, to).cardinality();
        double newDays = (double) (days - seen) / days;
        boolean overlaps = seen > 0;
        for (int j = k; j < end; j++) {
          int i = releases.get(j);
          share[i] = newDays;
          tracked[i] = useFlag || overlaps;
        }
        covered.set(from, to);
        k = end;
      }
    }
    return share;
  }

  private static String norm(String s) {
    return s.trim().toLowerCase(Locale.ROOT);
  }

  private static Poll withEffectiveN(Poll p, double effectiveN) {
    Map<String, String> extras = new LinkedHashMap<>(p.extras());
    extras.put(EFFECTIVE_N, Double.isNaN(effectiveN) ? "" : format(effectiveN));
    return new Poll(
        p.record(),
        p.line(),
        p.pollId(),
        p.pollster(),
        p.sponsor(),
        p.fieldStart(),
        p.fieldEnd(),
        p.datePrecision(),
        p.population(),
        p.base(),
        p.sampleSize(),
        p.mode(),
        p.question(),
        p.questionGroup(),
        p.shares(),
        p.sourceUrl(),
        p.note(),
        extras,
        p.optionRows());
  }

  /**
   * Whole numbers without a decimal point ({@code 500}), others exactly ({@code
   * 333.3333333333333}).
   */
  private static String format(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }

  private static int count(boolean[] flags) {
    int c = 0;
    for (boolean f : flags) {
      c += f ? 1 : 0;
    }
    return c;
  }

  private static tech.tablesaw.api.Table report(
      List<Poll> polls, double[] factor, boolean[] version, boolean[] reduced) {
    record Key(String pollster, String population) {}
    final class Row {
      int releases;
      int tracking;
      int versions;
      int leftOut;
      double published;
      double effective;
    }
    Map<Key, Row> rows = new LinkedHashMap<>();
    for (int i = 0; i < polls.size(); i++) {
      if (factor[i] == 1) {
        continue;
      }
      Poll p = polls.get(i);
      Row r = rows.computeIfAbsent(new Key(p.pollster(), p.population()), k -> new Row());
      r.releases++;
      r.tracking += reduced[i] ? 1 : 0;
      r.versions += version[i] ? 1 : 0;
      r.leftOut += factor[i] == 0 ? 1 : 0;
      r.published += p.sampleSize();
      r.effective += p.sampleSize() * factor[i];
    }
    List<Map.Entry<Key, Row>> sorted = new ArrayList<>(rows.entrySet());
    sorted.sort(
        Comparator.comparingDouble(
            (Map.Entry<Key, Row> e) -> e.getValue().effective - e.getValue().published));
    var pollster = tech.tablesaw.api.StringColumn.create("pollster");
    var population = tech.tablesaw.api.StringColumn.create("population");
    var releases = tech.tablesaw.api.IntColumn.create("releases");
    var tracking = tech.tablesaw.api.IntColumn.create("tracking_releases");
    var versions = tech.tablesaw.api.IntColumn.create("versions");
    var left = tech.tablesaw.api.IntColumn.create("left_out");
    var published = tech.tablesaw.api.DoubleColumn.create("published_n");
    var effective = tech.tablesaw.api.DoubleColumn.create("effective_n");
    for (Map.Entry<Key, Row> e : sorted) {
      Row r = e.getValue();
      pollster.append(e.getKey().pollster());
      population.append(e.getKey().population());
      releases.append(r.releases);
      tracking.append(r.tracking);
      versions.append(r.versions);
      left.append(r.leftOut);
      published.append(Math.round(r.published * 10) / 10.0);
      effective.append(Math.round(r.effective * 10) / 10.0);
    }
    return tech.tablesaw.api.Table.create(
        "sample accounting",
        pollster,
        population,
        releases,
        tracking,
        versions,
        left,
        published,
        effective);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SampleAccounting other
        && Objects.equals(trackingColumn, other.trackingColumn);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(trackingColumn);
  }

  @Override
  public String toString() {
    return "SampleAccounting[versions share one sample; tracking "
        + (trackingColumn == null
            ? "from field dates"
            : "flagged in '" + trackingColumn + "' (field dates when absent)")
        + "]";
  }
}
