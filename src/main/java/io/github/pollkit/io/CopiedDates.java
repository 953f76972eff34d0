package io.github.pollkit.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fieldwork dates of a copied poll table, written as on Wikipedia's UK pages: {@code 26 Jun},
 * {@code 26–28 Jun}, {@code 28 Jun–2 Jul}, each end with an optional year ({@code 28 Dec 2015–2 Jan
 * 2016}); English month names or their first three letters ({@code Sept} too).
 */
final class CopiedDates {
  private CopiedDates() {}

  private static final String DAY_MONTH_YEAR =
      "(\\d{1,2})(?:\\s+([A-Za-z]+)\\.?(?:\\s+(\\d{4}))?)?";
  private static final Pattern DATES =
      Pattern.compile(
          DAY_MONTH_YEAR
              + "(?:\\s*[-\u2013\u2014]\\s*(\\d{1,2})\\s+([A-Za-z]+)\\.?(?:\\s+(\\d{4}))?)?");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("january", 1),
          Map.entry("feb", 2),
          Map.entry("february", 2),
          Map.entry("mar", 3),
          Map.entry("march", 3),
          Map.entry("apr", 4),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("june", 6),
          Map.entry("jul", 7),
          Map.entry("july", 7),
          Map.entry("aug", 8),
          Map.entry("august", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("september", 9),
          Map.entry("oct", 10),
          Map.entry("october", 10),
          Map.entry("nov", 11),
          Map.entry("november", 11),
          Map.entry("dec", 12),
          Map.entry("december", 12));

  /** The first and last day of fieldwork. */
  record Span(LocalDate start, LocalDate end) {}

  /**
   * Reads a date cell. The year given in the cell wins; otherwise {@code year} is the year of the
   * last day of fieldwork, and a first day that would fall after the last lies in the year before
   * ({@code 30 Dec–2 Jan} under 2016 is 2015-12-30 to 2016-01-02).
   *
   * @param text the cell, footnote marks removed
   * @param year the year of the table's section, or {@code null} when none is known
   * @throws CellException if the cell is not such a date, names an unknown month or a day that does
   *     not exist, or has no year and none is known
   */
  static Span parse(String text, Integer year) {
    Matcher m = DATES.matcher(text.strip());
    boolean twoEnds = m.matches() && m.group(4) != null;
    if (!m.matches() || (!twoEnds && m.group(2) == null)) {
      throw new CellException(
          "is not a date as copied tables write them: '26 Jun', '26–28 Jun', '28 Jun–2 Jul', with an"
              + " optional year ('26–28 Jun 2015')");
    }
    int endDay = Integer.parseInt(twoEnds ? m.group(4) : m.group(1));
    int endMonth = month(twoEnds ? m.group(5) : m.group(2));
    String endYearText = twoEnds ? m.group(6) : m.group(3);
    int startDay = Integer.parseInt(m.group(1));
    int startMonth = m.group(2) == null ? endMonth : month(m.group(2));
    String startYearText = twoEnds ? m.group(3) : endYearText;
    Integer endYear = endYearText != null ? Integer.valueOf(endYearText) : year;
    if (endYear == null) {
      throw new CellException(
          "has no year: give it with CopiedTableOptions.builder().year(...) (the year of the"
              + " section heading above the table) or put a row holding only the year above it");
    }
    try {
      LocalDate end = LocalDate.of(endYear, endMonth, endDay);
      LocalDate start;
      if (startYearText != null) {
        start = LocalDate.of(Integer.parseInt(startYearText), startMonth, startDay);
      } else {
        start = LocalDate.of(endYear, startMonth, startDay);
        if (start.isAfter(end)) {
          start = start.minusYears(1);
        }
      }
      return new Span(start, end);
    } catch (DateTimeException e) {
      throw new CellException("is not a date: " + e.getMessage());
    }
  }

  private static int month(String name) {
    Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT));
    if (month == null) {
      throw new CellException(
          "is not a date: '" + name + "' is not an English month name or its first three letters");
    }
    return month;
  }
}
