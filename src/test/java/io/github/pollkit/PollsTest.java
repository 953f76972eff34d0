package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.*;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.Share;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the bundled Ukraine file through the entry point, checked against the CSV by eye. */
class PollsTest {
  static final Path UKRAINE = Path.of("data/ukraine-nato/ukraine-nato-membership.csv");

  @Test
  void reads_the_ukraine_file_into_a_poll_set() {
    PollSet polls = Polls.read(UKRAINE);
    // 77 data rows; dates from 1995-01-01 (the published range) to 2024-02-21; 5 rows without
    // field dates (ist-undated, dif-2010, gorshenin-2014, rating-iri-2017-09-or-2016-09,
    // uif-2021-04).
    assertEquals(
        "PollSet[77 polls, 1995–2024, options support/oppose/undecided/would_not_vote,"
            + " 1 published range, 5 undated]",
        polls.toString());
  }

  @Test
  void june_2019_poll_reads_as_published() {
    // rating-iri-2019-06: "53% for, 29% against", 14 undecided, 4 would not vote, n = 2,400.
    Poll p = Polls.read(UKRAINE).where(x -> x.pollId().equals("rating-iri-2019-06")).polls().get(0);
    assertEquals(Share.of(53), p.shares().get("support"));
    assertEquals(Share.of(29), p.shares().get("oppose"));
    assertEquals(Share.of(14), p.shares().get("undecided"));
    assertEquals(Share.of(4), p.shares().get("would_not_vote"));
    assertEquals(2400, p.sampleSize());
    assertEquals(LocalDate.of(2019, 6, 23), p.fieldEnd());
  }

  @Test
  void referendum_series_without_would_vote_bases() {
    PollSet polls = Polls.read(UKRAINE);
    // 53 referendum rows, of which 4 are shares of only "those who would vote".
    assertEquals(53, polls.questionGroup("referendum").size());
    assertEquals(49, polls.questionGroup("referendum").excludingBase("would vote").size());
  }

  @Test
  void written_file_reads_back_equal(@TempDir Path dir) {
    PollSet polls = Polls.read(UKRAINE);
    Path file = dir.resolve("polls.csv");
    polls.write(file);
    assertEquals(polls, Polls.read(file));
  }

  @Test
  void lenient_read_counts_rejected_records(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(
        file, "poll_id,field_end,support,oppose\na,2020-01-01,53,29\nb,2020-02-01,104,3\n");
    Polls.LenientRead read = Polls.readLenient(file, ReadOptions.defaults());
    assertEquals(1, read.polls().size());
    assertEquals(1, read.result().rejected().rowCount());
    assertEquals(2, read.result().recordsRead());
    assertEquals(
        "PollSet[1 poll, 2020, options support/oppose], 1 of 2 records rejected", read.toString());
  }

  @Test
  void strict_read_names_the_bad_value() throws Exception {
    Path file = Files.createTempFile("bad", ".csv");
    Files.writeString(file, "poll_id,support\na,104\n");
    PollDataException e = assertThrows(PollDataException.class, () -> Polls.read(file));
    assertEquals(2, e.line());
    assertEquals("support", e.column());
    assertEquals("104", e.value());
    Files.delete(file);
  }

  @Test
  void reads_a_538_poll_list_with_a_few_options() {
    PollSet approval =
        Polls.read(
            Path.of("src/test/resources/data/approval_polllist_first500.csv"),
            ReadOptions.builder().datePattern("M/d/yyyy").options("approve", "disapprove").build());
    assertEquals(List.of("approve", "disapprove"), approval.options());
    assertEquals(500, approval.size());
  }

  @Test
  void long_rows_keep_their_own_lines_and_extra_cells_and_read_back_equal(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("long.csv");
    Files.writeString(
        file, "poll_id,option,share,party\np1,Smith,40,A\np2,Smith,45,A\n" + "p1,Jones,35,B\n");
    PollSet polls = Polls.read(file);
    Poll p1 = polls.polls().get(0);
    assertEquals(2, p1.lineOf("Smith"));
    assertEquals(4, p1.lineOf("Jones"));
    assertEquals("B", p1.extrasOf("Jones").get("party"));
    Path written = dir.resolve("written.csv");
    polls.write(written);
    assertEquals(polls, Polls.read(written));
  }

  @Test
  void an_infinite_sample_size_is_bad_data_not_a_bad_argument(@TempDir Path dir) throws Exception {
    // 400 digits overflow a double; the second validation pass used to throw an
    // IllegalArgumentException for it, after the reader had accepted it; the reader now refuses
    // any number too large for a double
    Path file = dir.resolve("huge.csv");
    String n = "1" + "0".repeat(400);
    Files.writeString(file, "poll_id,n,support\np1," + n + ",40\n");
    PollDataException e = assertThrows(PollDataException.class, () -> Polls.read(file));
    assertEquals("n", e.column());
    assertEquals("is too large: a finite number is required", e.rule());
  }
}
