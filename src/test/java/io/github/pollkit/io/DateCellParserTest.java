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
}
