package io.github.pollkit;

import static io.github.pollkit.testing.HouseRules.assertBadArgument;
import static io.github.pollkit.testing.HouseRules.assertNullArgument;
import static io.github.pollkit.testing.HouseRules.assertSetTwice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pollkit.io.Layout;
import io.github.pollkit.io.PollReader;
import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.PollColumns;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Builder settings are given once; conflicts are rejected at once with specific messages. */
class ReadOptionsTest {

  @Test
  void settings_given_twice_are_rejected() {
    assertSetTwice(
        "layout was already set to WIDE",
        () -> ReadOptions.builder().layout(Layout.WIDE).layout(Layout.LONG));
    assertSetTwice(
        "options were already set to [yes]",
        () -> ReadOptions.builder().options("yes").options("no"));
    assertSetTwice(
        "decimal comma was already set", () -> ReadOptions.builder().decimalComma().decimalComma());
    assertSetTwice(
        "date pattern 'M/d/yyyy' was already given",
        () -> ReadOptions.builder().datePattern("M/d/yyyy").datePattern("M/d/yyyy"));
    assertSetTwice(
        "missing markers were already set to [x]",
        () -> ReadOptions.builder().missingMarkers("x").missingMarkers("y"));
    assertSetTwice(
        "poll key was already set to [poll_id]",
        () -> ReadOptions.builder().pollKey("poll_id").pollKey("record"));
    assertSetTwice(
        "source name was already set to 'a.csv'",
        () -> ReadOptions.builder().sourceName("a.csv").sourceName("b.csv"));
    assertSetTwice(
        "pollster alias 'rating' was already set to 'Rating Group'",
        () ->
            ReadOptions.builder()
                .pollsterAlias("Rating", "Rating Group")
                .pollsterAlias("rating", "Rating"));
  }

  @Test
  void locale_and_ignored_columns_are_checked() {
    assertSetTwice(
        "locale was already set to sv",
        () ->
            ReadOptions.builder()
                .locale(java.util.Locale.forLanguageTag("sv"))
                .locale(java.util.Locale.GERMAN));
    assertNullArgument("locale must not be null", () -> ReadOptions.builder().locale(null));
    assertNullArgument(
        "sourceColumns must not be null", () -> ReadOptions.builder().ignore((String[]) null));
    assertSetTwice(
        "column 'Date' was already ignored",
        () -> ReadOptions.builder().ignore("Date").ignore("Date"));
    assertBadArgument(
        "sourceColumns must name at least one column, was empty",
        () -> ReadOptions.builder().ignore());
    assertBadArgument(
        "ignored column 'Lead' was given twice",
        () -> ReadOptions.builder().ignore("Lead", "Lead"));
    assertBadArgument(
        "ignored column 'Date' is already mapped to field_end",
        () -> ReadOptions.builder().column("Date", PollColumns.FIELD_END).ignore("Date"));
    assertBadArgument(
        "column 'Date' is ignored and cannot also be mapped to field_end",
        () -> ReadOptions.builder().ignore("Date").column("Date", PollColumns.FIELD_END));
    assertBadArgument(
        "column 'yes' is an option and cannot also be ignored",
        () -> ReadOptions.builder().options("yes").ignore("yes"));
    assertBadArgument(
        "option 'yes' is ignored and cannot also be an option, in [yes]",
        () -> ReadOptions.builder().ignore("yes").options("yes"));
    PollDataException e =
        assertThrows(
            PollDataException.class,
            () ->
                Polls.read(
                    new StringReader("poll_id,support\np1,40\n"),
                    ReadOptions.builder().ignore("Date").build()));
    assertEquals("Date", e.column());
    assertEquals("is ignored by ReadOptions.ignore(...) but is not a column of the file", e.rule());
  }

