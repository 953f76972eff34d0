package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.io.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * The reader's regression corpus ({@code src/test/resources/io/corpus}, see its README): every
 * input that once crashed, hung or corrupted a read, with the invariants of the fuzz test and the
 * outcome its name states ({@code accept-*} or {@code reject-*}).
 */
class PollReaderCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/io/corpus");

  @TempDir Path dir;

  static List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> every_corpus_file_keeps_the_invariants_and_its_outcome() throws IOException {
    List<Path> files = files();
    assertTrue(files.size() > 20, "corpus files: " + files.size());
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(),
                    () -> {
                      String name = f.getFileName().toString();
                      assertTrue(name.matches("(accept|reject)-.*"), name);
                      ReaderInvariants.Outcome outcome =
                          ReaderInvariants.check(
                              f, ReadOptions.defaults(), dir.resolve("written.csv"), name);
                      assertEquals(
                          name.startsWith("accept-")
                              ? ReaderInvariants.Outcome.ACCEPTED
                              : ReaderInvariants.Outcome.REJECTED,
                          outcome,
                          name);
                    }));
  }

  private static String strictError(String file) {
    try {
      Polls.read(CORPUS.resolve(file));
    } catch (PollDataException e) {
      return e.getMessage();
    }
    throw new AssertionError(file + " was read");
  }

  @Test
  void a_point_estimate_inside_its_own_published_range_is_read_with_its_bounds() {
    PollSet polls = Polls.read(CORPUS.resolve("accept-point-inside-own-range.csv"));
    var share = polls.polls().get(0).shares().get("support");
    assertEquals(22, share.value());
    assertEquals(20, share.low());
    assertEquals(25, share.high());
  }

  @Test
  void years_beyond_four_digits_are_data_errors_not_wrapped_dates() {
    // refused as a date, or as a date whose year is outside 1 to 9999: never read as -32768
    String beyond = strictError("reject-year-beyond-16-bits.csv");
    assertTrue(
        beyond.startsWith(
            "reject-year-beyond-16-bits.csv, line 2, column 'field_end': value '+32768-01-01'"),
        beyond);
    String wraps = strictError("reject-year-wraps-before-start.csv");
    assertTrue(wraps.contains("column 'field_end': value '+32768-01-01'"), wraps);
  }

  @Test
  void a_range_bound_without_its_partner_is_a_header_error() {
    assertEquals(
        "reject-high-bound-without-low.csv, line 1, column 'yes_high': is a range bound of"
            + " option 'yes' without its partner 'yes_low': a published range needs both"
            + " bounds",
        strictError("reject-high-bound-without-low.csv"));
  }

  @Test
  void names_that_differ_only_in_case_are_duplicates() {
    String header = strictError("reject-columns-differ-in-case.csv");
    assertTrue(header.contains("column 'TRACKING'"), header);
    assertTrue(
        header.contains("differs only in case from column 'tracking' (columns 1 and 2)"), header);
    String option = strictError("reject-long-options-differ-in-case.csv");
    assertTrue(option.contains("line 3, column 'option': value 'Support'"), option);
    assertTrue(option.contains("differs only in case from the option 'support' on line 2"), option);
  }

  @Test
  void huge_numbers_are_data_errors() {
    String digits320 = strictError("reject-sample-size-320-digits.csv");
    assertTrue(digits320.endsWith("is too large: a finite number is required"), digits320);
    String digits20 = strictError("reject-sample-size-20-digits.csv");
    assertTrue(
        digits20.endsWith(
            "is not a sample size: it exceeds 10,000,000,000 respondents (more than the world's"
                + " population)"),
        digits20);
  }

  @Test
  void a_sample_size_with_three_decimals_is_written_so_that_it_reads_back() throws IOException {
    PollSet polls = Polls.read(CORPUS.resolve("accept-sample-size-four-decimals.csv"));
    assertEquals(1.234, polls.polls().get(0).sampleSize());
    Path written = dir.resolve("written.csv");
    polls.write(written);
    String row = Files.readAllLines(written).get(1);
    assertTrue(row.contains(",1.2340,"), row);
    assertEquals(polls, Polls.read(written));
  }

  @Test
  void the_wide_table_renames_an_option_column_whose_name_is_taken() {
    Table wide = Polls.read(CORPUS.resolve("accept-options-named-like-metadata.csv")).wide();
    assertTrue(
        wide.columnNames().containsAll(List.of("pollster", "pollster_option", "note_option")),
        wide.columnNames().toString());
    assertEquals(30, wide.doubleColumn("note_option").get(0));
    Table bound = Polls.read(CORPUS.resolve("accept-option-named-like-bound.csv")).wide();
    assertTrue(
        bound.columnNames().containsAll(List.of("x", "x_low", "x_high", "x_low_option")),
        bound.columnNames().toString());
    assertEquals(30, bound.doubleColumn("x_low_option").get(0));
    assertEquals(10, bound.doubleColumn("x_low").get(1));
  }

  /** Pathological inputs too large to keep as files: each is read in one pass, records intact. */
  @Test
  void a_field_of_megabytes_is_read_whole() throws IOException {
    Path file = dir.resolve("huge-field.csv");
    Files.writeString(file, "field_end,yes,note\n2020-01-01,40," + "x".repeat(8_000_000) + "\n");
    PollSet polls = Polls.read(file);
    assertEquals(8_000_000, polls.polls().get(0).note().length());
  }

  @Test
  void an_unbalanced_quote_rejects_the_rest_of_a_large_file_as_one_record() throws IOException {
    StringBuilder text = new StringBuilder("field_end,yes,note\n2020-01-01,40,\"open\n");
    for (int i = 0; i < 100_000; i++) {
      text.append("2020-01-02,41,").append(i).append('\n');
    }
    Path file = dir.resolve("unbalanced.csv");
    Files.writeString(file, text);
    var read = Polls.readLenient(file, ReadOptions.defaults()).result();
    assertEquals(1, read.recordsRead());
    assertEquals(
        "unbalanced.csv, line 2: record has a quoted field opened on line 2 that is never closed",
        read.rejected().stringColumn("reason").get(0));
  }

  @Test
  void carriage_returns_alone_end_lines() throws IOException {
    StringBuilder text = new StringBuilder("field_end,yes,note\r");
    for (int i = 0; i < 100_000; i++) {
      text.append("2020-01-02,41,").append(i).append('\r');
    }
    Path file = dir.resolve("cr.csv");
    Files.writeString(file, text);
    PollSet polls = Polls.read(file);
    assertEquals(100_000, polls.size());
    assertEquals("99999", polls.polls().get(99_999).note());
    assertEquals(100_001, polls.polls().get(99_999).line());
  }
}
