package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.io.Layout;
import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.PollColumns;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Awkward but valid files, and the share, number, date and missing-value syntax. */
class PollReaderFormatsTest {
  @TempDir Path dir;

  static Table read(String csv, ReadOptions.Builder options) {
    return Polls.read(new StringReader(csv), options.build()).table();
  }

  static Table read(String csv) {
    return read(csv, ReadOptions.builder());
  }

  static double[] shares(Table polls) {
    return polls.doubleColumn(PollColumns.SHARE).asDoubleArray();
  }

  static int[] lines(Table polls) {
    return polls.intColumn(PollColumns.LINE).asIntArray();
  }

  @Test
  void utf8_byte_order_mark_is_skipped() throws Exception {
    Path file = dir.resolve("bom.csv");
    Files.write(file, "\uFEFFpoll_id,support\np1,40\n".getBytes(StandardCharsets.UTF_8));
    Table polls = Polls.read(file).table();
    assertEquals("p1", polls.stringColumn(PollColumns.POLL_ID).get(0));
    assertEquals(40.0, polls.doubleColumn(PollColumns.SHARE).get(0));
  }

  @Test
  void crlf_line_ends_are_read() {
    Table polls = read("poll_id,support,oppose\r\np1,40,30\r\np2,45,35\r\n");
    assertArrayEquals(new double[] {40, 30, 45, 35}, shares(polls));
    assertArrayEquals(new int[] {2, 2, 3, 3}, lines(polls));
    assertEquals("p2", polls.stringColumn(PollColumns.POLL_ID).get(2));
  }

  @Test
  void quoted_commas_doubled_quotes_and_line_breaks_are_read() {
    String csv =
        "poll_id,population,support,note\n"
            + "p1,\"adults, 18+\",40,\"said \"\"yes\"\"\"\n"
            + "p2,adults,45,\"two\r\nlines,\nthree\"\n"
            + "p3,adults,50,plain\n";
    Table polls = read(csv);
    assertEquals("adults, 18+", polls.stringColumn(PollColumns.POPULATION).get(0));
    assertEquals("said \"yes\"", polls.stringColumn(PollColumns.NOTE).get(0));
    assertEquals("two\r\nlines,\nthree", polls.stringColumn(PollColumns.NOTE).get(1));
    // p3 starts on physical line 6: p2's note spans lines 3 to 5
    assertArrayEquals(new int[] {2, 3, 6}, lines(polls));
    assertArrayEquals(new int[] {1, 2, 3}, polls.intColumn(PollColumns.RECORD).asIntArray());
  }

  @Test
  void blank_lines_are_skipped_but_counted() {
    Table polls = read("poll_id,support\n\np1,40\n\n\np2,45");
    assertArrayEquals(new int[] {3, 6}, lines(polls));
  }

  @Test
  void thousands_separators_in_sample_sizes_are_read() {
    Table polls =
        read(
            "poll_id,n,support\np1,\"2,400\",40\np2,2 400,40\np3,1200,40\n"
                + "p4,\"12,345.5\",40\n");
    assertArrayEquals(
        new double[] {2400, 2400, 1200, 12345.5},
        polls.doubleColumn(PollColumns.SAMPLE_SIZE).asDoubleArray());
  }

  @Test
  void decimal_comma_files_use_points_or_spaces_between_thousands() {
    Table polls =
        read(
            "poll_id;n;support\n".replace(';', ',') + "p1,\"2.400\",\"45,5\"\np2,2 400,\"45,5%\"\n",
            ReadOptions.builder().decimalComma());
    assertArrayEquals(
        new double[] {2400, 2400}, polls.doubleColumn(PollColumns.SAMPLE_SIZE).asDoubleArray());
    assertArrayEquals(new double[] {45.5, 45.5}, shares(polls));
  }

  @Test
  void share_syntax_points_percent_and_ranges() {
    String csv =
        "poll_id,support\n"
            + "p1,53\n"
            + "p2,53%\n"
            + "p3,46.3\n"
            + "p4,20-25\n"
            + "p5,20\u201325%\n"
            + "p6,20 to 25\n"
            + "p7,20% - 25%\n";
    Table polls = read(csv);
    assertArrayEquals(new double[] {53, 53, 46.3, 22.5, 22.5, 22.5, 22.5}, shares(polls));
    double nan = Double.NaN;
    assertArrayEquals(
        new double[] {nan, nan, nan, 20, 20, 20, 20},
        polls.doubleColumn(PollColumns.SHARE_LOW).asDoubleArray());
    assertArrayEquals(
        new double[] {nan, nan, nan, 25, 25, 25, 25},
        polls.doubleColumn(PollColumns.SHARE_HIGH).asDoubleArray());
  }

