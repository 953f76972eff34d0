package io.github.pollkit.io;

import io.github.pollkit.PollDataException;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Collects what reading produced: accepted rows, rejected records with reasons, and counts. */
final class Outcome {
  static final String REJECTED_LINE = "line";
  static final String REJECTED_RAW = "raw";
  static final String REJECTED_REASON = "reason";

  final PollTableBuilder accepted;
  private final IntColumn rejectedLine = IntColumn.create(REJECTED_LINE);
  private final StringColumn rejectedRaw = StringColumn.create(REJECTED_RAW);
  private final StringColumn rejectedReason = StringColumn.create(REJECTED_REASON);
  /** The errors that caused rejections (not the records rejected along with them). */
  private final List<PollDataException> errors = new ArrayList<>();
  private final String source;
  int recordsRead;
  int recordsAccepted;

  Outcome(String source, List<String> extraNames) {
    this.source = source;
    this.accepted = new PollTableBuilder(source, extraNames);
  }

  /** Rejects a record because of its own error. */
  void reject(CsvRecord record, PollDataException error) {
    errors.add(error);
    rejectAlong(record, error.getMessage());
  }

  /** Rejects a record because another record of the same poll was rejected. */
  void rejectAlong(CsvRecord record, String reason) {
    rejectedLine.append((int) Math.min(Integer.MAX_VALUE, record.line));
    rejectedRaw.append(record.raw());
    rejectedReason.append(reason);
  }

  /** The first error in the file (lowest line), or {@code null}. */
  PollDataException firstError() {
    PollDataException first = null;
    for (PollDataException e : errors) {
      if (first == null || e.line() < first.line()) {
        first = e;
      }
    }
    return first;
  }

  ReadResult result() {
    Table rejected =
        Table.create(source + " (rejected)", rejectedLine, rejectedRaw, rejectedReason)
            .sortAscendingOn(REJECTED_LINE);
    return new ReadResult(accepted.build(), rejected, recordsRead, recordsAccepted);
  }
}
