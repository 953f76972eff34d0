package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.PollColumns;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Each strict-mode rule, with every part of its message: file, line, column, value, rule. */
class PollReaderStrictTest {

  static Table read(String csv, ReadOptions.Builder options) {
    return Polls.read(new StringReader(csv), options.sourceName("polls.csv").build()).table();
  }

  static Table read(String csv) {
    return read(csv, ReadOptions.builder());
  }

  static PollDataException error(String csv, ReadOptions.Builder options) {
    return assertThrows(PollDataException.class, () -> read(csv, options));
  }

  static PollDataException error(String csv) {
    return error(csv, ReadOptions.builder());
  }

  static void assertError(
      PollDataException e, long line, String column, String value, String rule) {
    assertEquals("polls.csv", e.file());
    assertEquals(line, e.line());
    assertEquals(column, e.column());
    assertEquals(value, e.value());
    assertEquals(rule, e.rule());
  }

  static final String SHARE_RANGE = "is not a share: shares must lie in [0, 100]";

  @Test
  void share_above_100_is_rejected() {
    PollDataException e = error("poll_id,support,oppose\np1,40,30\np2,104,3\n");
    assertError(e, 3, "support", "104", SHARE_RANGE);
    assertEquals(
        "polls.csv, line 3, column 'support': value '104' is not a share: shares must lie in [0, 100]",
        e.getMessage());
  }

  @Test
  void negative_share_is_rejected() {
    assertError(error("poll_id,support,oppose\np1,40,-3\n"), 2, "oppose", "-3", SHARE_RANGE);
  }

  @Test
  void nan_share_is_rejected() {
    assertError(
        error("poll_id,support,oppose\np1,NaN,30\n"),
        2,
        "support",
        "NaN",
        "is not a number (NaN): a finite number is required");
  }

  @Test
  void infinite_share_is_rejected() {
    assertError(
        error("poll_id,support,oppose\np1,40,Infinity\n"),
        2,
        "oppose",
        "Infinity",
        "is infinite: a finite number is required");
    assertError(
        error("poll_id,support,oppose\np1,-inf,30\n"),
        2,
        "support",
        "-inf",
        "is infinite: a finite number is required");
  }

  @Test
  void share_that_is_not_a_number_is_rejected() {
    assertError(
        error("poll_id,support,oppose\np1,53d,30\n"),
        2,
        "support",
        "53d",
        "is not a number: unexpected character 'd'");
  }

  @Test
  void options_adding_up_to_103_are_rejected() {
    // 43 + 33 + 18 + 9 = 103 > 100 + 4 options x 0.5 (unit 1) = 102
    PollDataException e = error("poll_id,support,oppose,undecided,would_not_vote\np1,43,33,18,9\n");
    assertError(
        e,
        2,
        null,
        "103",
        "is the sum of the options support, oppose, undecided, would_not_vote of this poll:"
            + " the options of one poll may add up to at most 102 (100 plus half a unit of the"
            + " last decimal place per option, for rounding)");
  }

  @Test
  void options_adding_up_to_101_pass_as_rounding() {
    // 43 + 33 + 18 + 7 = 101 <= 102
    Table polls = read("poll_id,support,oppose,undecided,would_not_vote\np1,43,33,18,7\n");
    assertEquals(4, polls.rowCount());
  }

  @Test
  void rounding_allowance_follows_the_decimal_places() {
    // 50.1 + 50.1 = 100.2 > 100 + 2 x 0.05 = 100.1, but 50.1 + 50.0 = 100.1 is allowed;
    // 50.05 + 50.05 = 100.1 > 100 + 2 x 0.005 = 100.01
    PollDataException e = error("poll_id,support,oppose\np1,50.1,50.1\n");
    assertEquals("100.2", e.value());
    assertEquals(2, read("poll_id,support,oppose\np1,50.1,50.0\n").rowCount());
    assertEquals("100.1", error("poll_id,support,oppose\np1,50.05,50.05\n").value());
  }

