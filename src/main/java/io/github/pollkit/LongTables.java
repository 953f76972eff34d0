package io.github.pollkit;

import static io.github.pollkit.PollColumns.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Converts between the long poll table ({@link PollColumns}) and {@link Poll} values. */
final class LongTables {
  private LongTables() {}

  private static final Map<String, ColumnType> TYPES = new LinkedHashMap<>();

  static {
    for (String c : STANDARD) {
      TYPES.put(c, ColumnType.STRING);
    }
    TYPES.put(RECORD, ColumnType.INTEGER);
    TYPES.put(LINE, ColumnType.INTEGER);
    TYPES.put(FIELD_START, ColumnType.LOCAL_DATE);
    TYPES.put(FIELD_END, ColumnType.LOCAL_DATE);
    TYPES.put(SAMPLE_SIZE, ColumnType.DOUBLE);
    TYPES.put(SHARE, ColumnType.DOUBLE);
    TYPES.put(SHARE_LOW, ColumnType.DOUBLE);
    TYPES.put(SHARE_HIGH, ColumnType.DOUBLE);
  }

  /** The poll's value of each text metadata column ({@link PollColumns#TEXT_METADATA}). */
  private static final Map<String, Function<Poll, String>> TEXT_OF = Map.ofEntries(
      Map.entry(POLL_ID, Poll::pollId),
      Map.entry(POLLSTER, Poll::pollster),
      Map.entry(SPONSOR, Poll::sponsor),
      Map.entry(DATE_PRECISION, Poll::datePrecision),
      Map.entry(POPULATION, Poll::population),
      Map.entry(BASE, Poll::base),
      Map.entry(MODE, Poll::mode),
      Map.entry(QUESTION, Poll::question),
      Map.entry(QUESTION_GROUP, Poll::questionGroup),
      Map.entry(SOURCE_URL, Poll::sourceUrl),
      Map.entry(NOTE, Poll::note));

