package io.github.pollkit.io;

import io.github.pollkit.model.Poll;
import io.github.pollkit.model.PollColumns;
import io.github.pollkit.model.Share;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns the records of a wide or long poll file into accepted polls and rejected records. */
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
        Map<String, Object> metadata = parser.metadata(r);
        Map<String, Share> shares = new LinkedHashMap<>();
        double tolerance = 0;
        for (ColumnPlan.OptionColumns o : plan.options) {
          Cells.WrittenShare share = parser.share(r, o.share(), o.low(), o.high());
          if (share != null) {
            shares.put(o.name(), share.share());
            tolerance += share.halfUnit();
          }
        }
        checkSum(r, shares, tolerance, "");
        out.accept(build(r, metadata, ordinal, shares, extras(r), Map.of(), ""));
        out.recordsAccepted++;
      } catch (Rejection e) {
        out.reject(r, e.problem);
      }
    }
  }

  /**
   * A poll with its line and record number (its 'record' cell, unique in the file, or its ordinal);
   * the rules of {@link Poll} are checked here, once.
   */
  private Poll build(
      CsvRecord r,
      Map<String, Object> metadata,
      int ordinal,
      Map<String, Share> shares,
      Map<String, String> extras,
      Map<String, Poll.OptionRow> optionRows,
      String label) {
    int given = (Integer) metadata.get(PollColumns.RECORD);
    metadata.put(PollColumns.RECORD, given == 0 ? ordinal : given);
    metadata.put(PollColumns.LINE, line(r));
    Poll poll = parser.poll(r, metadata, shares, extras, optionRows, label);
    if (given != 0) {
      Long earlier = recordLines.putIfAbsent(given, r.line);
      if (earlier != null) {
        throw parser.fail(
            r,
            plan.column(PollColumns.RECORD),
            "is also the record number of the poll on line "
                + earlier
                + ": record numbers must be unique");
      }
    }
    return poll;
  }

  private static int line(CsvRecord r) {
    return (int) Math.min(Integer.MAX_VALUE, r.line);
  }

  private Map<String, String> extras(CsvRecord r) {
    String[] values = parser.extras(r);
    Map<String, String> extras = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      extras.put(plan.names[plan.extras[i]], values[i]);
    }
    return extras;
  }

  /** One record of a long file, parsed as far as it goes. */
  private static final class Row {
    final CsvRecord record;
    Map<String, Object> metadata;
    String option;
    Cells.WrittenShare share;
    Map<String, String> extras;
    Rejection error;

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
    Map<String, CsvRecord> optionSpellings = new HashMap<>();
    for (CsvRecord r = nextRecord(records); r != null; r = nextRecord(records)) {
      out.recordsRead++;
      String key;
      try {
        parser.checkShape(r);
        key = pollKey(r);
      } catch (Rejection e) {
        out.reject(r, e.problem);
        continue;
      }
      Row row = new Row(r);
      try {
        row.metadata = parser.metadata(r);
        row.option = parser.cell(r, optionColumn);
        if (row.option == null) {
          throw parser.fail(
              r, optionColumn, "is missing: every row of a long file names its option");
        }
        checkOptionSpelling(r, optionColumn, row.option, optionSpellings);
        row.share = parser.share(r, shareColumn, lowColumn, highColumn);
        row.extras = extras(r);
      } catch (Rejection e) {
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
        out.reject(row.record, row.error.problem);
        rowErrors = true;
      }
    }
    Row first = rows.get(0);
    Rejection pollError = null;
    if (!rowErrors) {
      try {
        checkPoll(key, rows, optionColumn);
        Map<String, Share> shares = new LinkedHashMap<>();
        Map<String, Poll.OptionRow> optionRows = new LinkedHashMap<>();
        double tolerance = 0;
        for (Row row : rows) {
          if (row.share != null) {
            shares.put(row.option, row.share.share());
            optionRows.put(row.option, new Poll.OptionRow(line(row.record), row.extras));
            tolerance += row.share.halfUnit();
          }
        }
        String label = "poll '" + key + "' ";
        checkSum(first.record, shares, tolerance, label);
        out.accept(
            build(first.record, first.metadata, ordinal, shares, first.extras, optionRows, label));
        out.recordsAccepted += rows.size();
        return;
      } catch (Rejection e) {
        pollError = e;
      }
    }
    for (Row row : rows) {
      if (row.error != null) {
        continue;
      }
      if (pollError != null && pollError.problem.line() == row.record.line) {
        out.reject(row.record, pollError.problem);
        pollError = null;
      } else {
        out.rejectAlong(
            row.record,
            "belongs to poll '" + key + "', which was rejected because of another of its records");
      }
    }
  }

  /**
   * An option is spelled one way in the whole file: options that differ only in case would be two
   * series, and two columns that a table cannot tell apart in {@code PollSet.wide()}.
   */
  private void checkOptionSpelling(
      CsvRecord r, int optionColumn, String option, Map<String, CsvRecord> spellings) {
    CsvRecord first = spellings.putIfAbsent(option.toLowerCase(Locale.ROOT), r);
    if (first != null) {
      String earlier = parser.cell(first, optionColumn);
      if (!earlier.equals(option)) {
        throw parser.fail(
            r,
            optionColumn,
            "differs only in case from the option '"
                + earlier
                + "' on line "
                + first.line
                + ": spell each option one way");
      }
    }
  }

  /** Rows of one poll must agree on metadata and name each option once. */
  private void checkPoll(String key, List<Row> rows, int optionColumn) {
    Row first = rows.get(0);
    Map<String, Long> optionLines = new HashMap<>();
    for (Row row : rows) {
      String differs = PollColumns.firstDifference(first.metadata, row.metadata);
      if (differs != null) {
        int column = plan.column(differs);
        throw parser.fail(
            row.record,
            column,
            "disagrees with line "
                + first.record.line
                + " of the same poll '"
                + key
                + "', which has '"
                + first.record.fields[column]
                + "': the rows of one poll must agree on its metadata");
      }
      Long earlier = optionLines.putIfAbsent(row.option, row.record.line);
      if (earlier != null) {
        throw parser.fail(
            row.record,
            optionColumn,
            "appears twice in poll '"
                + key
                + "' (lines "
                + earlier
                + " and "
                + row.record.line
                + "): a poll names each option once");
      }
    }
  }

  /**
   * The options of a poll may not add up to more than 100 beyond rounding. Each share rounded to
   * its last decimal place is off by at most half a unit of that place, so the true shares can add
   * up to 100 only if the written ones add up to at most 100 + the sum of those half units (e.g. 43
   * + 33 + 18 + 7 = 101 &lt;= 102 passes). A range counts with its low bound.
   */
  private void checkSum(CsvRecord r, Map<String, Share> shares, double tolerance, String poll) {
    double sum = 0;
    for (Share s : shares.values()) {
      sum += s.isRange() ? s.low() : s.value();
    }
    double allowed = 100 + tolerance;
    if (sum > allowed + 1e-9) {
      throw new Rejection(
          plan.source,
          r.line,
          null,
          Cells.format(Math.round(sum * 1e9) / 1e9),
          "is the sum of the options "
              + String.join(", ", shares.keySet())
              + " of "
              + poll.strip()
              + (poll.isEmpty() ? "this poll" : "")
              + ": the options of one poll may add up to at most "
              + Cells.format(Math.round(allowed * 1e9) / 1e9)
              + " (100 plus half a unit of the last decimal place per option, for rounding)");
    }
  }

  private String pollKey(CsvRecord r) {
    StringBuilder key = new StringBuilder();
    for (int column : plan.key) {
      String value = parser.cell(r, column);
      if (value == null) {
        throw parser.fail(
            r,
            column,
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