  @Test
  void column_mapping_conflicts_are_rejected() {
    assertSetTwice(
        "column 'start' was already mapped to field_start",
        () ->
            ReadOptions.builder()
                .column("start", PollColumns.FIELD_START)
                .column("start", PollColumns.FIELD_END));
    assertSetTwice(
        "field_start was already mapped from column 'start'",
        () ->
            ReadOptions.builder()
                .column("start", PollColumns.FIELD_START)
                .column("begin", PollColumns.FIELD_START));
    assertBadArgument(
        "column 'yes' is an option and cannot also be mapped to note",
        () -> ReadOptions.builder().options("yes").column("yes", PollColumns.NOTE));
    assertBadArgument(
        "option 'yes' is already mapped to note",
        () -> ReadOptions.builder().column("yes", PollColumns.NOTE).options("yes"));
    assertBadArgument(
        "pollkitColumn must be one of "
            + "[record, poll_id, pollster, sponsor,"
            + " field_start, field_end, field_dates, date_precision, population, base, sample_size, mode,"
            + " question, question_group, option, share, share_low, share_high, source_url,"
            + " note], was 'line'",
        () -> ReadOptions.builder().column("l", PollColumns.LINE));
  }

  @Test
  void layout_conflicts_are_rejected_in_either_order() {
    assertBadArgument(
        "layout LONG conflicts with options [yes], which name columns of a wide file",
        () -> ReadOptions.builder().options("yes").layout(Layout.LONG));
    assertBadArgument(
        "options name columns of a wide file and conflict with layout LONG",
        () -> ReadOptions.builder().layout(Layout.LONG).options("yes"));
    assertBadArgument(
        "layout WIDE conflicts with pollKey [poll_id], which groups rows of a long file",
        () -> ReadOptions.builder().pollKey("poll_id").layout(Layout.WIDE));
    assertBadArgument(
        "pollKey groups rows of a long file and conflicts with layout WIDE",
        () -> ReadOptions.builder().layout(Layout.WIDE).pollKey("poll_id"));
    assertBadArgument(
        "pollKey groups rows of a long file and conflicts with options [yes]",
        () -> ReadOptions.builder().options("yes").pollKey("poll_id"));
  }

  @Test
  void bad_arguments_name_the_argument() {
    assertNullArgument("layout must not be null", () -> ReadOptions.builder().layout(null));
    assertBadArgument(
        "sourceColumn must not be blank, was ' '",
        () -> ReadOptions.builder().column(" ", PollColumns.NOTE));
    assertBadArgument(
        "optionColumns must name at least one column, was empty",
        () -> ReadOptions.builder().options());
    assertBadArgument(
        "option 'yes' was given twice", () -> ReadOptions.builder().options("yes", "yes"));
    assertNullArgument(
        "markers element must not be null", () -> ReadOptions.builder().missingMarkers("x", null));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ReadOptions.builder().datePattern("M/d/yyyy {"));
    assertEquals(
        true,
        e.getMessage()
            .startsWith(
                "pattern must be a DateTimeFormatter pattern such as \"M/d/yyyy\", was 'M/d/yyyy {': "),
        e.getMessage());
    assertNullArgument(
        "options must not be null", () -> PollReader.read(new StringReader(""), null));
    assertNullArgument("file must not be null", () -> PollReader.read((java.nio.file.Path) null));
  }

  @Test
  void mapped_or_named_columns_missing_from_the_file_are_reported() {
    PollDataException e =
        assertThrows(
            PollDataException.class,
            () ->
                Polls.read(
                        new StringReader("poll_id,yes\np1,40\n"),
                        ReadOptions.builder()
                            .column("startdate", PollColumns.FIELD_START)
                            .sourceName("a.csv")
                            .build())
                    .table());
    assertEquals(
        "a.csv, line 1, column 'startdate': is mapped to field_start by"
            + " ReadOptions.column(...) but is not a column of the file",
        e.getMessage());
    e =
        assertThrows(
            PollDataException.class,
            () ->
                Polls.read(
                        new StringReader("poll_id,yes\np1,40\n"),
                        ReadOptions.builder().options("yes", "no").sourceName("a.csv").build())
                    .table());
    assertEquals(
        "a.csv, line 1, column 'no': is named by ReadOptions.options(...) but is not a"
            + " column of the file",
        e.getMessage());
  }

  @Test
  void defaults_describe_themselves() {
    assertEquals(
        "ReadOptions[layout=AUTO, columns={}, dates=yyyy-MM-dd, options=auto,"
            + " missing=[, n/a, na, -, \u2014, \u2013], pollsterAliases={}, decimalComma=false,"
            + " pollKey=default, locale=en]",
        ReadOptions.defaults().toString());
  }
}