  @Test
  void range_bound_columns_give_a_range_with_the_share_as_midpoint_or_as_given() {
    Table polls = read("poll_id,support,support_low,support_high\np1,,20,25\np2,21,20,25\n");
    assertArrayEquals(new double[] {22.5, 21}, shares(polls));
    assertArrayEquals(
        new double[] {20, 20}, polls.doubleColumn(PollColumns.SHARE_LOW).asDoubleArray());
  }

  @Test
  void missing_markers_are_missing_never_zero() {
    String csv =
        "poll_id,support,oppose,undecided,refused,dk,other\n"
            + "p1,40,,n/a,NA,-,\u2014\n"
            + "p2,\u2013,30,N/A,na,5,\n";
    Table polls = read(csv);
    // only the given shares become rows: a missing share drops that option of that poll only
    assertEquals(
        List.of("support", "oppose", "dk"), polls.stringColumn(PollColumns.OPTION).asList());
    assertArrayEquals(new double[] {40, 30, 5}, shares(polls));
    assertArrayEquals(new int[] {1, 2, 2}, polls.intColumn(PollColumns.RECORD).asIntArray());
  }

  @Test
  void custom_missing_markers_replace_the_defaults() {
    Table polls =
        read("poll_id,support,oppose\np1,40,x\n", ReadOptions.builder().missingMarkers("x"));
    assertEquals(1, polls.rowCount());
    assertThrows(
        PollDataException.class,
        () ->
            read("poll_id,support,oppose\np1,40,n/a\n", ReadOptions.builder().missingMarkers("x")));
  }

  @Test
  void quoted_marker_is_literal_text() {
    Table polls = read("poll_id,sponsor,support\np1,\"NA\",40\np2,NA,41\n");
    assertEquals(List.of("NA", ""), polls.stringColumn(PollColumns.SPONSOR).asList());
  }

  @Test
  void missing_dates_keep_the_poll() {
    Table polls = read("poll_id,field_start,field_end,support\np1,,,40\np2,2024-01-02,,41\n");
    assertEquals(2, polls.rowCount());
    assertEquals(2, polls.dateColumn(PollColumns.FIELD_END).countMissing());
    assertEquals(LocalDate.of(2024, 1, 2), polls.dateColumn(PollColumns.FIELD_START).get(1));
  }

  @Test
  void several_date_patterns_are_tried_in_order() {
    Table polls =
        read(
            "poll_id,startdate,enddate,support\np1,5.1.2024,1/9/2024,40\n",
            ReadOptions.builder().datePattern("d.M.yyyy").datePattern("M/d/yyyy"));
    assertEquals(LocalDate.of(2024, 1, 5), polls.dateColumn(PollColumns.FIELD_START).get(0));
    assertEquals(LocalDate.of(2024, 1, 9), polls.dateColumn(PollColumns.FIELD_END).get(0));
  }

  @Test
  void header_names_are_matched_ignoring_case_spaces_and_hyphens() {
    Table polls =
        read(
            "Poll ID,Pollster,Start Date,End-Date,Sample Size,URL,Support\n"
                + "p1,Rating,2024-01-01,2024-01-03,1000,http://x,40\n");
    assertEquals("p1", polls.stringColumn(PollColumns.POLL_ID).get(0));
    assertEquals("Rating", polls.stringColumn(PollColumns.POLLSTER).get(0));
    assertEquals(LocalDate.of(2024, 1, 3), polls.dateColumn(PollColumns.FIELD_END).get(0));
    assertEquals(1000.0, polls.doubleColumn(PollColumns.SAMPLE_SIZE).get(0));
    assertEquals("http://x", polls.stringColumn(PollColumns.SOURCE_URL).get(0));
    assertEquals("Support", polls.stringColumn(PollColumns.OPTION).get(0));
  }

