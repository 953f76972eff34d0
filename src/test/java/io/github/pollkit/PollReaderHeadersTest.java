package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.PollColumns;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Headers as people write them, and dates in one cell or two. The rows are real: FiveThirtyEight's
 * Trump approval poll list (src/test/resources/data/approval_polllist_first500.csv, the first rows,
 * with the headers a spreadsheet user would give them) and Wikipedia's 2015 UK poll table (section
 * "2015" of "Opinion polling for the next United Kingdom general election", ComRes/Daily Mail and
 * ICM/The Guardian, cells unchanged but for the year, added to the date as the section heading
 * gives it).
 */
class PollReaderHeadersTest {
  /** 538's first two polls, under the headers of a hand-made poll list. */
  static final String START_END =
      "Pollster,Start,End,Sample size,approve,disapprove\n"
          + "Morning Consult,1/20/2017,1/22/2017,1992,46,37\n"
          + "Gallup,1/20/2017,1/22/2017,1500,45,45\n";

  /** Wikipedia's UK rows, with their one-cell date ranges. */
  static final String UK =
      "Fieldwork date,Polling firm,Sample size,Con,Lab,UKIP,LD,SNP,Green,Others,Lead\n"
          + "26\u201328 Jun 2015,ComRes/Daily Mail,\"1,002\",39%,27%,11%,9%,5%,6%,3%,12%\n"
          + "12\u201314 Jun 2015,ICM/The Guardian,\"1,004\",37%,31%,13%,8%,5%,5%,1%,6%\n";

  static PollSet read(String csv, ReadOptions.Builder options) {
    return Polls.read(new StringReader(csv), options.build());
  }

  static PollDataException error(String csv, ReadOptions.Builder options) {
    return assertThrows(PollDataException.class, () -> read(csv, options));
  }

  static List<String> options(PollSet set) {
    return set.table().stringColumn(PollColumns.OPTION).asList().stream().distinct().toList();
  }

  @Test
  void start_and_end_columns_are_field_dates() {
    PollSet polls = read(START_END, ReadOptions.builder().datePattern("M/d/yyyy"));
    Poll first = polls.polls().get(0);
    assertEquals("Morning Consult", first.pollster());
    assertEquals(LocalDate.of(2017, 1, 20), first.fieldStart());
    assertEquals(LocalDate.of(2017, 1, 22), first.fieldEnd());
    assertEquals(1992, first.sampleSize());
    assertEquals(List.of("approve", "disapprove"), options(polls));
  }

  @Test
  void fivethirtyeights_impeachment_poll_list_reads_with_its_start_and_end_columns() {
    java.nio.file.Path file =
        java.nio.file.Path.of("src/test/resources/data/impeachment_polls_first3.csv");
    // before, 'Start' was read as an answer option: "value '6/28/2019' is not a number"
    PollDataException e = assertThrows(PollDataException.class, () -> Polls.read(file));
    assertEquals("impeachment_polls_first3.csv", e.file());
    assertEquals(2, e.line());
    assertEquals("Start", e.column());
    assertEquals("6/28/2019", e.value());
    assertTrue(e.rule().contains("datePattern(...), e.g. \"M/d/yyyy\""), e.rule());
    PollSet polls =
        Polls.read(
            file,
            ReadOptions.builder().datePattern("M/d/yyyy").options("Yes", "No", "Unsure").build());
    assertEquals(3, polls.polls().size());
    Poll first = polls.polls().get(0); // 6/28/2019,7/1/2019,ABC News/Washington Post,,1008,a
    assertEquals("ABC News/Washington Post", first.pollster());
    assertEquals(LocalDate.of(2019, 6, 28), first.fieldStart());
    assertEquals(LocalDate.of(2019, 7, 1), first.fieldEnd());
    assertEquals(1008, first.sampleSize());
    assertEquals("a", first.population());
    assertEquals(37, first.shares().get("Yes").value());
    Poll third = polls.polls().get(2); // 1/21/2019,1/24/2019
    assertEquals(LocalDate.of(2019, 1, 21), third.fieldStart());
    assertEquals(LocalDate.of(2019, 1, 24), third.fieldEnd());
  }

  @Test
  void a_question_text_is_not_taken_for_a_date() {
    // a cell of the impeachment list's 'Text' column, read as an option when options are not named
    String text =
        "Based on what you know, do you think Congress should or should not begin impeachment"
            + " proceedings that could lead to Trump being removed from office? Do you feel that way"
            + " strongly or somewhat?";
    PollDataException e =
        error("Pollster,Text,Yes\nABC,\"" + text + "\",37\n", ReadOptions.builder());
    assertEquals("Text", e.column());
    assertTrue(e.rule().startsWith("is not a number"), e.rule());
    PollDataException shortText =
        error("Pollster,Category,Yes\nABC,begin_proceedings,37\n", ReadOptions.builder());
    assertTrue(shortText.rule().startsWith("is not a number"), shortText.rule());
  }

