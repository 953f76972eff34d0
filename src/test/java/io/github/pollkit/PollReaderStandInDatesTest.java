package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.Poll;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadOptions#FIELD_DATES_IF_MISSING}: a date column that stands for the fieldwork only of
 * the polls without field dates. Rows shaped like SwedishPolls' (publication month, field start,
 * field end); the dates are hand-written cases, the answers follow from the rule.
 */
class PollReaderStandInDatesTest {

  static final String CSV =
      """
      PublYearMonth,Company,S,M,start,end
      2026-aug,Novus,30.1,18.3,2026-08-03,2026-08-16
      1967-maj,Sifo,42,16.5,NA,NA
      1997-K4,Demoskop,40,30,NA,NA
      2006-sep,Temo,35,26,NA,2006-09-16
      2024-aug,Sentio,34,17,,
      """;

  static List<Poll> read() {
    return Polls.read(
            new StringReader(CSV),
            ReadOptions.builder()
                .locale(Locale.forLanguageTag("sv"))
                .column("PublYearMonth", ReadOptions.FIELD_DATES_IF_MISSING)
                .column("Company", "pollster")
                .sourceName("stand-in dates")
                .build())
        .polls();
  }

  @Test
  void field_dates_win_and_the_stand_in_fills_only_polls_without_them() {
    List<Poll> polls = read();
    Poll dated = polls.get(0);
    assertEquals(LocalDate.of(2026, 8, 3), dated.fieldStart());
    assertEquals(LocalDate.of(2026, 8, 16), dated.fieldEnd());
    assertEquals("", dated.datePrecision());
    Poll may1967 = polls.get(1);
    assertEquals(LocalDate.of(1967, 5, 1), may1967.fieldStart());
    assertEquals(LocalDate.of(1967, 5, 31), may1967.fieldEnd());
    assertEquals("month", may1967.datePrecision());
    Poll quarter = polls.get(2);
    assertEquals(LocalDate.of(1997, 10, 1), quarter.fieldStart());
    assertEquals(LocalDate.of(1997, 12, 31), quarter.fieldEnd());
    assertEquals("quarter", quarter.datePrecision());
    Poll endOnly = polls.get(3); // one field date given: kept, nothing filled in
    assertNull(endOnly.fieldStart());
    assertEquals(LocalDate.of(2006, 9, 16), endOnly.fieldEnd());
    assertEquals("", endOnly.datePrecision());
    Poll empty = polls.get(4);
    assertEquals(LocalDate.of(2024, 8, 31), empty.fieldEnd());
  }

  @Test
  void the_stand_in_column_is_kept_as_text() {
    List<Poll> polls = read();
    assertEquals("2026-aug", polls.get(0).extras().get("PublYearMonth"));
    assertEquals("1967-maj", polls.get(1).extras().get("PublYearMonth"));
  }
}
