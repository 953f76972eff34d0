package io.github.pollkit.io;

import io.github.pollkit.model.Poll;
import io.github.pollkit.model.Problem;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Collects what reading produced: accepted polls, rejected records with reasons, and counts. */
final class Outcome {
  static final String REJECTED_LINE = "line";
  static final String REJECTED_RAW = "raw";
  static final String REJECTED_REASON = "reason";

  private final List<Poll> accepted = new ArrayList<>();
  private final IntColumn rejectedLine = IntColumn.create(REJECTED_LINE);
  private final StringColumn rejectedRaw = StringColumn.create(REJECTED_RAW);
  private final StringColumn rejectedReason = StringColumn.create(REJECTED_REASON);

  /** The problems that caused rejections (not the records rejected along with them). */
  private final List<Problem> problems = new ArrayList<>();

  private final String source;
  private final List<String> extraColumns;
  int recordsRead;
  int recordsAccepted;

  Outcome(String source, List<String> extraColumns) {
    this.source = source;
    this.extraColumns = extraColumns;
  }

  void accept(Poll poll) {
    accepted.add(poll);
  }

  /** Rejects a record because of its own problem. */
  void reject(CsvRecord record, Problem problem) {
    problems.add(problem);
    rejectAlong(record, problem.message());
  }

  /** Rejects a record because another record of the same poll was rejected. */
  void rejectAlong(CsvRecord record, String reason) {
    rejectedLine.append((int) Math.min(Integer.MAX_VALUE, record.line));
    rejectedRaw.append(record.raw());
    rejectedReason.append(reason);
  }

  ReadResult result() {
    Table rejected =
        Table.create(source + " (rejected)", rejectedLine, rejectedRaw, rejectedReason)
            .sortAscendingOn(REJECTED_LINE);
    return new ReadResult(
        source, accepted, extraColumns, rejected, problems, null, recordsRead, recordsAccepted);
  }
}
