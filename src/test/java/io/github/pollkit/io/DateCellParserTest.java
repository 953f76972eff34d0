package io.github.pollkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The grammar of one date cell. Expected spans are the calendar: a month runs from its first to its
 * last day (February 2024 has 29 days, 2019 is not a leap year), a quarter spans three months.
 */
class DateCellParserTest {
  static final DateCellParser ENGLISH = new DateCellParser(Locale.ENGLISH, List.of(), "");
  static final DateCellParser SWEDISH =
      new DateCellParser(Locale.forLanguageTag("sv"), List.of(), "");
  static final DateCellParser GERMAN =
      new DateCellParser(Locale.forLanguageTag("de"), List.of(), "");

  static DateCellParser withPattern(String pattern) {
    DateTimeFormatter format =
        DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    return new DateCellParser(Locale.ENGLISH, List.of(format), pattern);
  }

  static void assertSpan(
      DateCellParser parser, String cell, String first, String last, String precision) {
    DateCellParser.DateSpan span = parser.parse(cell);
    assertEquals(LocalDate.parse(first), span.first(), cell + ": first day");
    assertEquals(LocalDate.parse(last), span.last(), cell + ": last day");
    assertEquals(precision, span.precision(), cell + ": precision");
  }

  static String error(DateCellParser parser, String cell) {
    return assertThrows(CellException.class, () -> parser.parse(cell)).rule();
  }

  @Test
  void month_only_dates_are_their_whole_month() {
    assertSpan(ENGLISH, "2019-06", "2019-06-01", "2019-06-30", "month");
    assertSpan(ENGLISH, "Mar 2024", "2024-03-01", "2024-03-31", "month");
    assertSpan(ENGLISH, "March 2024", "2024-03-01", "2024-03-31", "month");
    assertSpan(ENGLISH, "Feb 2024", "2024-02-01", "2024-02-29", "month"); // leap year
    assertSpan(ENGLISH, "feb. 2019", "2019-02-01", "2019-02-28", "month");
    assertSpan(ENGLISH, "Sept 2023", "2023-09-01", "2023-09-30", "month");
    assertSpan(ENGLISH, "2024 March", "2024-03-01", "2024-03-31", "month");
    assertFalse(ENGLISH.parse("Mar 2024").range());
  }

  @Test
  void swedish_year_month_cells_as_in_the_swedish_poll_list() {
    // PublYearMonth values of the SwedishPolls data set (see data/swedish-polls/)
    assertSpan(SWEDISH, "1967-maj", "1967-05-01", "1967-05-31", "month");
    assertSpan(SWEDISH, "2026-okt", "2026-10-01", "2026-10-31", "month");
    assertSpan(SWEDISH, "2026-aug", "2026-08-01", "2026-08-31", "month");
    assertSpan(SWEDISH, "1968-mar", "1968-03-01", "1968-03-31", "month");
    assertSpan(SWEDISH, "maj 2024", "2024-05-01", "2024-05-31", "month");
    assertSpan(SWEDISH, "oktober 2024", "2024-10-01", "2024-10-31", "month");
    // K for kvartal: quarters of the same column
    assertSpan(SWEDISH, "1997-K4", "1997-10-01", "1997-12-31", "quarter");
    // okt and maj are not English
    assertTrue(error(ENGLISH, "2026-okt").startsWith("is not a date in the format yyyy-MM-dd"));
    assertTrue(error(ENGLISH, "1967-maj").contains("month names in English"));
  }

  @Test
  void german_month_names() {
    assertSpan(GERMAN, "Mär 2024", "2024-03-01", "2024-03-31", "month");
    assertSpan(GERMAN, "März 2024", "2024-03-01", "2024-03-31", "month");
    assertSpan(GERMAN, "12. März 2024", "2024-03-12", "2024-03-12", "day");
    assertSpan(GERMAN, "Okt. 2023", "2023-10-01", "2023-10-31", "month");
  }

  @Test
  void impossible_month_is_an_error() {
    assertEquals("is not a date: there is no month 13", error(ENGLISH, "2019-13"));
  }