  @Test
  void column_mapping_and_explicit_options_keep_other_columns_as_text() {
    Table polls =
        read(
            "house,fieldwork,yes,no,weight\nRating,2024-01-03,40,50,0.8\n",
            ReadOptions.builder()
                .column("house", PollColumns.POLLSTER)
                .column("fieldwork", PollColumns.FIELD_END)
                .options("yes", "no"));
    assertEquals(List.of("Rating", "Rating"), polls.stringColumn(PollColumns.POLLSTER).asList());
    assertEquals(List.of("yes", "no"), polls.stringColumn(PollColumns.OPTION).asList());
    assertEquals(List.of("0.8", "0.8"), polls.stringColumn("weight").asList());
  }

  @Test
  void pollster_aliases_map_each_joint_pollster() {
    Table polls =
        read(
            "poll_id,pollster,support\np1,rating,40\np2,KIIS;rating group,41\n",
            ReadOptions.builder()
                .pollsterAlias("Rating", "Rating Group")
                .pollsterAlias("rating group", "Rating Group")
                .pollsterAlias("KIIS", "Kyiv International Institute of Sociology"));
    assertEquals(
        List.of("Rating Group", "Kyiv International Institute of Sociology; Rating Group"),
        polls.stringColumn(PollColumns.POLLSTER).asList());
  }

  @Test
  void long_layout_is_detected_and_grouped_by_poll_id() {
    String csv =
        "poll_id,pollster,option,share,extra\n"
            + "p1,Rating,support,77,a\n"
            + "p2,KIIS,support,70,b\n"
            + "p1,Rating,oppose,5,c\n"
            + "p2,KIIS,oppose,n/a,d\n";
    Table polls = read(csv);
    assertEquals(List.of("p1", "p1", "p2"), polls.stringColumn(PollColumns.POLL_ID).asList());
    assertArrayEquals(new int[] {1, 1, 2}, polls.intColumn(PollColumns.RECORD).asIntArray());
    assertArrayEquals(new int[] {2, 4, 3}, lines(polls));
    assertArrayEquals(new double[] {77, 5, 70}, shares(polls));
    assertEquals(List.of("a", "c", "b"), polls.stringColumn("extra").asList());
  }

  @Test
  void long_layout_with_a_composite_key_and_range_columns() {
    String csv =
        "poll_id,question_id,option,share,share_low,share_high\n"
            + "1,a,yes,,20,25\n"
            + "1,b,yes,40,,\n";
    Table polls = read(csv, ReadOptions.builder().pollKey("poll_id", "question_id"));
    assertArrayEquals(new int[] {1, 2}, polls.intColumn(PollColumns.RECORD).asIntArray());
    assertArrayEquals(new double[] {22.5, 40}, shares(polls));
    assertEquals(List.of("a", "b"), polls.stringColumn("question_id").asList());
  }

  @Test
  void record_column_gives_record_numbers_and_groups_long_rows() {
    String csv = "record,poll_id,option,share\n7,x,yes,40\n7,x,no,50\n9,x,yes,45\n";
    Table polls = read(csv);
    assertArrayEquals(new int[] {7, 7, 9}, polls.intColumn(PollColumns.RECORD).asIntArray());
  }

  @Test
  void explicit_layout_reads_option_named_columns_as_wide() {
    Table polls = read("poll_id,yes,no\np1,40,50\n", ReadOptions.builder().layout(Layout.WIDE));
    assertEquals(2, polls.rowCount());
  }

  @Test
  void unreadable_path_gives_unchecked_io_exception_naming_the_path() {
    Path missing = dir.resolve("no-such-file.csv");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> Polls.read(missing).table());
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertThrows(
        UncheckedIOException.class, () -> Polls.readLenient(dir, ReadOptions.defaults()).result());
  }

  @Test
  void bytes_that_are_not_utf8_give_a_poll_data_error_with_the_line() throws Exception {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "poll_id,support\np1,40\np\u00e9,41\n".getBytes(StandardCharsets.ISO_8859_1));
    PollDataException e = assertThrows(PollDataException.class, () -> Polls.read(file).table());
    assertEquals("latin1.csv", e.file());
    assertEquals(3, e.line());
    assertEquals(
        "is not UTF-8 text: the byte at offset 23 (0xE9) is not valid UTF-8;"
            + " save the file as UTF-8",
        e.rule());
  }

  @Test
  void header_only_file_gives_an_empty_table_with_the_schema() {
    Table polls =
        read(
            "poll_id,support,oppose,extra_note\n",
            ReadOptions.builder().options("support", "oppose"));
    assertEquals(0, polls.rowCount());
    assertEquals(PollColumns.STANDARD.size() + 1, polls.columnCount());
  }
}