  @Test
  void numeric_start_dates_without_a_pattern_ask_for_one() {
    // before, 'Start' was an answer option: "value '1/20/2017' is not a number"
    PollDataException e = error(START_END, ReadOptions.builder());
    assertEquals(2, e.line());
    assertEquals("Start", e.column());
    assertEquals("1/20/2017", e.value());
    assertTrue(e.rule().contains("datePattern(...), e.g. \"M/d/yyyy\""), e.rule());
  }

  @Test
  void header_variants_are_recognised_ignoring_case_spaces_and_underscores() {
    for (String header :
        List.of(
            "Pollster,Start Date,End_Date,SAMPLE SIZE,approve,disapprove",
            "polling firm,start,end,Sample_Size,approve,disapprove",
            "Polling  Firm,START,END,sample-size,approve,disapprove",
            "Polling organisation,Fieldwork start,Fieldwork end,n,approve,disapprove",
            "Pollster,StartDate,EndDate,Sample,approve,disapprove",
            // R's write.csv names, as in The Economist's 2016 poll file
            "pollster,start.date,end.date,number.of.observations,approve,disapprove")) {
      String csv = header + START_END.substring(START_END.indexOf('\n'));
      Poll first = read(csv, ReadOptions.builder().datePattern("M/d/yyyy")).polls().get(0);
      assertEquals("Morning Consult", first.pollster(), header);
      assertEquals(LocalDate.of(2017, 1, 20), first.fieldStart(), header);
      assertEquals(LocalDate.of(2017, 1, 22), first.fieldEnd(), header);
      assertEquals(1992, first.sampleSize(), header);
    }
  }

  @Test
  void one_date_cell_with_a_range_fills_start_and_end() {
    PollSet polls = read(UK, ReadOptions.builder());
    Poll comres = polls.polls().get(0);
    assertEquals("ComRes/Daily Mail", comres.pollster());
    assertEquals(LocalDate.of(2015, 6, 26), comres.fieldStart());
    assertEquals(LocalDate.of(2015, 6, 28), comres.fieldEnd());
    assertEquals("", comres.datePrecision()); // known to the day: the file gives no precision
    assertEquals(1002, comres.sampleSize());
    Poll icm = polls.polls().get(1);
    assertEquals(LocalDate.of(2015, 6, 12), icm.fieldStart());
    assertEquals(LocalDate.of(2015, 6, 14), icm.fieldEnd());
  }

  @Test
  void lead_is_kept_as_text_and_others_is_an_option() {
    PollSet polls = read(UK, ReadOptions.builder());
    assertEquals(List.of("Con", "Lab", "UKIP", "LD", "SNP", "Green", "Others"), options(polls));
    Table table = polls.table();
    assertEquals("12%", table.stringColumn("Lead").get(0));
  }

  @Test
  void every_name_of_a_one_cell_date_column() {
    for (String header :
        List.of(
            "Date",
            "Dates",
            "date(s)",
            "Fieldwork date",
            "Fieldwork Dates",
            "Field work period",
            "Fieldwork period",
            "Fieldwork",
            "Date(s) conducted",
            "Dates conducted",
            "field_dates")) {
      String csv = header + UK.substring(UK.indexOf(','));
      Poll comres = read(csv, ReadOptions.builder()).polls().get(0);
      assertEquals(LocalDate.of(2015, 6, 26), comres.fieldStart(), header);
      assertEquals(LocalDate.of(2015, 6, 28), comres.fieldEnd(), header);
    }
  }

  @Test
  void dates_from_one_cell_in_every_form() {
    String csv =
        "Pollster,Dates,support\n"
            + "A,12\u201315 Mar 2024,40\n"
            + "B,28 Feb \u2013 2 Mar 2024,41\n"
            + "C,28 Feb\u20132 Mar 2024,42\n"
            + "D,Mar 2024,43\n"
            + "E,Q1 2024,44\n"
            + "F,2024,45\n"
            + "G,2024-03-12,46\n";
    List<Poll> polls = read(csv, ReadOptions.builder()).polls();
    String[][] expected = {
      {"2024-03-12", "2024-03-15", ""},
      {"2024-02-28", "2024-03-02", ""},
      {"2024-02-28", "2024-03-02", ""},
      {"2024-03-01", "2024-03-31", "month"},
      {"2024-01-01", "2024-03-31", "quarter"},
      {"2024-01-01", "2024-12-31", "year"},
      {"2024-03-12", "2024-03-12", ""},
    };
    for (int i = 0; i < expected.length; i++) {
      Poll poll = polls.get(i);
      assertEquals(LocalDate.parse(expected[i][0]), poll.fieldStart(), poll.pollster());
      assertEquals(LocalDate.parse(expected[i][1]), poll.fieldEnd(), poll.pollster());
      assertEquals(expected[i][2], poll.datePrecision(), poll.pollster());
    }
  }

  @Test
  void numeric_day_range_with_a_pattern() {
    Poll poll =
        read(
                "Pollster,Date,support\nA,12-15/03/2024,40\n",
                ReadOptions.builder().datePattern("dd/MM/yyyy"))
            .polls()
            .get(0);
    assertEquals(LocalDate.of(2024, 3, 12), poll.fieldStart());
    assertEquals(LocalDate.of(2024, 3, 15), poll.fieldEnd());
  }

