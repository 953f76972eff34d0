package io.github.pollkit.io;

import io.github.pollkit.model.Poll;
import io.github.pollkit.model.PollColumns;
import io.github.pollkit.model.PollTable;
import io.github.pollkit.model.Problem;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What reading a poll file produced: the accepted polls, the rejected records with their problems,
 * and how many records were read; or, when the file could not be read as a poll file at all (no
 * header, a bad header, text that is not UTF-8), that {@link #fileProblem()}.
 *
 * <p>Every data record (a line or a quoted multi-line record, after the header; blank lines are not
 * records) is either accepted or rejected whole: {@code recordsAccepted() + rejected().rowCount()
 * == recordsRead()}. In a wide file one record is one poll; in a long file a poll is accepted only
 * if all its records are, and a record whose share is missing is accepted without producing a row.
 *
 * <pre>{@code
 * ReadResult result = PollReader.read(Path.of("polls.csv"), ReadOptions.defaults());
 * List<Poll> polls = result.polls();
 * result.rejected().forEach(row ->
 *     System.out.println(row.getInt("line") + ": " + row.getString("reason")));
 * }</pre>
 *
 * @param source the name of the source in messages (the file name unless set in the options)
 * @param polls the accepted polls, in the order of their first record
 * @param extraColumns the file's columns that are neither metadata nor options, in file order
 * @param rejected one row per rejected record: {@code line} (where it starts), {@code raw} (its
 *     text as in the file) and {@code reason} (the rule it broke, or the record of the same poll
 *     that did)
 * @param problems the problems that rejected records (not the records rejected along with a poll)
 * @param fileProblem why the file could not be read as a poll file, or {@code null}
 * @param recordsRead the number of data records read
 * @param recordsAccepted the number of data records accepted
 */
public record ReadResult(
    String source,
    List<Poll> polls,
    List<String> extraColumns,
    Table rejected,
    List<Problem> problems,
    Problem fileProblem,
    int recordsRead,
    int recordsAccepted) {
  /**
   * Checks that the counts add up, and copies the lists.
   *
   * @param source the name of the source
   * @param polls the accepted polls
   * @param extraColumns the extra columns
   * @param rejected the rejected records
   * @param problems the problems that rejected records
   * @param fileProblem why the file could not be read, or {@code null}
   * @param recordsRead the number of data records read
   * @param recordsAccepted the number of data records accepted
   * @throws IllegalArgumentException if the counts do not add up
   */
  public ReadResult {
    Objects.requireNonNull(source, "source");
    polls = List.copyOf(polls);
    extraColumns = List.copyOf(extraColumns);
    Objects.requireNonNull(rejected, "rejected");
    problems = List.copyOf(problems);
    if (recordsAccepted < 0 || recordsAccepted + rejected.rowCount() != recordsRead) {
      throw new IllegalArgumentException(
          "recordsAccepted + rejected rows must equal recordsRead, was "
              + recordsAccepted
              + " + "
              + rejected.rowCount()
              + " != "
              + recordsRead);
    }
  }

  /** The result of a file that could not be read as a poll file: no record read. */
  static ReadResult failed(String source, Problem fileProblem) {
    Table rejected =
        Table.create(
            source + " (rejected)",
            IntColumn.create(Outcome.REJECTED_LINE),
            StringColumn.create(Outcome.REJECTED_RAW),
            StringColumn.create(Outcome.REJECTED_REASON));
    return new ReadResult(source, List.of(), List.of(), rejected, List.of(), fileProblem, 0, 0);
  }

  /**
   * The accepted polls as a long table ({@link PollColumns}), a fresh copy.
   *
   * @return one row per accepted poll and option
   */
  public Table accepted() {
    return PollTable.toTable(source, polls, extraColumns);
  }

  /**
   * A copy of the rejected records: columns {@code line}, {@code raw}, {@code reason}.
   *
   * @return the rejected records, by line
   */
  @Override
  public Table rejected() {
    return rejected.copy();
  }

  /**
   * The problem a strict reader reports: the file's, else the first record's (by line).
   *
   * @return the first problem, or empty when every record was accepted
   */
  public Optional<Problem> firstProblem() {
    if (fileProblem != null) {
      return Optional.of(fileProblem);
    }
    return problems.stream().min(Comparator.comparingLong(Problem::line));
  }

  /**
   * The number of accepted polls.
   *
   * @return the size of {@link #polls()}
   */
  public int pollsAccepted() {
    return polls.size();
  }

  @Override
  public String toString() {
    if (fileProblem != null) {
      return "ReadResult[not read: " + fileProblem.message() + "]";
    }
    return "ReadResult["
        + recordsRead
        + " records read, "
        + recordsAccepted
        + " accepted ("
        + pollsAccepted()
        + " polls), "
        + rejected.rowCount()
        + " rejected]";
  }
}