  @Test
  void range_whose_low_exceeds_high_is_rejected() {
    assertError(
        error("poll_id,support,oppose\np1,25-20,30\n"),
        2,
        "support",
        "25-20",
        "is a range whose low bound 25 exceeds its high bound 20");
  }

  @Test
  void range_bound_columns_whose_low_exceeds_high_are_rejected() {
    assertError(
        error("poll_id,support,oppose,support_low,support_high\np1,,30,25,20\n"),
        2,
        "support_low",
        "25",
        "exceeds the high bound '20' in 'support_high': a range's low bound cannot exceed its"
            + " high bound");
  }

  @Test
  void range_with_only_one_bound_is_rejected() {
    assertError(
        error("poll_id,support,oppose,support_low,support_high\np1,,30,20,\n"),
        2,
        "support_low",
        "20",
        "is one bound of a range whose other bound 'support_high' is missing: a published range"
            + " needs both bounds");
  }

  @Test
  void field_end_before_start_is_rejected() {
    assertError(
        error("poll_id,field_start,field_end,support\np1,2024-02-10,2024-02-01,40\n"),
        2,
        "field_end",
        "2024-02-01",
        "is before field start 2024-02-10: fieldwork cannot end before it starts");
  }

  @Test
  void zero_sample_size_is_rejected() {
    assertError(
        error("poll_id,n,support\np1,0,40\n"),
        2,
        "n",
        "0",
        "is not a sample size: it must be a positive number");
  }

  @Test
  void negative_sample_size_is_rejected() {
    assertError(
        error("poll_id,sample_size,support\np1,-1200,40\n"),
        2,
        "sample_size",
        "-1200",
        "is not a sample size: it must be a positive number");
  }

  @Test
  void unparseable_date_is_rejected() {
    assertError(
        error("poll_id,field_end,support\np1,2024-13-01,40\n"),
        2,
        "field_end",
        "2024-13-01",
        "is not a date: there is no month 13");
  }

  @Test
  void impossible_date_in_a_pattern_is_rejected_not_moved() {
    PollDataException e =
        error(
            "poll_id,enddate,support\np1,4/31/2023,40\n",
            ReadOptions.builder().datePattern("M/d/yyyy"));
    assertError(e, 2, "enddate", "4/31/2023", "is not a date: April 2023 has no day 31");
  }

  @Test
  void record_with_too_few_fields_is_rejected() {
    assertError(
        error("poll_id,support,oppose\np1,40\n"),
        2,
        null,
        null,
        "record has 2 fields but the header has 3: every record needs one field per column"
            + " (quote fields that hold commas)");
  }

  @Test
  void record_with_too_many_fields_is_rejected() {
    assertError(
        error("poll_id,support,oppose\np1,40,30\np2,45,5,5\n"),
        3,
        null,
        null,
        "record has 4 fields but the header has 3: every record needs one field per column"
            + " (quote fields that hold commas)");
  }

  @Test
  void poll_without_any_share_is_rejected() {
    assertError(
        error("poll_id,support,oppose\np1,n/a,\n"),
        2,
        null,
        null,
        "has no share for any option: a poll needs at least one share");
  }

  @Test
  void duplicate_column_name_is_rejected() {
    assertError(
        error("poll_id,support,oppose,support\np1,40,30,40\n"),
        1,
        "support",
        null,
        "appears twice in the header (columns 2 and 4): column names must be unique");
  }

  @Test
  void two_columns_with_the_same_meaning_are_rejected() {
    assertError(
        error("poll_id,n,sample_size,support\np1,1000,1000,40\n"),
        1,
        "sample_size",
        null,
        "means sample_size like column 'n': only one column may hold sample_size; read the other"
            + " as text with ReadOptions.builder().ignore(\"sample_size\") or map it to another"
            + " column with column(\"sample_size\", ...)");
  }

