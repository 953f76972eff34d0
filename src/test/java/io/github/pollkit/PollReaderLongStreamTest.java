package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.io.ReadResult;
import io.github.pollkit.model.Poll;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * A long file is read poll by poll while its rows come together, and a poll whose rows come apart
 * (another poll's rows between them) reads exactly as if they had come together: same polls, same
 * order, same errors at the same lines. Expected values are read off the files by hand.
 */
class PollReaderLongStreamTest {

  private static ReadOptions options() {
    return ReadOptions.builder().sourceName("polls.csv").build();
  }

  @Test
  void rows_of_one_poll_apart_read_as_one_poll() {
    String csv =
        "poll_id,pollster,field_end,option,share\n"
            + "p1,A,2024-01-02,yes,40\n"
            + "p2,B,2024-01-03,yes,30\n"
            + "p1,A,2024-01-02,no,50\n"
            + "p2,B,2024-01-03,no,60\n"
            + "p1,A,2024-01-02,unsure,10\n";
    List<Poll> polls = Polls.read(new StringReader(csv), options()).polls();
    assertEquals(2, polls.size());
    Poll p1 = polls.get(0);
    Poll p2 = polls.get(1);
    assertEquals("p1", p1.pollId());
    assertEquals(List.of("yes", "no", "unsure"), List.copyOf(p1.shares().keySet()));
    assertEquals(50.0, p1.shares().get("no").value());
    assertEquals(2, p1.lineOf("yes"));
    assertEquals(4, p1.lineOf("no"));
    assertEquals(6, p1.lineOf("unsure"));
    assertEquals(1, p1.record());
    assertEquals("p2", p2.pollId());
    assertEquals(60.0, p2.shares().get("no").value());
    assertEquals(5, p2.lineOf("no"));
    assertEquals(2, p2.record());
  }

  @Test
  void a_disagreeing_row_apart_from_its_poll_is_named_at_its_line() {
    String csv =
        "poll_id,pollster,option,share\n"
            + "p1,A,yes,40\n"
            + "p2,B,yes,30\n"
            + "p1,C,no,50\n"
            + "p2,B,no,60\n";
    PollDataException e =
        assertThrows(PollDataException.class, () -> Polls.read(new StringReader(csv), options()));
    assertEquals(4, e.line());
    assertEquals("pollster", e.column());
    assertEquals(
        "disagrees with line 2 of the same poll 'p1', which has 'A': the rows of one poll must"
            + " agree on its metadata",
        e.rule());
    ReadResult lenient = Polls.readLenient(new StringReader(csv), options()).result();
    assertEquals(1, lenient.pollsAccepted());
    Table rejected = lenient.rejected();
    assertEquals(List.of(2, 4), rejected.intColumn("line").asList());
    assertEquals(
        "belongs to poll 'p1', which was rejected because of another of its records",
        rejected.stringColumn("reason").get(0));
    assertEquals(4, lenient.recordsRead());
  }

  @Test
  void an_option_named_twice_apart_is_named_at_its_second_line() {
    String csv =
        "poll_id,option,share\n" + "p1,yes,40\n" + "p2,yes,30\n" + "p1,yes,41\n" + "p1,no,50\n";
    PollDataException e =
        assertThrows(PollDataException.class, () -> Polls.read(new StringReader(csv), options()));
    assertEquals(4, e.line());
    assertEquals("option", e.column());
    assertEquals(
        "appears twice in poll 'p1' (lines 2 and 4): a poll names each option once", e.rule());
  }

  @Test
  void a_record_number_given_twice_is_rejected_in_the_later_poll() {
    // the key is poll_id, so two polls can give the same record number; the later one is refused
    String csv =
        "record,poll_id,option,share\n"
            + "7,p1,yes,40\n"
            + "7,p2,yes,30\n"
            + "7,p1,no,50\n"
            + "7,p2,no,60\n";
    ReadOptions byId = ReadOptions.builder().sourceName("polls.csv").pollKey("poll_id").build();
    ReadResult lenient = Polls.readLenient(new StringReader(csv), byId).result();
    assertEquals(1, lenient.pollsAccepted());
    assertEquals("p1", lenient.polls().get(0).pollId());
    assertEquals(3, lenient.firstProblem().orElseThrow().line());
    assertEquals(
        "is also the record number of the poll on line 2: record numbers must be unique",
        lenient.firstProblem().orElseThrow().rule());
    assertEquals(List.of(3, 5), lenient.rejected().intColumn("line").asList());
  }
}
