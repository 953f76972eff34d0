package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.*;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.Share;
import io.github.pollkit.trend.KalmanSmoother;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class SampleAccountingTest {

  private static final LocalDate DAY = LocalDate.of(2020, 3, 1);

  /** A poll of {@code pollster} fielded on days {@code from..to} after DAY. */
  private static Poll poll(
      String id,
      String pollster,
      int from,
      int to,
      String population,
      double n,
      double share,
      Map<String, String> extras) {
    return new Poll(
        0,
        0,
        id,
        pollster,
        "",
        DAY.plusDays(from),
        DAY.plusDays(to),
        "day",
        population,
        "",
        n,
        "",
        "",
        "",
        Map.of("approve", Share.of(share)),
        "",
        "",
        extras,
        Map.of());
  }

  private static Poll poll(String id, String pollster, int from, int to, double n) {
    return poll(id, pollster, from, to, "a", n, 40, Map.of());
  }

  private static Poll tracking(
      String id, String pollster, int from, int to, double n, boolean flag) {
    return poll(id, pollster, from, to, "a", n, 40, Map.of("tracking", flag ? "T" : ""));
  }

  private static double[] effective(PollSet polls) {
    return polls.polls().stream().mapToDouble(SampleAccounting::effectiveSampleSize).toArray();
  }

  @Test
  void three_day_tracker_released_daily_counts_each_later_release_as_n_over_3() {
    // Days 0-2, 1-3, 2-4, 3-5: each later release has 1 new field day of 3 → 900 × 1/3 = 300.
    PollSet polls =
        PollSet.of(
            List.of(
                poll("1", "Tracker", 0, 2, 900), poll("2", "Tracker", 1, 3, 900),
                poll("3", "Tracker", 2, 4, 900), poll("4", "Tracker", 3, 5, 900)));
    AccountedPolls a = SampleAccounting.standard().apply(polls);
    assertArrayEquals(new double[] {900, 300, 300, 300}, effective(a.polls()), 1e-9);
    assertEquals(3, a.trackingReleases()); // the first release overlaps nothing
    assertEquals(3, a.reducedReleases());
    // each respondent once: 6 field days of 300 respondents a day
    assertEquals(1800, a.effectiveRespondents(), 1e-9);
    assertEquals(3600, a.publishedRespondents(), 1e-9);
    assertEquals(
        "4 polls kept of 4: 3 tracking releases, 3 counted for their new field days only, 0 left"
            + " out (no new field day); 0 versions share a sample; effective n 1,800 of 3,600"
            + " published (SampleAccounting[versions share one sample; tracking flagged in"
            + " 'tracking' (field dates when absent)])",
        a.toString());
    Table report = a.report();
    assertEquals(1, report.rowCount());
    assertEquals("Tracker", report.stringColumn("pollster").get(0));
    assertEquals(3, report.intColumn("releases").get(0));
    assertEquals(2700, report.doubleColumn("published_n").get(0), 1e-9);
    assertEquals(900, report.doubleColumn("effective_n").get(0), 1e-9);
  }

  @Test
  void releases_that_do_not_overlap_and_other_pollsters_are_unchanged() {
    PollSet polls =
        PollSet.of(
            List.of(
                poll("1", "Weekly", 0, 2, 1000), poll("2", "Weekly", 7, 9, 1100),
                poll("3", "Weekly", 14, 20, 1200), poll("4", "Other", 1, 3, 800)));
    AccountedPolls a = SampleAccounting.standard().apply(polls);
    assertArrayEquals(new double[] {1000, 1100, 1200, 800}, effective(a.polls()), 1e-9);
    assertEquals(0, a.report().rowCount());
    assertEquals(0, a.trackingReleases());
    assertEquals(0, a.versionRows());
  }

  @Test
  void partial_overlap_counts_the_share_of_new_field_days() {
    // Days 0-4 then 3-7: days 3 and 4 were covered, 3 of 5 are new → 1000 × 3/5 = 600.
    // Then 6-13 (8 days, 6 and 7 covered) → 800 × 6/8 = 600.
    PollSet polls =
        PollSet.of(
            List.of(
                poll("1", "P", 0, 4, 1000),
                poll("2", "P", 3, 7, 1000),
                poll("3", "P", 6, 13, 800)));
    assertArrayEquals(
        new double[] {1000, 600, 600}, effective(polls.countingEachRespondentOnce()), 1e-9);
  }

  @Test
  void versions_of_one_poll_share_one_sample() {
    // Adults 1500, registered 1300, likely 1000 voters of one fieldwork: k = 3 versions, n / 3
    // each.
    PollSet polls =
        PollSet.of(
            List.of(
                poll("1", "House", 0, 3, "a", 1500, 40, Map.of()),
                poll("2", "House", 0, 3, "rv", 1300, 42, Map.of()),
                poll("3", "House", 0, 3, "lv", 1000, 43, Map.of()),
                poll("4", "Other", 0, 3, "a", 900, 41, Map.of()),
                // same poll id, other dates as given by a sponsor: a version too (k = 2)
                poll("x", "Firm", 10, 12, "a", 1000, 40, Map.of()),
                poll("x", "Firm", 10, 11, "rv", 800, 41, Map.of())));
    AccountedPolls a = SampleAccounting.standard().apply(polls);
    assertArrayEquals(
        new double[] {500, 1300 / 3.0, 1000 / 3.0, 900, 500, 400}, effective(a.polls()), 1e-9);
    assertEquals(5, a.versionRows());
    assertEquals(0, a.trackingReleases());
    // each version keeps its published share and n
    assertEquals(1300, a.polls().polls().get(1).sampleSize());
    assertEquals(42, a.polls().polls().get(1).shares().get("approve").value());
  }

  @Test
  void versions_in_a_tracker_are_one_release() {
    // A 3-day tracker with an adults and a registered-voter version of each release.
    PollSet polls =
        PollSet.of(
            List.of(
                poll("1", "T", 0, 2, "a", 900, 40, Map.of()),
                    poll("2", "T", 0, 2, "rv", 600, 41, Map.of()),
                poll("3", "T", 1, 3, "a", 900, 40, Map.of()),
                    poll("4", "T", 1, 3, "rv", 600, 41, Map.of())));
    // versions: n / 2; second release: 1 new day of 3 → 900 / 2 / 3 = 150, 600 / 2 / 3 = 100
    assertArrayEquals(
        new double[] {450, 300, 150, 100}, effective(polls.countingEachRespondentOnce()), 1e-9);
  }

  @Test
  void a_tracking_flag_decides_which_releases_are_tracking_releases() {
    // Flagged releases overlap only flagged ones; the unflagged poll of the same pollster, whose
    // field period overlaps, is a separate sample and stays whole.
    PollSet polls =
        PollSet.of(
            List.of(
                tracking("1", "Daily", 0, 2, 900, true), tracking("2", "Daily", 1, 3, 900, true),
                tracking("3", "Daily", 2, 5, 2000, false),
                    tracking("4", "Daily", 2, 4, 900, true)));
    assertArrayEquals(
        new double[] {900, 300, 2000, 300},
        effective(SampleAccounting.standard().apply(polls).polls()),
        1e-9);
    // ignoring the flag, the unflagged poll (days 2-5, sorted after 2-4) has 1 new day of 4
    assertArrayEquals(
        new double[] {900, 300, 500, 300},
        effective(SampleAccounting.fromFieldDates().apply(polls).polls()),
        1e-9);
    // a flag in another column
    PollSet other =
        PollSet.of(
            List.of(
                poll("1", "D", 0, 2, "a", 900, 40, Map.of("rolling", "yes")),
                poll("2", "D", 1, 3, "a", 900, 40, Map.of("rolling", "no"))));
    assertArrayEquals(
        new double[] {900, 900},
        effective(SampleAccounting.trackingFlag("rolling").apply(other).polls()),
        1e-9);
  }

  @Test
  void a_release_without_a_new_field_day_is_left_out_and_reported() {
    PollSet polls =
        PollSet.of(
            List.of(
                poll("1", "P", 0, 6, 2100), poll("2", "P", 4, 6, 900), poll("3", "P", 5, 7, 900)));
    AccountedPolls a = SampleAccounting.standard().apply(polls);
    assertEquals(List.of("1", "3"), a.polls().polls().stream().map(Poll::pollId).toList());
    assertArrayEquals(new double[] {2100, 300}, effective(a.polls()), 1e-9);
    assertEquals(
        List.of(
            new Exclusion(
                "'2'", "tracking release whose field days were all covered by earlier releases")),
        a.leftOut());
    assertEquals(1, a.report().intColumn("left_out").get(0));
  }

  @Test
  void published_n_is_kept_beside_the_effective_one() {
    PollSet accounted =
        PollSet.of(List.of(poll("1", "P", 0, 2, 900), poll("2", "P", 1, 3, 900)))
            .countingEachRespondentOnce();
    Poll second = accounted.polls().get(1);
    assertEquals(900, second.sampleSize());
    assertEquals("300", second.extras().get(SampleAccounting.EFFECTIVE_N));
    Table t = accounted.table();
    assertEquals("300", t.stringColumn(SampleAccounting.EFFECTIVE_N).get(1));
    // applying the rules again changes nothing (they start from the published n)
    assertEquals(accounted, accounted.countingEachRespondentOnce());
    // a poll never accounted: its published n
    assertEquals(900, SampleAccounting.effectiveSampleSize(poll("1", "P", 0, 2, 900)));
  }

  @Test
  void the_trend_uses_the_effective_sample_size() {
    // With fixed variances the Kalman filter depends on the polls only through day, share and n:
    // the accounted set must give exactly the line of a set whose n is the effective one.
    KalmanSmoother fixed =
        KalmanSmoother.builder().processVariance(0.05).nonSamplingVariance(1).build();
    List<Poll> raw =
        List.of(
            poll("1", "T", 0, 2, "a", 900, 40, Map.of()),
                poll("2", "T", 1, 3, "a", 900, 46, Map.of()),
            poll("3", "T", 2, 4, "a", 900, 38, Map.of()),
                poll("4", "U", 2, 4, "a", 500, 44, Map.of()));
    List<Poll> byHand =
        List.of(raw.get(0), raw.get(1).withShares(raw.get(1).shares()), raw.get(2), raw.get(3));
    List<Poll> third = new ArrayList<>();
    double[] n = {900, 300, 300, 500};
    for (int i = 0; i < 4; i++) {
      Poll p = byHand.get(i);
      third.add(
          new Poll(
              0,
              0,
              p.pollId(),
              p.pollster(),
              "",
              p.fieldStart(),
              p.fieldEnd(),
              "day",
              "a",
              "",
              n[i],
              "",
              "",
              "",
              p.shares(),
              "",
              "",
              Map.of(),
              Map.of()));
    }
    double[] accounted =
        PollSet.of(raw)
            .countingEachRespondentOnce()
            .smooth(Smoothers.kalmanRealTime(fixed))
            .get("approve")
            .band()
            .estimate();
    double[] expected =
        PollSet.of(third).smooth(Smoothers.kalmanRealTime(fixed)).get("approve").band().estimate();
    double[] published =
        PollSet.of(raw).smooth(Smoothers.kalmanRealTime(fixed)).get("approve").band().estimate();
    assertArrayEquals(expected, accounted, 1e-12);
    assertNotEquals(published[published.length - 1], accounted[accounted.length - 1], 1e-6);
  }

  @Test
  void rules_are_values() {
    assertEquals(SampleAccounting.standard(), SampleAccounting.trackingFlag("tracking"));
    assertNotEquals(SampleAccounting.standard(), SampleAccounting.fromFieldDates());
    assertEquals(
        "SampleAccounting[versions share one sample; tracking from field dates]",
        SampleAccounting.fromFieldDates().toString());
    assertThrows(NullPointerException.class, () -> SampleAccounting.trackingFlag(null));
    var e = assertThrows(IllegalArgumentException.class, () -> SampleAccounting.trackingFlag(" "));
    assertEquals("column must not be blank, was ' '", e.getMessage());
    assertThrows(NullPointerException.class, () -> SampleAccounting.standard().apply(null));
    Poll bad = poll("b", "P", 0, 1, "a", 900, 40, Map.of("effective_n", "many"));
    assertThrows(PollDataException.class, () -> SampleAccounting.effectiveSampleSize(bad));
  }

  // ---- real data: FiveThirtyEight's Trump approval poll list ----------------------------------

  private static final Path APPROVAL = Path.of("data/trump-approval/approval_polllist.csv");

  private static PollSet approval(String subgroup) {
    ReadOptions options =
        ReadOptions.builder().datePattern("M/d/yyyy").options("approve", "disapprove").build();
    return Polls.read(APPROVAL, options).where(p -> p.extras().get("subgroup").equals(subgroup));
  }

  /**
   * Counts from src/test/resources/reference/tracking/count_tracking.py (Python standard library,
   * an independent implementation of the stated rules on the raw CSV).
   */
  private static Map<String, String[]> reference() throws Exception {
    Map<String, String[]> bySubgroup = new HashMap<>();
    List<String> lines =
        Files.readAllLines(Path.of("src/test/resources/reference/tracking/approval_counts.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      bySubgroup.put(f[0], f);
    }
    return bySubgroup;
  }

  @Test
  void approval_lists_match_an_independent_count_of_the_rules() throws Exception {
    Map<String, String[]> reference = reference();
    for (String subgroup : List.of("All polls", "Voters", "Adults")) {
      String[] r = reference.get(subgroup);
      AccountedPolls a = SampleAccounting.standard().apply(approval(subgroup));
      assertEquals(Integer.parseInt(r[1]), a.polls().size() + a.leftOut().size(), subgroup);
      assertEquals(Integer.parseInt(r[2]), a.trackingReleases(), subgroup);
      assertEquals(Integer.parseInt(r[3]), a.reducedReleases(), subgroup);
      assertEquals(Integer.parseInt(r[4]), a.leftOut().size(), subgroup);
      assertEquals(Integer.parseInt(r[5]), a.versionRows(), subgroup);
      assertEquals(Double.parseDouble(r[6]), a.publishedRespondents(), 1e-3, subgroup);
      assertEquals(Double.parseDouble(r[7]), a.effectiveRespondents(), 1e-3, subgroup);
    }
  }

  @Test
  void approval_tracking_releases_are_the_rows_538_flags() throws Exception {
    // Derived from the file's own column: every row with tracking = "T" is a tracking release.
    Table raw =
        Table.read()
            .csv(
                tech.tablesaw.io.csv.CsvReadOptions.builder(APPROVAL.toFile())
                    .columnTypesToDetect(List.of(tech.tablesaw.api.ColumnType.STRING))
                    .build());
    Table all = raw.where(raw.stringColumn("subgroup").isEqualTo("All polls"));
    int flagged = all.where(all.stringColumn("tracking").isEqualTo("T")).rowCount();
    assertEquals(
        flagged, SampleAccounting.standard().apply(approval("All polls")).trackingReleases());
    // 538 picked one version per poll id in "All polls" ("multiversions" = "*" marks polls that
    // had several): no poll id repeats, so every version group here is one of same pollster and
    // field dates (YouGov's and Morning Consult's separate releases of one fieldwork).
    assertEquals(all.rowCount(), all.stringColumn("poll_id").unique().size());
    // Version rows from the raw columns: rows whose pollster, start and end date repeat.
    Map<String, Integer> byFieldwork = new HashMap<>();
    for (int r = 0; r < all.rowCount(); r++) {
      byFieldwork.merge(
          all.stringColumn("pollster").get(r).toLowerCase(java.util.Locale.ROOT)
              + "|"
              + all.stringColumn("startdate").get(r)
              + "|"
              + all.stringColumn("enddate").get(r),
          1,
          Integer::sum);
    }
    int versionRows = byFieldwork.values().stream().filter(k -> k > 1).mapToInt(k -> k).sum();
    assertEquals(
        versionRows, SampleAccounting.standard().apply(approval("All polls")).versionRows());
  }

  @Test
  void cutting_the_list_at_a_day_leaves_every_earlier_effective_n_unchanged() {
    PollSet all = approval("All polls");
    Map<String, String> full = new LinkedHashMap<>();
    all.countingEachRespondentOnce()
        .polls()
        .forEach(p -> full.put(p.pollId(), p.extras().get(SampleAccounting.EFFECTIVE_N)));
    for (LocalDate cut :
        List.of(LocalDate.of(2017, 6, 30), LocalDate.of(2018, 11, 15), LocalDate.of(2020, 1, 1))) {
      PollSet before = all.where(p -> !p.fieldEnd().isAfter(cut)).countingEachRespondentOnce();
      for (Poll p : before.polls()) {
        assertEquals(
            full.get(p.pollId()),
            p.extras().get(SampleAccounting.EFFECTIVE_N),
            p + " cut at " + cut);
      }
    }
  }
}
