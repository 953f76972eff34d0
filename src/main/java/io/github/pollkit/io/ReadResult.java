package io.github.pollkit.io;

import tech.tablesaw.api.Table;

/**
 * What a lenient read produced: the accepted polls as a long table, the rejected records with
 * their reasons, and how many records were read.
 *
 * <p>Every data record (a line or a quoted multi-line record, after the header; blank lines are
 * not records) is either accepted or rejected whole: {@code recordsAccepted() +
 * rejected().rowCount() == recordsRead()}. In a wide file one record is one poll; in a long file a
 * poll is accepted only if all its records are, and a record whose share is missing is accepted
 * without producing a row.
 *
 * <pre>{@code
 * ReadResult result = PollReader.readLenient(Path.of("polls.csv"), ReadOptions.defaults());
 * Table polls = result.accepted();
 * result.rejected().forEach(row ->
 *     System.out.println(row.getInt("line") + ": " + row.getString("reason")));
 * }</pre>
 *
 * @param accepted the accepted polls in pollkit's long schema ({@link io.github.pollkit.PollColumns})
 * @param rejected one row per rejected record: {@code line} (where it starts), {@code raw} (its
 *     text as in the file) and {@code reason} (the rule it broke, or the record of the same poll
 *     that did)
 * @param recordsRead the number of data records read
 * @param recordsAccepted the number of data records accepted
 */
public record ReadResult(Table accepted, Table rejected, int recordsRead, int recordsAccepted) {
  /** Checks that the counts add up. */
  public ReadResult {
    if (accepted == null || rejected == null) {
      throw new IllegalArgumentException("accepted and rejected must not be null");
    }
    if (recordsAccepted < 0 || recordsAccepted + rejected.rowCount() != recordsRead) {
      throw new IllegalArgumentException(
          "recordsAccepted + rejected rows must equal recordsRead, was "
              + recordsAccepted + " + " + rejected.rowCount() + " != " + recordsRead);
    }
  }

  /** A copy of the accepted polls (long schema). */
  @Override
  public Table accepted() {
    return accepted.copy();
  }

  /** A copy of the rejected records: columns {@code line}, {@code raw}, {@code reason}. */
  @Override
  public Table rejected() {
    return rejected.copy();
  }

  /** The number of accepted polls. */
  public int pollsAccepted() {
    return accepted.intColumn(io.github.pollkit.PollColumns.RECORD).countUnique();
  }

  @Override
  public String toString() {
    return "ReadResult[" + recordsRead + " records read, " + recordsAccepted + " accepted ("
        + pollsAccepted() + " polls), " + rejected.rowCount() + " rejected]";
  }
}