  @Test
  void ranges_in_one_cell_with_en_dash_hyphen_and_spaces() {
    assertSpan(ENGLISH, "12\u201315 Mar 2024", "2024-03-12", "2024-03-15", "day");
    assertSpan(ENGLISH, "12-15 Mar 2024", "2024-03-12", "2024-03-15", "day");
    assertSpan(ENGLISH, "28 Feb \u2013 2 Mar 2024", "2024-02-28", "2024-03-02", "day");
    assertSpan(ENGLISH, "28 Feb\u20132 Mar 2024", "2024-02-28", "2024-03-02", "day");
    assertSpan(ENGLISH, "28 Feb - 2 Mar 2024", "2024-02-28", "2024-03-02", "day");
    assertSpan(ENGLISH, "28 Dec 2023 \u2013 3 Jan 2024", "2023-12-28", "2024-01-03", "day");
    assertSpan(ENGLISH, "28 Dec \u2013 3 Jan 2024", "2023-12-28", "2024-01-03", "day");
    assertSpan(ENGLISH, "2024-03-12 to 2024-03-15", "2024-03-12", "2024-03-15", "day");
    assertSpan(ENGLISH, "2024-03-12\u20142024-03-15", "2024-03-12", "2024-03-15", "day");
    assertSpan(ENGLISH, "June 28 \u2013 July 1, 2019", "2019-06-28", "2019-07-01", "day");
    assertSpan(ENGLISH, "June 26\u201328, 2019", "2019-06-26", "2019-06-28", "day");
    assertSpan(ENGLISH, "1st\u20133rd March 2024", "2024-03-01", "2024-03-03", "day");
    assertTrue(ENGLISH.parse("12\u201315 Mar 2024").range());
  }

  @Test
  void ranges_of_months_quarters_and_years_keep_the_coarser_precision() {
    assertSpan(ENGLISH, "Jan\u2013Mar 2024", "2024-01-01", "2024-03-31", "month");
    assertSpan(ENGLISH, "Nov 2023 \u2013 Feb 2024", "2023-11-01", "2024-02-29", "month");
    assertSpan(ENGLISH, "2019\u20132020", "2019-01-01", "2020-12-31", "year");
    assertSpan(ENGLISH, "Dec 2023 \u2013 5 Jan 2024", "2023-12-01", "2024-01-05", "month");
  }

  @Test
  void numeric_day_ranges_with_a_users_pattern() {
    DateCellParser european = withPattern("dd/MM/yyyy");
    assertSpan(european, "12-15/03/2024", "2024-03-12", "2024-03-15", "day");
    assertSpan(european, "12/03/2024", "2024-03-12", "2024-03-12", "day");
    assertSpan(european, "28/02/2024 - 02/03/2024", "2024-02-28", "2024-03-02", "day");
    // the built-in forms still read beside a pattern
    assertSpan(european, "2024-03-12", "2024-03-12", "2024-03-12", "day");
    DateCellParser us = withPattern("M/d/yyyy");
    assertSpan(us, "6/28/2019", "2019-06-28", "2019-06-28", "day");
    assertSpan(withPattern("MM/yyyy"), "06/2019", "2019-06-01", "2019-06-30", "month");
    assertSpan(withPattern("MMM-yy"), "Jun-19", "2019-06-01", "2019-06-30", "month");
  }

  @Test
  void numeric_dates_with_slashes_need_a_pattern() {
    String rule = error(ENGLISH, "6/28/2019");
    assertTrue(rule.startsWith("is not a date: for numeric dates with '/' or '.'"), rule);
    assertTrue(rule.contains("datePattern(...)"), rule);
    assertTrue(error(ENGLISH, "12-15/03/2024").contains("datePattern"));
  }

  @Test
  void quarters_and_years() {
    assertSpan(ENGLISH, "Q1 2024", "2024-01-01", "2024-03-31", "quarter");
    assertSpan(ENGLISH, "q4 2023", "2023-10-01", "2023-12-31", "quarter");
    assertSpan(ENGLISH, "2024 Q2", "2024-04-01", "2024-06-30", "quarter");
    assertSpan(ENGLISH, "2024-Q3", "2024-07-01", "2024-09-30", "quarter");
    assertSpan(ENGLISH, "2024", "2024-01-01", "2024-12-31", "year");
    assertEquals("is not a date: there is no quarter 5", error(ENGLISH, "Q5 2024"));
  }

