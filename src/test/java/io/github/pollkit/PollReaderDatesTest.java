package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.PollColumns;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Dates as people write them, read through the facade: month-only, quarter and year cells become
 * spans from their first to their last day with their precision in {@code date_precision}.
 */
class PollReaderDatesTest {
  /** Real rows of the SwedishPolls data set, unchanged (see src/test/resources/data/README.md). */
  static final Path SWEDISH = Path.of("src/test/resources/data/swedish-polls/polls-excerpt.csv");

  static final String[] PARTIES = {"M", "L", "C", "KD", "S", "V", "MP", "SD", "FI"};

  static PollSet read(String csv, ReadOptions.Builder options) {
    return Polls.read(new StringReader(csv), options.build());
  }

  static PollDataException error(String csv, ReadOptions.Builder options) {
    return assertThrows(PollDataException.class, () -> read(csv, options));
  }

  static Poll only(PollSet set) {
    assertEquals(1, set.polls().size());
    return set.polls().get(0);
  }

  static ReadOptions.Builder swedish() {
    // PublYearMonth is the only date of the oldest polls (their field dates are NA): the month of
    // publication stands in for the fieldwork here, as the data set's own plots do.
    return ReadOptions.builder()
        .locale(Locale.forLanguageTag("sv"))
        .column("PublYearMonth", ReadOptions.FIELD_DATES)
        .column("Company", PollColumns.POLLSTER)
        .options(PARTIES);
  }

  @Test
  void swedish_year_month_column_reads_as_month_spans() {
    PollSet polls = Polls.read(SWEDISH, swedish().build());
    assertEquals(31, polls.polls().size()); // every data row of the excerpt
    Poll may1967 = polls.polls().get(polls.polls().size() - 3); // 1967-maj,Sifo,...,1100
    assertEquals("Sifo", may1967.pollster());
    assertEquals(LocalDate.of(1967, 5, 1), may1967.fieldStart());
    assertEquals(LocalDate.of(1967, 5, 31), may1967.fieldEnd());
    assertEquals("month", may1967.datePrecision());
    assertEquals(1100, may1967.sampleSize());
    Poll first = polls.polls().get(0); // 2026-aug,Novus,...
    assertEquals(LocalDate.of(2026, 8, 1), first.fieldStart());
    assertEquals(LocalDate.of(2026, 8, 31), first.fieldEnd());
    Poll october = polls.polls().get(2); // 2025-okt,Demoskop
    assertEquals(LocalDate.of(2025, 10, 31), october.fieldEnd());
    Poll quarter = polls.polls().get(15); // 1997-K4,Demoskop
    assertEquals("Demoskop", quarter.pollster());
    assertEquals(LocalDate.of(1997, 10, 1), quarter.fieldStart());
    assertEquals(LocalDate.of(1997, 12, 31), quarter.fieldEnd());
    assertEquals("quarter", quarter.datePrecision());
    Table table = polls.table();
    assertEquals(
        List.of("month", "quarter"),
        table.stringColumn(PollColumns.DATE_PRECISION).unique().asList().stream()
            .sorted()
            .toList());
  }

  @Test
  void swedish_month_names_need_the_swedish_locale() {
    PollDataException e =
        assertThrows(
            PollDataException.class,
            () ->
                Polls.read(
                    SWEDISH,
                    ReadOptions.builder()
                        .column("PublYearMonth", ReadOptions.FIELD_DATES)
                        .column("Company", PollColumns.POLLSTER)
                        .options(PARTIES)
                        .build()));
    assertEquals(4, e.line()); // the first 'okt' (English 'aug' reads)
    assertEquals("PublYearMonth", e.column());
    assertEquals("2025-okt", e.value());
    assertTrue(e.rule().contains("month names in English"), e.rule());
  }

  @Test
  void month_only_start_and_end_columns_span_their_months() {
    Poll poll =
        only(
            read(
                "pollster,start,end,support\nGallup,2019-06,Jul 2019,40\n", ReadOptions.builder()));
    assertEquals(LocalDate.of(2019, 6, 1), poll.fieldStart());
    assertEquals(LocalDate.of(2019, 7, 31), poll.fieldEnd());
    assertEquals("month", poll.datePrecision());
  }

  @Test
  void the_coarser_of_two_precisions_is_recorded() {
    Poll poll =
        only(read("pollster,start,end,support\nA,Q1 2024,Apr 2024,40\n", ReadOptions.builder()));
    assertEquals(LocalDate.of(2024, 1, 1), poll.fieldStart());
    assertEquals(LocalDate.of(2024, 4, 30), poll.fieldEnd());
    assertEquals("quarter", poll.datePrecision());
    Poll mixed =
        only(read("pollster,start,end,support\nA,2024-03-12,Mar 2024,40\n", ReadOptions.builder()));
    assertEquals(LocalDate.of(2024, 3, 12), mixed.fieldStart());
    assertEquals(LocalDate.of(2024, 3, 31), mixed.fieldEnd());
    assertEquals("month", mixed.datePrecision());
  }

  @Test
  void month_only_end_date_is_placed_at_the_end_of_its_month() {
    Poll poll = only(read("poll_id,field_end,support\np1,March 2024,40\n", ReadOptions.builder()));
    assertEquals(null, poll.fieldStart());
    assertEquals(LocalDate.of(2024, 3, 31), poll.fieldEnd());
    assertEquals("month", poll.datePrecision());
  }

  @Test
  void a_precision_given_by_the_file_is_kept() {
    // the Ukraine file writes month spans as days and says so: its word stands
    Poll poll =
        only(
            read(
                "poll_id,field_start,field_end,date_precision,support\n"
                    + "p1,2019-06-01,2019-06-30,month,40\n",
                ReadOptions.builder()));
    assertEquals("month", poll.datePrecision());
    Poll season =
        only(
            read(
                "poll_id,field_end,date_precision,support\np1,2019-06,season,40\n",
                ReadOptions.builder()));
    assertEquals("season", season.datePrecision());
  }

  @Test
  void a_month_where_the_file_says_day_is_an_error() {
    PollDataException e =
        error(
            "poll_id,field_end,date_precision,support\np1,2019-06,day,40\n", ReadOptions.builder());
    assertEquals("field_end", e.column());
    assertEquals("2019-06", e.value());
    assertEquals("is a month, not a day, but 'date_precision' says 'day'", e.rule());
  }

  @Test
  void month_precision_is_written_and_read_back(@TempDir Path dir) {
    PollSet polls =
        read(
            "poll_id,field_end,support\np1,Mar 2024,40\np2,2024-04-02,41\n", ReadOptions.builder());
    Path file = dir.resolve("polls.csv");
    polls.write(file);
    PollSet again = Polls.read(file);
    for (int i = 0; i < 2; i++) {
      Poll before = polls.polls().get(i);
      Poll after = again.polls().get(i);
      assertEquals(before.fieldStart(), after.fieldStart());
      assertEquals(before.fieldEnd(), after.fieldEnd());
      assertEquals(before.datePrecision(), after.datePrecision());
    }
    assertEquals("month", again.polls().get(0).datePrecision());
    assertEquals("", again.polls().get(1).datePrecision());
  }
}
