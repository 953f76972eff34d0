package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.*;

import io.github.pollkit.model.DatePlacement;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.PollColumns;
import io.github.pollkit.model.Share;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class PollSetTest {

  static Poll poll(
      int record,
      String id,
      String pollster,
      LocalDate start,
      LocalDate end,
      String base,
      double n,
      String group,
      Object... optionShares) {
    Map<String, Share> shares = new LinkedHashMap<>();
    for (int i = 0; i < optionShares.length; i += 2) {
      Object v = optionShares[i + 1];
      shares.put(
          (String) optionShares[i],
          v instanceof Share s ? s : Share.of(((Number) v).doubleValue()));
    }
    return new Poll(
        record,
        record + 1,
        id,
        pollster,
        "",
        start,
        end,
        "day",
        "adults",
        base,
        n,
        "",
        "q",
        group,
        shares,
        "",
        "",
        Map.of(),
        Map.of());
  }

  /** Four polls modelled on rows of data/ukraine-nato/ukraine-nato-membership.csv. */
  static PollSet sample() {
    return PollSet.of(
        List.of(
            poll(
                1,
                "various-1995-2004",
                "various",
                LocalDate.of(1995, 1, 1),
                LocalDate.of(2004, 12, 31),
                "",
                Double.NaN,
                "summary",
                "support",
                Share.range(20, 25)),
            poll(
                2,
                "rating-iri-2019-06",
                "Rating Group",
                LocalDate.of(2019, 6, 1),
                LocalDate.of(2019, 6, 30),
                "all respondents",
                2400,
                "referendum",
                "support",
                53,
                "oppose",
                29),
            poll(
                3,
                "dif-razumkov-2015-07",
                "Democratic Initiatives Foundation; Razumkov Centre",
                LocalDate.of(2015, 7, 22),
                LocalDate.of(2015, 7, 27),
                "would vote",
                2011,
                "referendum",
                "support",
                63.9,
                "oppose",
                28.5,
                "undecided",
                7.6),
            poll(
                4,
                "gorshenin-2014",
                "Gorshenin Institute",
                null,
                null,
                "",
                Double.NaN,
                "referendum",
                "support",
                47.3)));
  }

  @Test
  void table_round_trips_through_the_long_schema() {
    PollSet set = sample();
    Table t = set.table();
    assertEquals(PollColumns.STANDARD, t.columnNames());
    assertEquals(1 + 2 + 3 + 1, t.rowCount());
    assertEquals(set, PollSet.of(t));
  }

  @Test
  void table_keeps_range_bounds_and_midpoint() {
    Table t = sample().table();
    assertEquals(22.5, t.doubleColumn("share").getDouble(0));
    assertEquals(20, t.doubleColumn("share_low").getDouble(0));
    assertEquals(25, t.doubleColumn("share_high").getDouble(0));
    assertTrue(t.doubleColumn("share_low").isMissing(1), "a point share has no bounds");
  }

  @Test
  void wide_has_one_row_per_poll_and_missing_is_not_zero() {
    Table w = sample().wide();
    assertEquals(4, w.rowCount());
    assertTrue(
        w.columnNames()
            .containsAll(List.of("support", "support_low", "support_high", "oppose", "undecided")));
    assertFalse(
        w.columnNames().contains("oppose_low"), "no range for oppose, so no bounds columns");
    assertEquals(53, w.doubleColumn("support").getDouble(1));
    assertTrue(w.doubleColumn("oppose").isMissing(3));
    assertTrue(w.doubleColumn("undecided").isMissing(1));
    assertEquals("gorshenin-2014", w.stringColumn("poll_id").get(3));
    assertNull(w.dateColumn("field_end").get(3));
  }

  @Test
  void option_filter_keeps_only_named_options_and_drops_polls_without_them() {
    PollSet oppose = sample().option("oppose");
    assertEquals(List.of("oppose"), oppose.options());
    assertEquals(2, oppose.size());
  }

  @Test
  void option_filter_rejects_an_option_the_set_does_not_have() {
    var e = assertThrows(IllegalArgumentException.class, () -> sample().option("suport"));
    assertEquals(
        "option 'suport' is not in this set; options are [support, oppose, undecided]",
        e.getMessage());
  }

  @Test
  void pollster_filter_matches_joint_pollsters() {
    assertEquals(1, sample().pollster("razumkov centre").size());
    assertEquals(0, sample().pollster("Razumkov").size());
  }

  @Test
  void base_filters() {
    assertEquals(3, sample().excludingBase("would vote").size());
    assertEquals(1, sample().base("all respondents").size());
  }

  @Test
  void question_group_filter() {
    assertEquals(3, sample().questionGroup("referendum").size());
    assertEquals(4, sample().questionGroup("referendum", "summary").size());
  }

  @Test
  void between_uses_end_date_by_default_and_skips_undated() {
    PollSet set = sample();
    assertEquals(2, set.between(LocalDate.of(2004, 12, 31), LocalDate.of(2015, 7, 27)).size());
    assertEquals(1, set.between(LocalDate.of(2015, 7, 25), LocalDate.of(2019, 1, 1)).size());
    // midpoint of 2015-07-22..27 is the 24th (rounded down): not in a range starting on the 25th
    assertEquals(
        0,
        set.placedAt(DatePlacement.MIDPOINT)
            .between(LocalDate.of(2015, 7, 25), LocalDate.of(2019, 1, 1))
            .size());
  }

  @Test
  void between_rejects_reversed_dates() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> sample().between(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)));
    assertEquals("to must not be before from, was 2020-01-01 to 2019-01-01", e.getMessage());
  }

  @Test
  void rebase_among_decided() {
    // 53 / (53 + 29) = 64.634146...; 29 / 82 = 35.365853...
    PollSet decided = sample().reporting("support", "oppose").rebase("support", "oppose");
    Poll rating = decided.polls().get(0);
    assertEquals(64.6341463414634, rating.shares().get("support").value(), 1e-12);
    assertEquals(35.3658536585366, rating.shares().get("oppose").value(), 1e-12);
    assertEquals(List.of("support", "oppose"), decided.options());
  }

  @Test
  void rebase_names_the_poll_that_lacks_an_option() {
    var e =
        assertThrows(IllegalArgumentException.class, () -> sample().rebase("support", "oppose"));
    assertEquals(
        "cannot rebase poll 'various-1995-2004': option 'support' is a range; keep only"
            + " polls reporting all options with reporting(...) first",
        e.getMessage());
  }

  @Test
  void filters_return_new_sets_and_leave_the_original_alone() {
    PollSet set = sample();
    set.option("oppose").questionGroup("referendum");
    assertEquals(4, set.size());
    assertEquals(List.of("support", "oppose", "undecided"), set.options());
  }

  @Test
  void to_string_reads_like_a_summary() {
    assertEquals(
        "PollSet[4 polls, 1995–2019, options support/oppose/undecided, 1 published range, 1 undated]",
        sample().toString());
  }

  @Test
  void of_table_names_a_bound_column_without_its_pair() {
    Table t = sample().table().removeColumns("share_high");
    var e = assertThrows(PollDataException.class, () -> PollSet.of(t));
    assertTrue(e.getMessage().contains("only one of 'share_low' and 'share_high'"), e.getMessage());
  }

  @Test
  void of_table_names_a_column_of_the_wrong_type() {
    Table t = sample().table();
    t.replaceColumn(
        "sample_size", t.doubleColumn("sample_size").asStringColumn().setName("sample_size"));
    var e = assertThrows(PollDataException.class, () -> PollSet.of(t));
    assertTrue(
        e.getMessage().contains("column 'sample_size' must be of type DOUBLE, was STRING"),
        e.getMessage());
  }

  @Test
  void of_table_names_the_record_and_option_of_a_bad_share() {
    Table t = sample().table();
    t.doubleColumn("share").set(1, 104.0);
    var e = assertThrows(PollDataException.class, () -> PollSet.of(t));
    assertTrue(
        e.getMessage()
            .contains(
                "row 2, record 2, option 'support': share value must be in [0, 100] percentage"
                    + " points, was 104.0"),
        e.getMessage());
  }

  @Test
  void of_table_names_rows_of_one_record_that_disagree_on_a_date() {
    Table t = sample().table();
    // rows 1 and 2 are the two options of record 2 (rating-iri-2019-06, fieldwork ending
    // 2019-06-30)
    t.dateColumn("field_end").set(2, LocalDate.of(2019, 7, 1));
    var e = assertThrows(PollDataException.class, () -> PollSet.of(t));
    assertTrue(
        e.getMessage()
            .contains(
                "row 3: rows of record 2 disagree on column 'field_end': '2019-06-30' and"
                    + " '2019-07-01'"),
        e.getMessage());
  }

  @Test
  void share_rejects_values_outside_percentage_points() {
    var e = assertThrows(IllegalArgumentException.class, () -> Share.of(104));
    assertEquals("share value must be in [0, 100] percentage points, was 104.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Share.of(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Share.range(25, 20));
  }

  @Test
  void poll_rejects_end_before_start() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            poll(
                1,
                "x",
                "p",
                LocalDate.of(2020, 2, 2),
                LocalDate.of(2020, 2, 1),
                "",
                100,
                "g",
                "a",
                1));
  }
}