  @Test
  void single_days_as_people_write_them() {
    assertSpan(ENGLISH, "2024-03-12", "2024-03-12", "2024-03-12", "day");
    assertSpan(ENGLISH, "12 Mar 2024", "2024-03-12", "2024-03-12", "day");
    assertSpan(ENGLISH, "12 March, 2024", "2024-03-12", "2024-03-12", "day");
    assertSpan(ENGLISH, "March 12, 2024", "2024-03-12", "2024-03-12", "day");
    assertSpan(ENGLISH, "12th March 2024", "2024-03-12", "2024-03-12", "day");
    assertSpan(ENGLISH, "12\u00A0Mar\u00A02024", "2024-03-12", "2024-03-12", "day");
    assertFalse(ENGLISH.parse("12 Mar 2024").range());
  }

  @Test
  void year_less_cells_take_the_default_year() {
    // Wikipedia's UK tables: the year is in the section heading above the table
    DateCellParser.DateSpan span = ENGLISH.parse("26\u201328 Jun", 2015);
    assertEquals(LocalDate.of(2015, 6, 26), span.first());
    assertEquals(LocalDate.of(2015, 6, 28), span.last());
    assertEquals(LocalDate.of(2015, 6, 28), ENGLISH.parse("28 Jun", 2015).first());
    DateCellParser.DateSpan turn = ENGLISH.parse("30 Dec\u20132 Jan", 2016);
    assertEquals(LocalDate.of(2015, 12, 30), turn.first());
    assertEquals(LocalDate.of(2016, 1, 2), turn.last());
    // a year in the cell wins over the default
    assertEquals(LocalDate.of(2014, 6, 28), ENGLISH.parse("28 Jun 2014", 2015).first());
    String rule = error(ENGLISH, "26\u201328 Jun");
    assertTrue(rule.startsWith(DateCellParser.NO_YEAR_RULE), rule);
    assertTrue(error(ENGLISH, "Mar").startsWith(DateCellParser.NO_YEAR_RULE));
  }

  @Test
  void impossible_dates_are_errors_never_moved() {
    assertEquals("is not a date: February 2019 has no day 30", error(ENGLISH, "2019-02-30"));
    assertEquals("is not a date: February 2023 has no day 29", error(ENGLISH, "29 Feb 2023"));
    assertEquals("is not a date: April 2024 has no day 31", error(ENGLISH, "31 Apr 2024"));
    assertEquals(
        "is not a date: February 2024 has no day 30", error(ENGLISH, "28\u201330 Feb 2024"));
    assertEquals(
        "is not a date: April 2023 has no day 31", error(withPattern("M/d/yyyy"), "4/31/2023"));
    assertEquals("is not a date: there is no month 0", error(ENGLISH, "2024-00-10"));
    assertTrue(error(ENGLISH, "15\u201312 Mar 2024").startsWith("is a range that ends before"));
  }

  @Test
  void what_is_not_a_date() {
    for (String cell : List.of("soon", "+2024", "20240312", "12 Foo 2024", "24", "+32768-01")) {
      String rule = error(ENGLISH, cell);
      assertTrue(
          rule.startsWith("is not a date in the format yyyy-MM-dd, nor"), cell + ": " + rule);
    }
    assertEquals(
        "has the year 0: a poll's date must lie in the years 1 to 9999",
        error(ENGLISH, "0000-01-01"));
    // ISO 8601 expanded years: Tablesaw would wrap +32768 to -32768
    assertEquals(
        "has the year 32768: a poll's date must lie in the years 1 to 9999",
        error(ENGLISH, "+32768-01-01"));
    assertEquals(
        "has the year -2024: a poll's date must lie in the years 1 to 9999",
        error(ENGLISH, "-2024-01-01"));
  }

  @Test
  void a_huge_cell_is_refused_at_once() {
    String hyphens = "-".repeat(1_000_000);
    long start = System.nanoTime();
    assertEquals(
        "is not a date: it is longer than 100 characters, which no date is",
        error(ENGLISH, hyphens));
    assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused within a second");
    // the worst cell under the cap: every character a separator to try
    String worst = "1-".repeat(50);
    long worstStart = System.nanoTime();
    assertTrue(error(ENGLISH, worst).startsWith("is not a date"));
    assertTrue(System.nanoTime() - worstStart < 1_000_000_000L, "refused within a second");
  }
}