  /** Reads polls from a long table; rows of one poll share the {@code record} number. */
  static List<Poll> toPolls(Table t) {
    checkSchema(t);
    IntColumn record = t.intColumn(RECORD);
    IntColumn line = t.intColumn(LINE);
    DateColumn start = t.dateColumn(FIELD_START);
    DateColumn end = t.dateColumn(FIELD_END);
    DoubleColumn n = t.doubleColumn(SAMPLE_SIZE);
    StringColumn option = t.stringColumn(OPTION);
    DoubleColumn share = t.doubleColumn(SHARE);
    DoubleColumn low = t.doubleColumn(SHARE_LOW);
    DoubleColumn high = t.doubleColumn(SHARE_HIGH);
    List<String> extraNames = extraColumns(t);

    Map<Integer, List<Integer>> rowsByRecord = new LinkedHashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      if (record.isMissing(r)) {
        throw new IllegalArgumentException("column 'record' must not be missing, row " + r);
      }
      rowsByRecord.computeIfAbsent(record.getInt(r), k -> new ArrayList<>()).add(r);
    }
    List<Poll> polls = new ArrayList<>(rowsByRecord.size());
    for (var e : rowsByRecord.entrySet()) {
      int first = e.getValue().get(0);
      Map<String, Share> shares = new LinkedHashMap<>();
      for (int r : e.getValue()) {
        for (String c : PollColumns.TEXT_METADATA) {
          String a = t.stringColumn(c).get(first);
          String b = t.stringColumn(c).get(r);
          if (!a.equals(b)) {
            throw new IllegalArgumentException(
                "rows of record " + e.getKey() + " disagree on column '" + c + "': '" + a
                    + "' and '" + b + "'");
          }
        }
        String opt = option.get(r);
        if (opt.isEmpty()) {
          throw new IllegalArgumentException("column 'option' must not be empty, record " + e.getKey());
        }
        Share value;
        try {
          value = new Share(share.getDouble(r), low.getDouble(r), high.getDouble(r));
        } catch (IllegalArgumentException bad) {
          throw new IllegalArgumentException(
              "record " + e.getKey() + ", option '" + opt + "': " + bad.getMessage(), bad);
        }
        if (shares.put(opt, value) != null) {
          throw new IllegalArgumentException(
              "record " + e.getKey() + " has option '" + opt + "' twice");
        }
      }
      Map<String, String> extras = new LinkedHashMap<>();
      for (String c : extraNames) {
        extras.put(c, t.stringColumn(c).get(first));
      }
      polls.add(
          new Poll(
              e.getKey(),
              line.isMissing(first) ? 0 : line.getInt(first),
              text(t, POLL_ID, first),
              text(t, POLLSTER, first),
              text(t, SPONSOR, first),
              start.get(first),
              end.get(first),
              text(t, DATE_PRECISION, first),
              text(t, POPULATION, first),
              text(t, BASE, first),
              n.getDouble(first),
              text(t, MODE, first),
              text(t, QUESTION, first),
              text(t, QUESTION_GROUP, first),
              shares,
              text(t, SOURCE_URL, first),
              text(t, NOTE, first),
              extras));
    }
    return polls;
  }

  /** The long table of these polls: one row per poll and option. */
  static Table toTable(String name, List<Poll> polls, List<String> extraNames) {
    IntColumn record = IntColumn.create(RECORD);
    IntColumn line = IntColumn.create(LINE);
    DateColumn start = DateColumn.create(FIELD_START);
    DateColumn end = DateColumn.create(FIELD_END);
    DoubleColumn n = DoubleColumn.create(SAMPLE_SIZE);
    StringColumn option = StringColumn.create(OPTION);
    DoubleColumn share = DoubleColumn.create(SHARE);
    DoubleColumn low = DoubleColumn.create(SHARE_LOW);
    DoubleColumn high = DoubleColumn.create(SHARE_HIGH);
    Map<String, StringColumn> text = new LinkedHashMap<>();
    for (String c : TEXT_METADATA) {
      text.put(c, StringColumn.create(c));
    }
    Map<String, StringColumn> extras = new LinkedHashMap<>();
    for (String c : extraNames) {
      extras.put(c, StringColumn.create(c));
    }
    for (Poll p : polls) {
      for (var s : p.shares().entrySet()) {
        record.append(p.record());
        line.append(p.line());
        start.append(p.fieldStart());
        end.append(p.fieldEnd());
        n.append(p.sampleSize());
        option.append(s.getKey());
        share.append(s.getValue().value());
        low.append(s.getValue().low());
        high.append(s.getValue().high());
        text.forEach((column, values) -> values.append(TEXT_OF.get(column).apply(p)));
        for (String c : extraNames) {
          extras.get(c).append(p.extras().getOrDefault(c, ""));
        }
      }
    }
    List<Column<?>> cols = new ArrayList<>();
    for (String c : STANDARD) {
      switch (c) {
        case RECORD -> cols.add(record);
        case LINE -> cols.add(line);
        case FIELD_START -> cols.add(start);
        case FIELD_END -> cols.add(end);
        case SAMPLE_SIZE -> cols.add(n);
        case OPTION -> cols.add(option);
        case SHARE -> cols.add(share);
        case SHARE_LOW -> cols.add(low);
        case SHARE_HIGH -> cols.add(high);
        default -> cols.add(text.get(c));
      }
    }
    cols.addAll(extras.values());
    return Table.create(name, cols.toArray(new Column<?>[0]));
  }

  /** Columns after the standard ones: extra source columns, kept as text. */
  static List<String> extraColumns(Table t) {
    List<String> extras = new ArrayList<>();
    for (String c : t.columnNames()) {
      if (!TYPES.containsKey(c)) {
        extras.add(c);
      }
    }
    return extras;
  }

  private static void checkSchema(Table t) {
    for (var e : TYPES.entrySet()) {
      if (!t.containsColumn(e.getKey())) {
        throw new IllegalArgumentException(
            "a poll table needs column '" + e.getKey() + "' (see PollColumns); columns were "
                + t.columnNames());
      }
      ColumnType actual = t.column(e.getKey()).type();
      if (!actual.equals(e.getValue())) {
        throw new IllegalArgumentException(
            "column '" + e.getKey() + "' must be of type " + e.getValue().name() + ", was "
                + actual.name());
      }
    }
    for (String c : extraColumns(t)) {
      if (!t.column(c).type().equals(ColumnType.STRING)) {
        throw new IllegalArgumentException(
            "extra column '" + c + "' must be of type STRING, was " + t.column(c).type().name());
      }
    }
  }

  private static String text(Table t, String column, int row) {
    return t.stringColumn(column).get(row);
  }
}