  @Test
  void decimal_comma_share_is_ambiguous_without_decimal_comma() {
    assertError(
        error("poll_id,support,oppose\np1,\"45,5\",30\n"),
        2,
        "support",
        "45,5",
        "is ambiguous: the ',' could be a decimal comma or a thousands separator; use"
            + " ReadOptions.builder().decimalComma() if ',' is the decimal separator");
    Table polls =
        read("poll_id,support,oppose\np1,\"45,5\",30\n", ReadOptions.builder().decimalComma());
    assertEquals(45.5, polls.doubleColumn(PollColumns.SHARE).get(0));
  }

  @Test
  void sample_size_with_a_comma_not_between_groups_of_three_is_ambiguous() {
    assertError(
        error("poll_id,n,support\np1,\"2,40\",40\n"),
        2,
        "n",
        "2,40",
        "is ambiguous: the ',' could be a decimal comma or a thousands separator but does not"
            + " separate groups of three digits; use ReadOptions.builder().decimalComma() if ','"
            + " is the decimal separator");
  }

  @Test
  void sample_size_with_a_point_before_three_digits_is_ambiguous() {
    assertError(
        error("poll_id,n,support\np1,2.400,40\n"),
        2,
        "n",
        "2.400",
        "is ambiguous: the '.' could be a decimal point or a thousands separator; write the"
            + " sample size without a separator or use ReadOptions.builder().decimalComma()");
    assertError(
        error("poll_id,n,support\np1,\"2,400\",40\n", ReadOptions.builder().decimalComma()),
        2,
        "n",
        "2,400",
        "is ambiguous: the ',' could be a decimal comma or a thousands separator; write the"
            + " sample size without a separator");
  }

  @Test
  void long_rows_of_one_poll_that_disagree_on_metadata_are_rejected() {
    String csv =
        "poll_id,pollster,field_end,option,share\n"
            + "p1,Rating,2024-02-21,support,77\n"
            + "p1,Rating,2024-02-22,oppose,5\n";
    assertError(
        error(csv),
        3,
        "field_end",
        "2024-02-22",
        "disagrees with line 2 of the same poll 'p1', which has '2024-02-21': the rows of one"
            + " poll must agree on its metadata");
  }

  @Test
  void long_poll_naming_an_option_twice_is_rejected() {
    String csv = "poll_id,option,share\np1,support,77\np1,oppose,5\np1,support,70\n";
    assertError(
        error(csv),
        4,
        "option",
        "support",
        "appears twice in poll 'p1' (lines 2 and 4): a poll names each option once");
  }

  @Test
  void unclosed_quote_is_rejected() {
    assertError(
        error("poll_id,support,note\np1,40,\"unclosed\np2,30,x\n"),
        2,
        null,
        null,
        "record has a quoted field opened on line 2 that is never closed");
  }

  @Test
  void character_after_closing_quote_is_rejected() {
    assertError(
        error("poll_id,support,note\np1,40,\"a\"b\n"),
        2,
        null,
        null,
        "record has the character 'b' right after the closing quote of field 3: a closing quote"
            + " must be followed by a comma or the end of the line");
  }

  @Test
  void reserved_line_column_is_rejected() {
    assertError(
        error("line,poll_id,support\n1,p1,40\n"),
        1,
        "line",
        null,
        "is reserved: pollkit numbers the lines itself; rename the column");
  }

  @Test
  void strict_reading_reports_the_first_bad_line() {
    PollDataException e =
        error("poll_id,option,share\np1,support,40\np2,support,140\np1,support,50\n");
    // line 3 (share 140) comes before line 4 (p1 repeats support)
    assertEquals(3, e.line());
    assertEquals("share", e.column());
  }

  @Test
  void empty_input_is_a_poll_data_error() {
    assertError(error(""), 0, null, null, "is empty: a poll file starts with a header line");
    assertNull(error("\n\n").column());
  }

  @Test
  void header_without_option_columns_is_rejected() {
    assertError(
        error("poll_id,pollster\np1,Rating\n"),
        1,
        null,
        null,
        "has no answer-option columns: every column is poll metadata; a wide file needs a"
            + " column per option (or use ReadOptions.options(...))");
  }
}
