package io.github.pollkit.io;

import io.github.pollkit.PollColumns;
import io.github.pollkit.PollDataException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the records of a wide or long poll file into accepted rows and rejected records. */
final class PollAssembler {
  private final ColumnPlan plan;
  private final RecordParser parser;
  private final Outcome out;
  /** Record numbers given by a 'record' column, with the line that used each. */
  private final Map<Integer, Long> recordLines = new HashMap<>();
  /** Separates the values of a composite poll key (a character no CSV cell should hold). */
  private static final char KEY_SEPARATOR = '\u001F';

  PollAssembler(ColumnPlan plan, ReadOptions options, Outcome out) {
    this.plan = plan;
    this.parser = new RecordParser(plan, options);
    this.out = out;
  }

  void readAll(CsvTokenizer records) {
    if (plan.layout == Layout.LONG) {
      readLong(records);
    } else {
      readWide(records);
    }
  }

  private void readWide(CsvTokenizer records) {
    int ordinal = 0;
    for (CsvRecord r = nextRecord(records); r != null; r = nextRecord(records)) {
      ordinal++;
      out.recordsRead++;
      try {
        parser.checkShape(r);
        PollMeta meta = parser.meta(r);
        List<String> names = new ArrayList<>();
        List<Cells.Share> shares = new ArrayList<>();
        for (ColumnPlan.OptionColumns o : plan.options) {
          Cells.Share share = parser.share(r, o.share(), o.low(), o.high());
          if (share != null) {
            names.add(o.name());
            shares.add(share);
          }
        }
        checkShares(r, names, shares, null);
        int recordNumber = claimRecordNumber(r, meta, ordinal);
        String[] extras = parser.extras(r);
        for (int i = 0; i < names.size(); i++) {
          out.accepted.add(recordNumber, r.line, meta, names.get(i), shares.get(i), extras);
        }
        out.recordsAccepted++;
      } catch (PollDataException e) {
        out.reject(r, e);
      }
    }
  }

  /** One record of a long file, parsed as far as it goes. */
  private static final class Row {
    final CsvRecord record;
    PollMeta meta;
    String option;
    Cells.Share share;
    String[] extras;
    PollDataException error;

    Row(CsvRecord record) {
      this.record = record;
    }
  }

