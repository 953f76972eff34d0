package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.io.CopiedTableOptions;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.Share;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tables as a browser copies them from Wikipedia's "Opinion polling for …" pages: the real rows of
 * {@code data/wikipedia-uk} and the constructed tables of {@code src/test/resources/copied-tables}
 * (see its README). Expected values are the cells of the files, read by eye.
 */
class CopiedTableTest {
  private static final Path REAL = Path.of("data/wikipedia-uk/uk-2015-sample.tsv");
  private static final Path CONSTRUCTED =
      Path.of("src/test/resources/copied-tables/uk-constructed.tsv");
  private static final Path BAD_LEAD =
      Path.of("src/test/resources/copied-tables/uk-constructed-bad-lead.tsv");

  @Test
  void the_real_copied_table_reads_fully_with_the_year_of_its_heading_row() {
    PollSet polls = Polls.readCopiedTable(REAL, CopiedTableOptions.defaults());
    assertEquals(3, polls.size());
    assertEquals(List.of("Con", "Lab", "UKIP", "LD", "SNP", "Green", "Others"), polls.options());
    Poll comres = polls.polls().get(0);
    assertEquals("ComRes", comres.pollster());
    assertEquals("Daily Mail", comres.sponsor());
    assertEquals(LocalDate.of(2015, 6, 26), comres.fieldStart());
    assertEquals(LocalDate.of(2015, 6, 28), comres.fieldEnd());
    assertEquals("day", comres.datePrecision());
    assertEquals(1002, comres.sampleSize());
    assertEquals(Share.of(39), comres.shares().get("Con"));
    assertEquals(Share.of(3), comres.shares().get("Others"));
    assertEquals("12%", comres.extras().get("Lead"));
    assertEquals(3, comres.line()); // line 1 is the heading "2015", line 2 the header
    Poll ipsos = polls.polls().get(1);
    assertEquals("Ipsos MORI", ipsos.pollster());
    assertEquals("London Evening Standard", ipsos.sponsor());
    assertEquals(Share.of(7), ipsos.shares().get("SNP")); // 7%[a]
    assertEquals(Share.range(0, 0.5), ipsos.shares().get("Others")); // *
    assertEquals(0.25, ipsos.shares().get("Others").value());
    assertTrue(ipsos.note().contains("footnote [a] on SNP"), ipsos.note());
    assertTrue(ipsos.note().contains("Others '*' means under 0.5%"), ipsos.note());
    Poll icm = polls.polls().get(2);
    assertEquals("ICM", icm.pollster());
    assertEquals(LocalDate.of(2015, 6, 12), icm.fieldStart());
    assertEquals(1004, icm.sampleSize());
  }

  @Test
  void a_year_given_in_the_options_is_replaced_by_a_year_row() {
    PollSet polls = Polls.readCopiedTable(REAL, CopiedTableOptions.builder().year(1999).build());
    assertEquals(LocalDate.of(2015, 6, 28), polls.polls().get(0).fieldEnd());
  }

  @Test
  void without_a_year_the_error_names_the_option_that_gives_it() {
    String text =
        "Date(s) conducted\tPolling organisation/client\tCon\tLab\tLead\n"
            + "26\u201328 Jun\tComRes/Daily Mail\t39%\t27%\t12%\n";
    PollDataException e =
        assertThrows(
            PollDataException.class,
            () -> Polls.readCopiedTable(new StringReader(text), CopiedTableOptions.defaults()));
    assertTrue(e.getMessage().contains("line 2, column 'Date(s) conducted'"), e.getMessage());
    assertTrue(e.getMessage().contains("CopiedTableOptions.builder().year("), e.getMessage());
    PollSet polls =
        Polls.readCopiedTable(
            new StringReader(text), CopiedTableOptions.builder().year(2015).build());
    assertEquals(LocalDate.of(2015, 6, 26), polls.polls().get(0).fieldStart());
  }

