package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.PollColumns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Reads the bundled real poll files and compares with figures computed by pandas (see
 * src/test/resources/reference/io/poll_file_summaries.py) and with cells checked by eye.
 */
class PollReaderRealDataTest {
  static final Path UKRAINE = Path.of("data/ukraine-nato/ukraine-nato-membership.csv");
  static final Path APPROVAL = Path.of("src/test/resources/data/approval_polllist_first500.csv");

  static Map<String, String> reference() throws IOException {
    Map<String, String> values = new HashMap<>();
    for (String line :
        Files.readAllLines(Path.of("src/test/resources/reference/io/poll_file_summaries.txt"))) {
      if (!line.startsWith("#") && line.contains("=")) {
        values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
    }
    return values;
  }

  static Table option(Table polls, String option) {
    return polls.where(polls.stringColumn(PollColumns.OPTION).isEqualTo(option));
  }

  static Row onlyRow(Table polls, String pollId, String option) {
    Table rows =
        polls.where(
            polls
                .stringColumn(PollColumns.POLL_ID)
                .isEqualTo(pollId)
                .and(polls.stringColumn(PollColumns.OPTION).isEqualTo(option)));
    assertEquals(1, rows.rowCount(), pollId + " " + option);
    Row row = new Row(rows);
    row.next();
    return row;
  }

  @Test
  void ukraine_file_reads_strictly_with_defaults() throws IOException {
    Map<String, String> ref = reference();
    Table polls = Polls.read(UKRAINE).table();

    assertEquals(PollColumns.STANDARD, polls.columnNames());
    assertEquals(
        Integer.parseInt(ref.get("ukraine.polls")),
        polls.intColumn(PollColumns.RECORD).countUnique());
    assertEquals(Integer.parseInt(ref.get("ukraine.rows")), polls.rowCount());
    assertEquals(
        Set.of("support", "oppose", "undecided", "would_not_vote"),
        Set.copyOf(polls.stringColumn(PollColumns.OPTION).asList()));
    for (String option : List.of("support", "oppose", "undecided", "would_not_vote")) {
      Table rows = option(polls, option);
      assertEquals(Integer.parseInt(ref.get("ukraine." + option + ".count")), rows.rowCount());
      assertEquals(
          Double.parseDouble(ref.get("ukraine." + option + ".sum")),
          rows.doubleColumn(PollColumns.SHARE).sum(),
          1e-9,
          option);
    }
    Table support = option(polls, "support");
    assertEquals(
        Integer.parseInt(ref.get("ukraine.undated_polls")),
        support.dateColumn(PollColumns.FIELD_END).countMissing());
    assertEquals(
        Integer.parseInt(ref.get("ukraine.sample_size.count")),
        support.doubleColumn(PollColumns.SAMPLE_SIZE).size()
            - support.doubleColumn(PollColumns.SAMPLE_SIZE).countMissing());
    assertEquals(
        Double.parseDouble(ref.get("ukraine.sample_size.sum")),
        support.doubleColumn(PollColumns.SAMPLE_SIZE).sum(),
        1e-9);
    assertEquals(
        Integer.parseInt(ref.get("ukraine.ranges")),
        polls.doubleColumn(PollColumns.SHARE_LOW).size()
            - polls.doubleColumn(PollColumns.SHARE_LOW).countMissing());
  }

  @Test
  void ukraine_range_row_has_midpoint_and_bounds() {
    Table polls = Polls.read(UKRAINE).table();
    // CSV line 2: various-1995-2004 ... support empty, support_low 20, support_high 25
    Row range = onlyRow(polls, "various-1995-2004", "support");
    assertEquals(22.5, range.getDouble(PollColumns.SHARE));
    assertEquals(20.0, range.getDouble(PollColumns.SHARE_LOW));
    assertEquals(25.0, range.getDouble(PollColumns.SHARE_HIGH));
    assertEquals(LocalDate.of(1995, 1, 1), range.getDate(PollColumns.FIELD_START));
    assertEquals(LocalDate.of(2004, 12, 31), range.getDate(PollColumns.FIELD_END));
    assertEquals("span", range.getString(PollColumns.DATE_PRECISION));
    assertEquals(1, range.getInt(PollColumns.RECORD));
    assertEquals(2, range.getInt(PollColumns.LINE));
  }

  @Test
  void ukraine_rows_match_the_csv_by_eye() {
    Table polls = Polls.read(UKRAINE).table();
    // CSV line 42: rating-iri-2019-06,...,2019-06-13,2019-06-23,day,...,2400,,...,53,29,14,4,,,
    Row support = onlyRow(polls, "rating-iri-2019-06", "support");
    assertEquals(53.0, support.getDouble(PollColumns.SHARE));
    assertTrue(Double.isNaN(support.getDouble(PollColumns.SHARE_LOW)));
    assertEquals(2400.0, support.getDouble(PollColumns.SAMPLE_SIZE));
    assertEquals(LocalDate.of(2019, 6, 13), support.getDate(PollColumns.FIELD_START));
    assertEquals(LocalDate.of(2019, 6, 23), support.getDate(PollColumns.FIELD_END));
    assertEquals("Rating Group", support.getString(PollColumns.POLLSTER));
    assertEquals("International Republican Institute", support.getString(PollColumns.SPONSOR));
    assertEquals("all respondents", support.getString(PollColumns.BASE));
    assertEquals(42, support.getInt(PollColumns.LINE));
    assertEquals(41, support.getInt(PollColumns.RECORD));
    assertEquals(29.0, onlyRow(polls, "rating-iri-2019-06", "oppose").getDouble(PollColumns.SHARE));
    assertEquals(
        14.0, onlyRow(polls, "rating-iri-2019-06", "undecided").getDouble(PollColumns.SHARE));
    assertEquals(
        4.0, onlyRow(polls, "rating-iri-2019-06", "would_not_vote").getDouble(PollColumns.SHARE));
    // CSV line 3: sofia-2006-09 ... 2010 respondents, 21.5 / 60.2, undecided and would_not_vote
    // empty
    assertEquals(21.5, onlyRow(polls, "sofia-2006-09", "support").getDouble(PollColumns.SHARE));
    assertEquals(60.2, onlyRow(polls, "sofia-2006-09", "oppose").getDouble(PollColumns.SHARE));
    assertEquals(
        0,
        polls
            .where(
                polls
                    .stringColumn(PollColumns.POLL_ID)
                    .isEqualTo("sofia-2006-09")
                    .and(polls.stringColumn(PollColumns.OPTION).isEqualTo("undecided")))
            .rowCount());
    // CSV line 8: ist-undated has no field dates and is kept
    Row undated = onlyRow(polls, "ist-undated", "support");
    assertEquals(30.1, undated.getDouble(PollColumns.SHARE));
    assertTrue(undated.isMissing(PollColumns.FIELD_START));
    assertTrue(undated.isMissing(PollColumns.FIELD_END));
    // CSV line 44 (quoted population with commas): kiis-2021-12 ... "adults, all
    // government-controlled territory"
    assertEquals(
        "adults, all government-controlled territory",
        onlyRow(polls, "kiis-2021-12", "support").getString(PollColumns.POPULATION));
  }

  @Test
  void approval_list_reads_with_a_few_options() throws IOException {
    Map<String, String> ref = reference();
    ReadOptions options =
        ReadOptions.builder().datePattern("M/d/yyyy").options("approve", "disapprove").build();
    Table polls = Polls.read(APPROVAL, options).table();

    int n = Integer.parseInt(ref.get("approval.polls"));
    assertEquals(n, polls.intColumn(PollColumns.RECORD).countUnique());
    assertEquals(2 * n, polls.rowCount());
    assertEquals(
        Double.parseDouble(ref.get("approval.approve.sum")),
        option(polls, "approve").doubleColumn(PollColumns.SHARE).sum(),
        1e-9);
    assertEquals(
        Double.parseDouble(ref.get("approval.disapprove.sum")),
        option(polls, "disapprove").doubleColumn(PollColumns.SHARE).sum(),
        1e-9);
    Table approve = option(polls, "approve");
    assertEquals(
        Double.parseDouble(ref.get("approval.samplesize.sum")),
        approve.doubleColumn(PollColumns.SAMPLE_SIZE).sum(),
        1e-9);
    assertEquals(
        LocalDate.parse(ref.get("approval.enddate.min")),
        approve.dateColumn(PollColumns.FIELD_END).min());
    assertEquals(
        LocalDate.parse(ref.get("approval.enddate.max")),
        approve.dateColumn(PollColumns.FIELD_END).max());
    assertEquals(
        LocalDate.parse(ref.get("approval.startdate.min")),
        approve.dateColumn(PollColumns.FIELD_START).min());
    for (String pop : List.of("a", "lv", "rv")) {
      assertEquals(
          Integer.parseInt(ref.get("approval.population." + pop)),
          approve.where(approve.stringColumn(PollColumns.POPULATION).isEqualTo(pop)).rowCount());
    }
    assertEquals(
        Integer.parseInt(ref.get("approval.url.missing")),
        approve.stringColumn(PollColumns.SOURCE_URL).countMissing());
    // the remaining columns are kept, in file order, as text
    assertEquals(
        List.of(
            "president",
            "subgroup",
            "modeldate",
            "grade",
            "weight",
            "influence",
            "adjusted_approve",
            "adjusted_disapprove",
            "multiversions",
            "tracking",
            "question_id",
            "createddate",
            "timestamp"),
        polls.columnNames().subList(PollColumns.STANDARD.size(), polls.columnCount()));
    assertEquals(
        Integer.parseInt(ref.get("approval.grade.missing")),
        approve.stringColumn("grade").countMissing());
    Row last = new Row(approve);
    last.at(approve.rowCount() - 1);
    assertEquals(ref.get("approval.last.poll_id"), last.getString(PollColumns.POLL_ID));
    assertEquals(ref.get("approval.last.pollster"), last.getString(PollColumns.POLLSTER));
    assertEquals(
        Double.parseDouble(ref.get("approval.last.approve")), last.getDouble(PollColumns.SHARE));
    assertEquals(ref.get("approval.last.question_id"), last.getString("question_id"));
    assertEquals(501, last.getInt(PollColumns.LINE));
    // first data row by eye: 1/20/2017,1/22/2017,Morning Consult,B/C,1992,rv,...,46,37
    Row first = new Row(polls);
    first.at(0);
    assertEquals(LocalDate.of(2017, 1, 20), first.getDate(PollColumns.FIELD_START));
    assertEquals(LocalDate.of(2017, 1, 22), first.getDate(PollColumns.FIELD_END));
    assertEquals("Morning Consult", first.getString(PollColumns.POLLSTER));
    assertEquals(1992.0, first.getDouble(PollColumns.SAMPLE_SIZE));
    assertEquals("approve", first.getString(PollColumns.OPTION));
    assertEquals(46.0, first.getDouble(PollColumns.SHARE));
    assertEquals("B/C", first.getString("grade"));
    assertEquals("14:06:34  7 Aug 2020", first.getString("timestamp"));
  }
}