  private void readLong(CsvTokenizer records) {
    int optionColumn = plan.column(PollColumns.OPTION);
    int shareColumn = plan.column(PollColumns.SHARE);
    int lowColumn = plan.column(PollColumns.SHARE_LOW);
    int highColumn = plan.column(PollColumns.SHARE_HIGH);
    Map<String, List<Row>> polls = new LinkedHashMap<>();
    for (CsvRecord r = nextRecord(records); r != null; r = nextRecord(records)) {
      out.recordsRead++;
      String key;
      try {
        parser.checkShape(r);
        key = pollKey(r);
      } catch (PollDataException e) {
        out.reject(r, e);
        continue;
      }
      Row row = new Row(r);
      try {
        row.meta = parser.meta(r);
        row.option = parser.cell(r, optionColumn);
        if (row.option == null) {
          throw parser.fail(r, optionColumn, "is missing: every row of a long file names its option");
        }
        row.share = parser.share(r, shareColumn, lowColumn, highColumn);
        row.extras = parser.extras(r);
      } catch (PollDataException e) {
        row.error = e;
      }
      polls.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    int ordinal = 0;
    for (Map.Entry<String, List<Row>> poll : polls.entrySet()) {
      ordinal++;
      String key = poll.getKey().replace(String.valueOf(KEY_SEPARATOR), ", ");
      acceptOrReject(key, poll.getValue(), ordinal, optionColumn);
    }
  }

  private void acceptOrReject(String key, List<Row> rows, int ordinal, int optionColumn) {
    boolean rowErrors = false;
    for (Row row : rows) {
      if (row.error != null) {
        out.reject(row.record, row.error);
        rowErrors = true;
      }
    }
    Row first = rows.get(0);
    PollDataException pollError = null;
    if (!rowErrors) {
      try {
        checkPoll(key, rows, optionColumn);
        List<String> names = new ArrayList<>();
        List<Cells.Share> shares = new ArrayList<>();
        for (Row row : rows) {
          if (row.share != null) {
            names.add(row.option);
            shares.add(row.share);
          }
        }
        checkShares(first.record, names, shares, key);
        int recordNumber = claimRecordNumber(first.record, first.meta, ordinal);
        for (Row row : rows) {
          if (row.share != null) {
            out.accepted.add(recordNumber, row.record.line, first.meta, row.option, row.share,
                row.extras);
          }
        }
        out.recordsAccepted += rows.size();
        return;
      } catch (PollDataException e) {
        pollError = e;
      }
    }
    for (Row row : rows) {
      if (row.error != null) {
        continue;
      }
      if (pollError != null && pollError.line() == row.record.line) {
        out.reject(row.record, pollError);
        pollError = null;
      } else {
        out.rejectAlong(row.record,
            "belongs to poll '" + key + "', which was rejected because of another of its records");
      }
    }
  }

  /** Rows of one poll must agree on metadata and name each option once. */
  private void checkPoll(String key, List<Row> rows, int optionColumn) {
    Row first = rows.get(0);
    Map<String, Long> optionLines = new HashMap<>();
    for (Row row : rows) {
      String differs = first.meta.firstDifference(row.meta);
      if (differs != null) {
        int column = plan.column(differs);
        throw parser.fail(row.record, column,
            "disagrees with line " + first.record.line + " of the same poll '" + key
                + "', which has '" + first.record.fields[column]
                + "': the rows of one poll must agree on its metadata");
      }
      Long earlier = optionLines.putIfAbsent(row.option, row.record.line);
      if (earlier != null) {
        throw parser.fail(row.record, optionColumn,
            "appears twice in poll '" + key + "' (lines " + earlier + " and " + row.record.line
                + "): a poll names each option once");
      }
    }
  }

  /** A poll needs a share, and its options may not add up to more than 100 beyond rounding. */
  private void checkShares(
      CsvRecord r, List<String> names, List<Cells.Share> shares, String key) {
    String poll = key == null ? "" : "poll '" + key + "' ";
    if (shares.isEmpty()) {
      throw new PollDataException(plan.source, r.line, null, null,
          poll + "has no share for any option: a poll needs at least one share");
    }
    double sum = 0;
    double tolerance = 0;
    for (Cells.Share s : shares) {
      sum += s.least();
      tolerance += s.halfUnit();
    }
    // Each share rounded to its last decimal place is off by at most half a unit of that place,
    // so the true shares can add up to 100 only if the written ones add up to at most
    // 100 + the sum of those half units (e.g. 43 + 33 + 18 + 7 = 101 <= 102 passes).
    double allowed = 100 + tolerance;
    if (sum > allowed + 1e-9) {
      throw new PollDataException(plan.source, r.line, null,
          Cells.format(Math.round(sum * 1e9) / 1e9),
          "is the sum of the options " + String.join(", ", names) + " of " + poll.strip()
              + (poll.isEmpty() ? "this poll" : "")
              + ": the options of one poll may add up to at most "
              + Cells.format(Math.round(allowed * 1e9) / 1e9)
              + " (100 plus half a unit of the last decimal place per option, for rounding)");
    }
  }

  /** The record number of a poll: its 'record' cell (unique in the file) or its ordinal. */
  private int claimRecordNumber(CsvRecord r, PollMeta meta, int ordinal) {
    if (meta.record == 0) {
      return ordinal;
    }
    Long earlier = recordLines.putIfAbsent(meta.record, r.line);
    if (earlier != null) {
      int column = plan.column(PollColumns.RECORD);
      throw parser.fail(r, column,
          "is also the record number of the poll on line " + earlier
              + ": record numbers must be unique");
    }
    return meta.record;
  }

  private String pollKey(CsvRecord r) {
    StringBuilder key = new StringBuilder();
    for (int column : plan.key) {
      String value = parser.cell(r, column);
      if (value == null) {
        throw parser.fail(r, column,
            "is missing: it is part of the key that tells which rows belong to one poll");
      }
      if (key.length() > 0) {
        key.append(KEY_SEPARATOR);
      }
      key.append(value);
    }
    return key.toString();
  }

  /** The next record that is not a line of white space only. */
  private static CsvRecord nextRecord(CsvTokenizer records) {
    CsvRecord r = records.next();
    while (r != null && isBlank(r)) {
      r = records.next();
    }
    return r;
  }

  static boolean isBlank(CsvRecord r) {
    return r.error == null && r.fields.length == 1 && !r.quoted[0] && r.fields[0].isEmpty();
  }
}