  @Test
  void the_constructed_table_reads_every_convention() {
    PollSet polls = Polls.readCopiedTable(CONSTRUCTED, CopiedTableOptions.defaults());
    assertEquals(4, polls.size());
    Poll newYear = polls.polls().get(0);
    assertEquals(LocalDate.of(2015, 12, 30), newYear.fieldStart()); // under the 2016 row
    assertEquals(LocalDate.of(2016, 1, 2), newYear.fieldEnd());
    assertEquals("GB", newYear.extras().get("Area"));
    assertEquals(2011, newYear.sampleSize());
    Poll tie = polls.polls().get(1);
    assertEquals("Pollster C", tie.pollster());
    assertEquals("", tie.sponsor());
    assertTrue(Double.isNaN(tie.sampleSize())); // empty sample size is missing
    assertEquals(Share.of(4), tie.shares().get("Green")); // 4%[b]
    assertEquals("Tie", tie.extras().get("Lead"));
    Poll third = polls.polls().get(2);
    assertEquals(LocalDate.of(2016, 1, 28), third.fieldStart());
    assertEquals(LocalDate.of(2016, 2, 2), third.fieldEnd());
    assertEquals(1504, third.sampleSize()); // 1,504[12]
    assertTrue(third.note().contains("footnote [12] on Sample size"), third.note());
    assertNull(third.shares().get("UKIP")); // – is missing, not zero
    assertEquals(Share.range(0, 0.5), third.shares().get("Green")); // <0.5%
    Poll later = polls.polls().get(3);
    assertEquals(LocalDate.of(2017, 3, 9), later.fieldStart()); // the 2017 row
    assertEquals(LocalDate.of(2017, 3, 9), later.fieldEnd());
    assertEquals(Share.of(41.5), later.shares().get("Con"));
    assertEquals(987, later.sampleSize());
  }

  @Test
  void a_lead_that_does_not_match_the_shares_is_rejected_never_trusted() {
    Polls.LenientRead read = Polls.readCopiedTableLenient(BAD_LEAD, CopiedTableOptions.defaults());
    assertEquals(4, read.result().recordsRead());
    assertEquals(2, read.polls().size());
    assertEquals(
        List.of("Pollster A", "Pollster D"),
        read.polls().polls().stream().map(Poll::pollster).toList());
    var rejected = read.result().rejected();
    assertEquals(List.of(4, 6), rejected.intColumn("line").asList());
    String reason = rejected.stringColumn("reason").get(0);
    assertTrue(reason.contains("column 'Lead': value '14%' does not match the shares"), reason);
    assertTrue(reason.contains("Con 40 − Lab 30 = 10"), reason);
    assertTrue(
        rejected.stringColumn("reason").get(1).contains("value 'Tie' does not match"),
        rejected.stringColumn("reason").get(1));
    PollDataException strict =
        assertThrows(
            PollDataException.class,
            () -> Polls.readCopiedTable(BAD_LEAD, CopiedTableOptions.defaults()));
    assertTrue(strict.getMessage().contains("line 4"), strict.getMessage());
  }

  @Test
  void a_lead_off_by_rounding_passes_and_one_off_by_more_does_not() {
    // 39.4 and 26.6 publish as 39 and 27, and their lead 12.8 as 13: one point off is rounding
    String ok = "2015\nDate(s) conducted\tPollster\tCon\tLab\tLead\n1 Jun\tA\t39%\t27%\t13%\n";
    assertEquals(
        1, Polls.readCopiedTable(new StringReader(ok), CopiedTableOptions.defaults()).size());
    String bad = ok.replace("13%", "14%");
    assertThrows(
        PollDataException.class,
        () -> Polls.readCopiedTable(new StringReader(bad), CopiedTableOptions.defaults()));
  }

  @Test
  void separate_pollster_and_client_columns_and_a_blank_colour_row_are_read() {
    // the layout of later UK tables (constructed row): Pollster, Client, Area, Dates conducted;
    // the copied header is followed by the party-colour row, whose cells are empty
    String text =
        "Pollster\tClient\tArea\tDates conducted\tSample size\tCon\tLab\tLD\tOthers\tLead\n"
            + "\t\t\t\t\t\t\t\t\t\n"
            + "Pollster A\tPaper B\tGB\t3\u20134 Jul 2019\t1,605\t25%\t24%\t20%\t31%\t1%\n";
    Poll p =
        Polls.readCopiedTable(new StringReader(text), CopiedTableOptions.defaults()).polls().get(0);
    assertEquals("Pollster A", p.pollster());
    assertEquals("Paper B", p.sponsor());
    assertEquals(LocalDate.of(2019, 7, 3), p.fieldStart());
    assertEquals(1605, p.sampleSize());
    assertEquals("GB", p.extras().get("Area"));
  }

  @Test
  void shares_adding_up_to_more_than_100_are_rejected() {
    String text = "2015\nDate(s) conducted\tPollster\tCon\tLab\tOthers\n1 Jun\tA\t60%\t40%\t5%\n";
    PollDataException e =
        assertThrows(
            PollDataException.class,
            () -> Polls.readCopiedTable(new StringReader(text), CopiedTableOptions.defaults()));
    assertTrue(
        e.getMessage()
            .contains("value '105' is the sum of the options Con, Lab, Others of this poll"),
        e.getMessage());
  }

