package io.github.pollkit.io;

import io.github.pollkit.model.Poll;
import io.github.pollkit.model.PollColumns;
import io.github.pollkit.model.Problem;
import io.github.pollkit.model.Share;
import java.util.ArrayList;
import java.util.Arrays;
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

  /** Options spelled as the first row that named them, each kept once. */
  private final Map<String, String> goodSpellings = new HashMap<>();

  /** The columns of a long file that belong to one option's row rather than to its poll. */
  private boolean[] perRowColumn;

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
        int given = (Integer) metadata.get(PollColumns.RECORD);
        Poll poll = build(r, metadata, ordinal, shares, extras(r), Map.of(), "");
        checkRecordNumber(given, r.line, recordCell(r, given));
        out.accept(poll);
        out.recordsAccepted++;
      } catch (Rejection e) {
        out.reject(r, e.problem);
      }
    }
  }

  /**
   * A poll with its line and record number (its 'record' cell, or its ordinal); the rules of {@link
   * Poll} are checked here, once. That a given record number is unique in the file is checked by
   * {@link #checkRecordNumber}, in the order of the polls.
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
    return parser.poll(r, metadata, shares, extras, optionRows, label);
  }

  /**
   * Record numbers given by a 'record' column are unique in the file.
   *
   * @param given the record number of a poll's first record, or {@code 0} when the file has none
   * @param line that record's line
   * @param cell its 'record' cell
   */
  private void checkRecordNumber(int given, long line, String cell) {
    if (given == 0) {
      return;
    }
    Long earlier = recordLines.putIfAbsent(given, line);
    if (earlier != null) {
      throw new Rejection(
          plan.source,
          line,
          plan.names[plan.column(PollColumns.RECORD)],
          cell,
          "is also the record number of the poll on line "
              + earlier
              + ": record numbers must be unique");
    }
  }

  /** The 'record' cell of a record whose record number is {@code given}, or null if none. */
  private String recordCell(CsvRecord r, int given) {
    return given == 0 ? null : r.fields[plan.column(PollColumns.RECORD)];
  }

  private static int line(CsvRecord r) {
    return (int) Math.min(Integer.MAX_VALUE, r.line);
  }

  private Map<String, String> extras(CsvRecord r) {
    if (plan.extras.length == 0) {
      return Map.of();
    }
    String[] values = parser.extras(r);
    Map<String, String> extras = new LinkedHashMap<>(2 * values.length);
    for (int i = 0; i < values.length; i++) {
      extras.put(plan.names[plan.extras[i]], values[i]);
    }
    return extras;
  }

  /** One record of a long file, parsed as far as it goes. */
  private static final class Row {
    CsvRecord record;
    Map<String, Object> metadata;
    String option;
    Cells.WrittenShare share;
    Map<String, String> extras;
    Rejection error;

    /** Whether the metadata cells are those of the poll's first row (metadata left unread). */
    boolean sameMetadata;

    Row(CsvRecord record) {
      this.record = record;
    }
  }

  /** The first spelling of an option (compared ignoring case) and its line. */
  private record Spelling(String option, long line) {}

  /** A record rejected when its poll was closed: with its own problem, or along with the poll. */
  private record Verdict(CsvRecord record, Problem problem, String reason) {}

  /**
   * The rows of one poll of a long file. While its rows come one after another the poll is open:
   * each row is checked against the first as it comes (metadata, repeated options), and only the
   * first keeps its fields and metadata. When a row of another poll follows, the poll is closed: it
   * becomes a {@link Poll} or its rejected records, and only the positions of its records are kept.
   * If a later row belongs to it after all, it is opened again from those positions (its records
   * read again) and stays open to the end of the file, so each record is read at most twice.
   */
  private static final class LongPoll {
    final String key;
    final int ordinal;

    /** Where each record of the poll starts: its line (high 32 bits) and offset in the text. */
    long[] positions = new long[4];

    int size;
    List<Row> rows = new ArrayList<>(4);
    Map<String, Long> optionLines = new HashMap<>(8);
    boolean rowErrors;
    Rejection pollError;
    boolean reopened;

    /** Set when closed: the poll, or null when its records are rejected. */
    Poll accepted;

    int given;
    String recordCell;
    List<Verdict> verdicts;

    LongPoll(String key, int ordinal) {
      this.key = key;
      this.ordinal = ordinal;
    }

    boolean closed() {
      return rows == null;
    }
  }

  private void readLong(CsvTokenizer records) {
    int optionColumn = plan.column(PollColumns.OPTION);
    perRowColumn = new boolean[plan.names.length];
    for (String name :
        List.of(
            PollColumns.OPTION, PollColumns.SHARE, PollColumns.SHARE_LOW, PollColumns.SHARE_HIGH)) {
      if (plan.column(name) >= 0) {
        perRowColumn[plan.column(name)] = true;
      }
    }
    for (int column : plan.extras) {
      perRowColumn[column] = true;
    }
    Map<String, LongPoll> polls = new HashMap<>();
    List<LongPoll> inOrder = new ArrayList<>();
    Map<String, Spelling> optionSpellings = new HashMap<>();
    LongPoll open = null;
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
      LongPoll poll = polls.get(key);
      if (poll == null) {
        poll = new LongPoll(key.replace(String.valueOf(KEY_SEPARATOR), ", "), inOrder.size() + 1);
        polls.put(key, poll);
        inOrder.add(poll);
      }
      if (poll != open) {
        if (open != null && !open.reopened) {
          close(open);
        }
        if (poll.closed()) {
          long[] earlier = Arrays.copyOf(poll.positions, poll.size);
          poll.size = 0;
          poll.rows = new ArrayList<>(earlier.length + 1);
          poll.optionLines = new HashMap<>();
          poll.rowErrors = false;
          poll.pollError = null;
          poll.accepted = null;
          poll.verdicts = null;
          poll.reopened = true;
          for (long position : earlier) {
            add(
                poll,
                parseRow(reread(records, position), poll, optionColumn, optionSpellings),
                optionColumn);
          }
        }
        open = poll;
      }
      add(poll, parseRow(r, poll, optionColumn, optionSpellings), optionColumn);
    }
    for (LongPoll poll : inOrder) {
      if (!poll.closed()) {
        close(poll);
      }
      emit(poll, records);
    }
  }

  private Row parseRow(
      CsvRecord r, LongPoll poll, int optionColumn, Map<String, Spelling> optionSpellings) {
    Row row = new Row(r);
    try {
      if (sameMetadataCells(poll, r)) {
        row.sameMetadata = true; // the same cells read the same: no need to read them again
      } else {
        row.metadata = parser.metadata(r);
      }
      String option = parser.cell(r, optionColumn);
      if (option == null) {
        throw parser.fail(r, optionColumn, "is missing: every row of a long file names its option");
      }
      row.option = checkOptionSpelling(r, optionColumn, option, optionSpellings);
      row.share =
          parser.share(
              r,
              plan.column(PollColumns.SHARE),
              plan.column(PollColumns.SHARE_LOW),
              plan.column(PollColumns.SHARE_HIGH));
      row.extras = extras(r);
    } catch (Rejection e) {
      row.error = e;
    }
    return row;
  }

  /**
   * Whether a record has the same cells as the first row of its open poll in every column but the
   * option's own (option, share, bounds, extra columns), and that first row's metadata was read.
   */
  private boolean sameMetadataCells(LongPoll poll, CsvRecord r) {
    if (poll.rows.isEmpty() || poll.rows.get(0).metadata == null) {
      return false;
    }
    CsvRecord first = poll.rows.get(0).record;
    for (int c = 0; c < r.fields.length; c++) {
      if (!perRowColumn[c]
          && (first.quoted[c] != r.quoted[c] || !first.fields[c].equals(r.fields[c]))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds a row to an open poll: rows of one poll must agree on metadata and name each option once,
   * checked against the first row as the rows come; the first broken rule is kept (it counts only
   * if no row of the poll has an error of its own). Every row but the first lets go of its fields.
   */
  private void add(LongPoll poll, Row row, int optionColumn) {
    poll.rows.add(row);
    if (poll.size == poll.positions.length) {
      poll.positions = Arrays.copyOf(poll.positions, 2 * poll.size);
    }
    poll.positions[poll.size++] = row.record.line << 32 | row.record.start;
    if (row.error != null) {
      poll.rowErrors = true;
    } else if (!poll.rowErrors && poll.pollError == null) {
      poll.pollError = checkRow(poll, row, optionColumn);
    }
    if (poll.rows.size() > 1) {
      row.metadata = null;
      row.record = row.record.withoutFields();
    }
  }

  /** Whether a row agrees with the first row of its poll and names a new option. */
  private Rejection checkRow(LongPoll poll, Row row, int optionColumn) {
    Row first = poll.rows.get(0);
    String differs =
        row.sameMetadata ? null : PollColumns.firstDifference(first.metadata, row.metadata);
    if (differs != null) {
      int column = plan.column(differs);
      return parser.fail(
          row.record,
          column,
          "disagrees with line "
              + first.record.line
              + " of the same poll '"
              + poll.key
              + "', which has '"
              + first.record.fields[column]
              + "': the rows of one poll must agree on its metadata");
    }
    Long earlier = poll.optionLines.putIfAbsent(row.option, row.record.line);
    if (earlier != null) {
      return parser.fail(
          row.record,
          optionColumn,
          "appears twice in poll '"
              + poll.key
              + "' (lines "
              + earlier
              + " and "
              + row.record.line
              + "): a poll names each option once");
    }
    return null;
  }

  /** Closes a poll: its {@link Poll}, or the verdicts on its records; its rows are let go. */
  private void close(LongPoll poll) {
    List<Row> rows = poll.rows;
    Row first = rows.get(0);
    Rejection pollError = null;
    if (!poll.rowErrors) {
      try {
        if (poll.pollError != null) {
          throw poll.pollError;
        }
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
        String label = "poll '" + poll.key + "' ";
        checkSum(first.record, shares, tolerance, label);
        poll.given = (Integer) first.metadata.get(PollColumns.RECORD);
        poll.recordCell = recordCell(first.record, poll.given);
        poll.accepted =
            build(
                first.record,
                first.metadata,
                poll.ordinal,
                shares,
                first.extras,
                optionRows,
                label);
      } catch (Rejection e) {
        pollError = e;
      }
    }
    if (poll.accepted == null) {
      poll.verdicts = verdicts(poll, rows, pollError);
    }
    poll.rows = null;
    poll.optionLines = null;
    poll.pollError = null;
  }

  private static List<Verdict> verdicts(LongPoll poll, List<Row> rows, Rejection pollError) {
    List<Verdict> verdicts = new ArrayList<>();
    for (Row row : rows) {
      if (row.error != null) {
        verdicts.add(new Verdict(row.record, row.error.problem, null));
      }
    }
    for (Row row : rows) {
      if (row.error != null) {
        continue;
      }
      if (pollError != null && pollError.problem.line() == row.record.line) {
        verdicts.add(new Verdict(row.record, pollError.problem, null));
        pollError = null;
      } else {
        verdicts.add(
            new Verdict(
                row.record,
                null,
                "belongs to poll '"
                    + poll.key
                    + "', which was rejected because of another of its records"));
      }
    }
    return verdicts;
  }

  /** The record at a position of {@link LongPoll#positions}, read again. */
  private static CsvRecord reread(CsvTokenizer records, long position) {
    return records.reread(position >>> 32, (int) position);
  }

  /** Hands a closed poll to the outcome, in the order of the polls. */
  private void emit(LongPoll poll, CsvTokenizer records) {
    List<Verdict> verdicts = poll.verdicts;
    if (poll.accepted != null) {
      try {
        checkRecordNumber(poll.given, poll.positions[0] >>> 32, poll.recordCell);
        out.accept(poll.accepted);
        out.recordsAccepted += poll.size;
        return;
      } catch (Rejection e) {
        verdicts = new ArrayList<>();
        for (int i = 0; i < poll.size; i++) {
          CsvRecord record = reread(records, poll.positions[i]);
          verdicts.add(
              i == 0
                  ? new Verdict(record, e.problem, null)
                  : new Verdict(
                      record,
                      null,
                      "belongs to poll '"
                          + poll.key
                          + "', which was rejected because of another of its records"));
        }
      }
    }
    for (Verdict v : verdicts) {
      if (v.problem() != null) {
        out.reject(v.record(), v.problem());
      } else {
        out.rejectAlong(v.record(), v.reason());
      }
    }
  }

  /**
   * An option is spelled one way in the whole file: options that differ only in case would be two
   * series, and two columns that a table cannot tell apart in {@code PollSet.wide()}.
   *
   * @return the option, as the first row that named it spelled it (the same string, kept once)
   */
  private String checkOptionSpelling(
      CsvRecord r, int optionColumn, String option, Map<String, Spelling> spellings) {
    String known = goodSpellings.get(option);
    if (known != null) {
      return known; // spelled as the first row that named it: fine, now and always
    }
    Spelling first = spellings.get(option.toLowerCase(Locale.ROOT));
    if (first == null) {
      spellings.put(option.toLowerCase(Locale.ROOT), new Spelling(option, r.line));
      goodSpellings.put(option, option);
      return option;
    }
    if (!first.option().equals(option)) {
      throw parser.fail(
          r,
          optionColumn,
          "differs only in case from the option '"
              + first.option()
              + "' on line "
              + first.line()
              + ": spell each option one way");
    }
    return first.option();
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
    if (plan.key.length == 1) {
      String value = parser.cell(r, plan.key[0]);
      if (value != null) {
        return value; // the common key of one column: the cell itself
      }
    }
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
