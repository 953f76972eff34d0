package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.io.ReadResult;
import io.github.pollkit.model.PollColumns;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Lenient reading: every rejected record with its line and reason; nothing lost or invented. */
class PollReaderLenientTest {

  static ReadResult lenient(String csv, ReadOptions.Builder options) {
    return Polls.readLenient(new StringReader(csv), options.sourceName("polls.csv").build())
        .result();
  }

  static ReadResult lenient(String csv) {
    return lenient(csv, ReadOptions.builder());
  }

  @Test
  void wide_file_keeps_good_records_and_lists_every_bad_one() {
    String csv =
        "poll_id,field_end,n,support,oppose\n"
            + "p1,2024-01-01,1000,40,50\n"
            + "p2,2024-13-01,1000,40,50\n"
            + "p3,2024-01-03,0,40,50\n"
            + "p4,2024-01-04,1000,40\n"
            + "p5,2024-01-05,1000,45,\"unclosed\n"
            + "p6,2024-01-06,1000,30,30\n";
    ReadResult result = lenient(csv);
    // p5's unclosed quote swallows p6: five records
    assertEquals(5, result.recordsRead());
    assertEquals(1, result.recordsAccepted());
    assertEquals(1, result.pollsAccepted());
    Table rejected = result.rejected();
    assertEquals(List.of("line", "raw", "reason"), rejected.columnNames());
    assertArrayEquals(new int[] {3, 4, 5, 6}, rejected.intColumn("line").asIntArray());
    assertEquals("p2,2024-13-01,1000,40,50", rejected.stringColumn("raw").get(0));
    assertEquals(
        "polls.csv, line 3, column 'field_end': value '2024-13-01' is not a date: there is no"
            + " month 13",
        rejected.stringColumn("reason").get(0));
    assertTrue(rejected.stringColumn("reason").get(1).contains("column 'n': value '0'"));
    assertTrue(rejected.stringColumn("reason").get(2).contains("record has 4 fields"));
    // the unclosed quote swallows the rest of the file into one rejected record
    assertEquals(
        "p5,2024-01-05,1000,45,\"unclosed\np6,2024-01-06,1000,30,30\n",
        rejected.stringColumn("raw").get(3));
    assertEquals(List.of("p1", "p1"), result.accepted().stringColumn(PollColumns.POLL_ID).asList());
    assertEquals(result.recordsRead(), result.recordsAccepted() + rejected.rowCount());
  }

  @Test
  void long_poll_is_accepted_or_rejected_whole() {
    String csv =
        "poll_id,option,share\n"
            + "p1,support,40\n"
            + "p2,support,40\n"
            + "p1,oppose,150\n"
            + "p2,oppose,50\n"
            + "p3,support,45\n"
            + "p3,support,46\n";
    ReadResult result = lenient(csv);
    assertEquals(6, result.recordsRead());
    assertEquals(2, result.recordsAccepted());
    assertEquals(List.of("p2", "p2"), result.accepted().stringColumn(PollColumns.POLL_ID).asList());
    Table rejected = result.rejected();
    assertArrayEquals(new int[] {2, 4, 6, 7}, rejected.intColumn("line").asIntArray());
    assertEquals(
        "belongs to poll 'p1', which was rejected because of another of its records",
        rejected.stringColumn("reason").get(0));
    assertTrue(
        rejected
            .stringColumn("reason")
            .get(1)
            .startsWith("polls.csv, line 4, column 'share': value '150' is not a share"));
    assertEquals(
        "belongs to poll 'p3', which was rejected because of another of its records",
        rejected.stringColumn("reason").get(2));
    assertTrue(rejected.stringColumn("reason").get(3).contains("appears twice in poll 'p3'"));
  }

  @Test
  void long_row_with_missing_share_is_accepted_without_a_row() {
    ReadResult result = lenient("poll_id,option,share\np1,support,40\np1,oppose,n/a\n");
    assertEquals(2, result.recordsRead());
    assertEquals(2, result.recordsAccepted());
    assertEquals(1, result.accepted().rowCount());
    assertEquals(0, result.rejected().rowCount());
  }

  @Test
  void long_row_without_key_is_rejected_alone() {
    ReadResult result = lenient("poll_id,option,share\np1,support,40\n,oppose,30\n");
    assertEquals(1, result.recordsAccepted());
    assertEquals(
        "polls.csv, line 3, column 'poll_id': value '' is missing: it is part of the key that"
            + " tells which rows belong to one poll",
        result.rejected().stringColumn("reason").get(0));
  }

  @Test
  void file_level_problems_throw_even_when_lenient() {
    PollDataException e =
        assertThrows(PollDataException.class, () -> lenient("poll_id,support,support\np1,1,2\n"));
    assertEquals(1, e.line());
  }

  @Test
  void record_numbers_do_not_shift_when_records_are_rejected() {
    ReadResult result = lenient("poll_id,support\np1,40\np2,400\np3,45\n");
    assertArrayEquals(
        new int[] {1, 3}, result.accepted().intColumn(PollColumns.RECORD).asIntArray());
  }

  @Test
  void read_result_checks_its_counts() {
    ReadResult ok = lenient("poll_id,support\np1,40\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ReadResult(
                    ok.source(),
                    ok.polls(),
                    ok.extraColumns(),
                    ok.rejected(),
                    ok.problems(),
                    null,
                    2,
                    1));
    assertEquals(
        "recordsAccepted + rejected rows must equal recordsRead, was 1 + 0 != 2", e.getMessage());
  }
}