  @Test
  void bad_cells_name_line_column_and_value() {
    String text =
        "2015\nDate(s) conducted\tPollster\tSample size\tCon\tLab\n"
            + "31 Jun\tA\t1,000\t40%\t30%\n"
            + "1 Jun\tB\t1,000\t40%\t130%\n"
            + "1 Jun\tC\t0\t40%\t30%\n"
            + "1 Jun\tD\t40%\t30%\n"
            + "1 Jux\tE\t1,000\t40%\t30%\n"
            + "2 Jun\tF\t1,000\t40%\t30%\n";
    Polls.LenientRead read =
        Polls.readCopiedTableLenient(writeTemp(text), CopiedTableOptions.defaults());
    assertEquals(6, read.result().recordsRead());
    assertEquals(1, read.polls().size());
    List<String> reasons = read.result().rejected().stringColumn("reason").asList();
    assertTrue(
        reasons.get(0).contains("line 3, column 'Date(s) conducted': value '31 Jun'"),
        reasons.get(0));
    assertTrue(
        reasons.get(1).contains("column 'Lab': value '130%' is not a share"), reasons.get(1));
    assertTrue(
        reasons.get(2).contains("column 'Sample size': value '0' is not a sample size"),
        reasons.get(2));
    assertTrue(reasons.get(3).contains("row has 4 cells but the header has 5"), reasons.get(3));
    assertTrue(reasons.get(4).contains("value '1 Jux'"), reasons.get(4));
  }

  @Test
  void a_table_without_a_date_column_is_refused_as_a_whole() {
    String text = "Pollster\tCon\tLab\nA\t40%\t30%\n";
    PollDataException e =
        assertThrows(
            PollDataException.class,
            () -> Polls.readCopiedTable(new StringReader(text), CopiedTableOptions.defaults()));
    assertTrue(e.getMessage().contains("has no date column"), e.getMessage());
  }

  @Test
  void a_copied_set_writes_and_reads_back_equal() throws Exception {
    PollSet polls = Polls.readCopiedTable(CONSTRUCTED, CopiedTableOptions.defaults());
    Path file = java.nio.file.Files.createTempFile("copied", ".csv");
    try {
      polls.write(file);
      PollSet back = Polls.read(file);
      assertEquals(
          polls.polls().stream().map(Poll::withoutLines).toList(),
          back.polls().stream().map(Poll::withoutLines).toList());
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }

  @Test
  void options_are_checked() {
    assertThrows(IllegalArgumentException.class, () -> CopiedTableOptions.builder().year(15));
    assertThrows(
        IllegalStateException.class, () -> CopiedTableOptions.builder().year(2015).year(2016));
    assertThrows(
        NullPointerException.class,
        () -> Polls.readCopiedTable((Path) null, CopiedTableOptions.defaults()));
  }

  @Test
  void no_mutation_of_the_copied_tables_escapes_as_anything_but_a_problem() throws Exception {
    // 3,000 deterministic mutations of the real and the constructed table: every one reads into
    // polls and problems (never another exception), and accepted + rejected rows = rows read
    List<String> seeds =
        List.of(java.nio.file.Files.readString(REAL), java.nio.file.Files.readString(CONSTRUCTED));
    String alphabet = "\t\n\r%*[]a–—-0123456789.,<> /TieJunDec2015\u00A0";
    java.util.Random random = new java.util.Random(20261128L);
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder(seeds.get(i % 2));
      for (int m = 1 + random.nextInt(4); m > 0; m--) {
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(3)) {
          case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 1 -> {
            if (at < text.length()) {
              text.deleteCharAt(at);
            }
          }
          default -> {
            if (at < text.length()) {
              text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
          }
        }
      }
      String input = text.toString();
      io.github.pollkit.io.ReadResult read;
      try {
        read =
            io.github.pollkit.io.CopiedTableReader.read(
                new StringReader(input), CopiedTableOptions.defaults());
      } catch (RuntimeException e) {
        throw new AssertionError("mutation " + i + " escaped: " + input, e);
      }
      if (read.fileProblem() == null) {
        assertEquals(
            read.recordsRead(), read.recordsAccepted() + read.rejected().rowCount(), input);
      }
    }
  }

  private static Path writeTemp(String text) {
    try {
      Path file = java.nio.file.Files.createTempFile("copied", ".tsv");
      file.toFile().deleteOnExit();
      java.nio.file.Files.writeString(file, text);
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