  @Test
  void a_recognised_column_can_be_ignored() {
    // 'Date' is the publication date here, not the fieldwork
    String csv =
        "Pollster,Start,End,Date,approve,disapprove\n"
            + "Gallup,2017-01-20,2017-01-22,2017-01-23,45,45\n";
    PollDataException e = error(csv, ReadOptions.builder());
    assertEquals("Date", e.column());
    assertEquals(1, e.line());
    assertTrue(e.rule().contains("ReadOptions.builder().ignore(\"Date\")"), e.rule());
    PollSet polls = read(csv, ReadOptions.builder().ignore("Date"));
    assertEquals(LocalDate.of(2017, 1, 22), polls.polls().get(0).fieldEnd());
    assertEquals("2017-01-23", polls.table().stringColumn("Date").get(0));
    assertEquals(List.of("approve", "disapprove"), options(polls));
  }

  @Test
  void an_ignored_lead_or_sample_column_is_text() {
    PollSet polls = read(UK, ReadOptions.builder().ignore("Sample size"));
    assertTrue(Double.isNaN(polls.polls().get(0).sampleSize()));
    assertEquals("1,002", polls.table().stringColumn("Sample size").get(0));
  }

  @Test
  void a_recognised_column_can_be_remapped() {
    String csv = "Pollster,Date,approve,disapprove\n" + "Gallup,2017-01-22,45,45\n";
    Poll poll =
        read(csv, ReadOptions.builder().column("Date", PollColumns.FIELD_END)).polls().get(0);
    assertEquals(null, poll.fieldStart());
    assertEquals(LocalDate.of(2017, 1, 22), poll.fieldEnd());
    Poll remapped =
        read(
                "House,Period,approve\nGallup,20\u201322 Jan 2017,45\n",
                ReadOptions.builder()
                    .column("House", PollColumns.POLLSTER)
                    .column("Period", ReadOptions.FIELD_DATES))
            .polls()
            .get(0);
    assertEquals("Gallup", remapped.pollster());
    assertEquals(LocalDate.of(2017, 1, 20), remapped.fieldStart());
    assertEquals(LocalDate.of(2017, 1, 22), remapped.fieldEnd());
  }

  @Test
  void an_unmapped_date_column_names_the_option_that_fixes_it() {
    PollDataException e =
        error(
            "Pollster,Published,approve,disapprove\nGallup,2017-01-23,45,45\n",
            ReadOptions.builder());
    assertEquals("Published", e.column());
    assertEquals("2017-01-23", e.value());
    assertEquals(
        "looks like a date, but column 'Published' is read as an answer option: map it with"
            + " ReadOptions.builder().column(\"Published\", \"field_end\") (or \"field_start\", or"
            + " \"field_dates\" for a cell with both dates), read it as text with"
            + " ignore(\"Published\"), or name the options with options(...)",
        e.rule());
    PollDataException us =
        error("Pollster,Published,approve\nGallup,1/23/2017,45\n", ReadOptions.builder());
    assertTrue(us.rule().startsWith("looks like a date"), us.rule());
  }

  @Test
  void a_range_in_a_start_column_names_the_mapping_for_both_dates() {
    PollDataException e =
        error("Pollster,Start,support\nA,12\u201315 Mar 2024,40\n", ReadOptions.builder());
    assertEquals("Start", e.column());
    assertEquals(
        "is a range of dates, but the column holds only field_start: map a column holding both"
            + " dates with ReadOptions.builder().column(\"Start\", \"field_dates\")",
        e.rule());
  }

  @Test
  void an_impossible_date_is_a_data_error_naming_file_line_column_value_and_rule() {
    PollDataException e =
        error(
            "Pollster,Date,support\nA,2019-02-28,40\nB,2019-02-30,41\n",
            ReadOptions.builder().sourceName("polls.csv"));
    assertEquals("polls.csv", e.file());
    assertEquals(3, e.line());
    assertEquals("Date", e.column());
    assertEquals("2019-02-30", e.value());
    assertEquals("is not a date: February 2019 has no day 30", e.rule());
  }

  @Test
  void lenient_reading_rejects_bad_dates_and_keeps_the_rest() {
    Polls.LenientRead read =
        Polls.readLenient(
            new StringReader(
                "Pollster,Date,support\nA,12\u201315 Mar 2024,40\nB,15\u201312 Mar 2024,41\n"
                    + "C,31 Apr 2024,42\nD,soon,43\n"),
            ReadOptions.defaults());
    assertEquals(1, read.polls().polls().size());
    assertEquals(4, read.result().recordsRead());
    List<String> reasons = read.result().rejected().stringColumn("reason").asList();
    assertEquals(3, reasons.size());
    assertTrue(reasons.get(0).contains("is a range that ends before it starts"), reasons.get(0));
    assertTrue(reasons.get(1).contains("April 2024 has no day 31"), reasons.get(1));
    assertTrue(reasons.get(2).contains("value 'soon' is not a date"), reasons.get(2));
  }
}
