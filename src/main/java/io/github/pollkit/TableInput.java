package io.github.pollkit;

import io.github.pollkit.model.Poll;
import io.github.pollkit.model.PollColumns;
import io.github.pollkit.model.PollTable;
import io.github.pollkit.model.RuleViolation;
import io.github.pollkit.model.Share;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Polls from any Tablesaw table that has the columns pollkit needs (see {@link PollSet#of(Table)}):
 * pollkit's full long table, or a table with only some of its columns, wide (numeric option
 * columns) or long ({@code option} and {@code share}). Columns missing from the table are missing
 * in every poll.
 */
final class TableInput {
  private TableInput() {}

  /** The polls of a table and its extra text columns. */
  record Polls(List<Poll> polls, List<String> extraColumns) {}

  /** Column names that stand for both fieldwork dates when the table has only one date. */
  private static final String DATE = "date";

  /**
   * Reads the polls of a table.
   *
   * @throws PollDataException naming the table, the row (1-based), the column and the value, for
   *     any problem of the table's data
   */
  static Polls read(Table t) {
    String source = "table '" + (t.name() == null ? "polls" : t.name()) + "'";
    try {
      return readUnchecked(t);
    } catch (Bad b) {
      return b.rethrow(source);
    }
  }

  /** A problem of the table, named by row (0-based; -1 for the whole table), column and value. */
  private static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int row;
    private final String column;
    private final String value;

    Bad(int row, String column, String value, String rule, Throwable cause) {
      super(rule, cause, false, false);
      this.row = row;
      this.column = column;
      this.value = value;
    }

    <T> T rethrow(String source) {
      PollDataException e =
          new PollDataException(
              row < 0 ? source : source + ", row " + (row + 1), 0, column, value, getMessage());
      if (getCause() != null) {
        e.initCause(getCause());
      }
      throw e;
    }
  }

  private static Bad bad(String rule) {
    return new Bad(-1, null, null, rule, null);
  }

  private static Bad bad(int row, String column, String value, String rule) {
    return new Bad(row, column, value, rule, null);
  }

  private static Polls readUnchecked(Table t) {
    if (t.columnNames().containsAll(PollColumns.STANDARD)) {
      try {
        return new Polls(PollTable.toPolls(t), PollTable.extraColumns(t));
      } catch (IllegalArgumentException e) {
        // PollTable names the column, the record and the value in its message
        throw new Bad(-1, null, null, e.getMessage(), e);
      }
    }
    Map<String, Column<?>> standard = new LinkedHashMap<>();
    Column<?> date = null;
    List<Column<?>> others = new ArrayList<>();
    for (Column<?> c : t.columns()) {
      String key = c.name().strip().toLowerCase(Locale.ROOT);
      if (PollColumns.STANDARD.contains(key)) {
        if (standard.put(key, c) != null) {
          throw bad(
              -1,
              c.name(),
              null,
              "is a second column named '" + key + "' (ignoring case): rename one");
        }
      } else if (key.equals(DATE)) {
        date = c;
      } else {
        others.add(c);
      }
    }
    if (date != null
        && (standard.containsKey(PollColumns.FIELD_START)
            || standard.containsKey(PollColumns.FIELD_END))) {
      throw bad(
          -1,
          date.name(),
          null,
          "is given beside 'field_start'/'field_end': give the fieldwork dates one way");
    }
    for (String key : standard.keySet()) {
      checkType(standard.get(key), key);
    }
    if (date != null) {
      checkType(date, PollColumns.FIELD_END);
    }
    boolean isLong =
        standard.containsKey(PollColumns.OPTION) || standard.containsKey(PollColumns.SHARE);
    if (isLong
        && !(standard.containsKey(PollColumns.OPTION) && standard.containsKey(PollColumns.SHARE))) {
      throw bad(
          "has '"
              + (standard.containsKey(PollColumns.OPTION) ? PollColumns.OPTION : PollColumns.SHARE)
              + "' but no '"
              + (standard.containsKey(PollColumns.OPTION) ? PollColumns.SHARE : PollColumns.OPTION)
              + "' column: a long table needs both (one row per poll and option); columns were "
              + t.columnNames());
    }
    if (standard.containsKey(PollColumns.SHARE_LOW)
        != standard.containsKey(PollColumns.SHARE_HIGH)) {
      throw bad(
          -1,
          standard.containsKey(PollColumns.SHARE_LOW)
              ? PollColumns.SHARE_LOW
              : PollColumns.SHARE_HIGH,
          null,
          "is one of 'share_low' and 'share_high' without the other: the table has only one of"
              + " 'share_low' and 'share_high', a published range needs both");
    }
    List<Column<?>> options = new ArrayList<>();
    Map<String, Column<?>> lows = new HashMap<>();
    Map<String, Column<?>> highs = new HashMap<>();
    List<Column<?>> extras = new ArrayList<>();
    for (Column<?> c : others) {
      if (c.type().equals(ColumnType.LOCAL_DATE) || c.type().equals(ColumnType.LOCAL_DATE_TIME)) {
        throw bad(
            -1,
            c.name(),
            null,
            "holds dates but is not a fieldwork date: name it 'date' (one date per poll),"
                + " or 'field_start' and 'field_end'");
      }
      if (!isLong && c instanceof NumericColumn<?>) {
        String name = c.name();
        if (name.endsWith("_low")) {
          lows.put(name.substring(0, name.length() - 4), c);
        } else if (name.endsWith("_high")) {
          highs.put(name.substring(0, name.length() - 5), c);
        } else {
          options.add(c);
        }
      } else {
        extras.add(c);
      }
    }
    for (Map<String, Column<?>> bounds : List.of(lows, highs)) {
      for (var e : bounds.entrySet()) {
        if (options.stream().noneMatch(o -> o.name().equals(e.getKey()))) {
          throw bad(
              -1,
              e.getValue().name(),
              null,
              "is a bound of option '" + e.getKey() + "', which has no column");
        }
      }
    }
    if (!isLong && options.isEmpty()) {
      throw bad(
          "has no answer options: give numeric option columns (one row per poll, e.g."
              + " 'support', 'oppose') or an 'option' text column with a numeric 'share' column (one"
              + " row per poll and option); columns were "
              + t.columnNames());
    }
    List<String> extraNames = extras.stream().map(Column::name).toList();
    List<Poll> polls =
        isLong
            ? fromLong(t, standard, date, extras)
            : fromWide(t, standard, date, options, lows, highs, extras);
    return new Polls(polls, extraNames);
  }

  private static void checkType(Column<?> c, String key) {
    ColumnType wanted = PollColumns.type(key);
    boolean ok =
        wanted.equals(ColumnType.DOUBLE)
            ? c instanceof NumericColumn<?>
            : wanted.equals(ColumnType.INTEGER) ? c instanceof IntColumn : c.type().equals(wanted);
    if (!ok) {
      throw bad(
          -1,
          c.name(),
          null,
          "must be "
              + (wanted.equals(ColumnType.DOUBLE) ? "numeric" : "of type " + wanted.name())
              + (wanted.equals(ColumnType.LOCAL_DATE)
                  ? " (parse the dates first, e.g. with Tablesaw's CsvReadOptions.dateFormat)"
                  : "")
              + ", was "
              + c.type().name());
    }
  }

  private static List<Poll> fromWide(
      Table t,
      Map<String, Column<?>> standard,
      Column<?> date,
      List<Column<?>> options,
      Map<String, Column<?>> lows,
      Map<String, Column<?>> highs,
      List<Column<?>> extras) {
    List<Poll> polls = new ArrayList<>(t.rowCount());
    for (int row = 0; row < t.rowCount(); row++) {
      Map<String, Share> shares = new LinkedHashMap<>();
      for (Column<?> o : options) {
        double value = number(o, row);
        double low = lows.containsKey(o.name()) ? number(lows.get(o.name()), row) : Double.NaN;
        double high = highs.containsKey(o.name()) ? number(highs.get(o.name()), row) : Double.NaN;
        if (Double.isNaN(value) && Double.isNaN(low) && Double.isNaN(high)) {
          continue;
        }
        shares.put(o.name(), share(value, low, high, row, o.name(), o.name()));
      }
      polls.add(poll(metadata(standard, date, row, row + 1), shares, extras(extras, row), row));
    }
    return polls;
  }

  private static List<Poll> fromLong(
      Table t, Map<String, Column<?>> standard, Column<?> date, List<Column<?>> extras) {
    StringColumn option = (StringColumn) standard.get(PollColumns.OPTION);
    Column<?> share = standard.get(PollColumns.SHARE);
    Column<?> low = standard.get(PollColumns.SHARE_LOW);
    Column<?> high = standard.get(PollColumns.SHARE_HIGH);
    Column<?> key =
        standard.containsKey(PollColumns.RECORD)
            ? standard.get(PollColumns.RECORD)
            : standard.get(PollColumns.POLL_ID);
    Map<Object, List<Integer>> rowsByPoll = new LinkedHashMap<>();
    for (int row = 0; row < t.rowCount(); row++) {
      Object k = key != null ? key.getString(row) : metadata(standard, date, row, 0);
      rowsByPoll.computeIfAbsent(k, x -> new ArrayList<>()).add(row);
    }
    List<Poll> polls = new ArrayList<>(rowsByPoll.size());
    int record = 0;
    for (List<Integer> rows : rowsByPoll.values()) {
      record++;
      int first = rows.get(0);
      Map<String, Object> metadata = metadata(standard, date, first, record);
      Map<String, Share> shares = new LinkedHashMap<>();
      Map<String, Poll.OptionRow> optionRows = new LinkedHashMap<>();
      for (int row : rows) {
        String differs =
            PollColumns.firstDifference(metadata, metadata(standard, date, row, record));
        if (differs != null) {
          throw bad(
              row,
              standard.containsKey(differs) ? standard.get(differs).name() : differs,
              standard.containsKey(differs) ? standard.get(differs).getString(row) : null,
              "disagrees with row "
                  + (first + 1)
                  + ": rows "
                  + (first + 1)
                  + " and "
                  + (row + 1)
                  + " belong to one poll but disagree on '"
                  + differs
                  + "'");
        }
        String name = option.get(row);
        if (name == null || name.isBlank()) {
          throw bad(row, option.name(), name, "is empty: column 'option' must not be empty");
        }
        double value = number(share, row);
        double lo = low == null ? Double.NaN : number(low, row);
        double hi = high == null ? Double.NaN : number(high, row);
        if (Double.isNaN(value) && Double.isNaN(lo) && Double.isNaN(hi)) {
          continue;
        }
        if (shares.put(name, share(value, lo, hi, row, share.name(), name)) != null) {
          throw bad(
              row,
              option.name(),
              name,
              "repeats option '"
                  + name
                  + "' of its poll"
                  + (key == null
                      ? ": give a 'poll_id' or 'record' column to tell polls apart"
                      : ""));
        }
        optionRows.put(name, new Poll.OptionRow(0, extras(extras, row)));
      }
      Map<String, String> firstExtras = extras(extras, first);
      optionRows.values().removeIf(r -> r.extras().equals(firstExtras));
      polls.add(pollWithRows(metadata, shares, firstExtras, optionRows, first));
    }
    return polls;
  }

  private static Map<String, Object> metadata(
      Map<String, Column<?>> standard, Column<?> date, int row, int record) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String c : PollColumns.METADATA) {
      Column<?> column = standard.get(c);
      Object value;
      if (column == null) {
        value =
            c.equals(PollColumns.FIELD_START) || c.equals(PollColumns.FIELD_END)
                ? (date == null ? null : ((DateColumn) date).get(row))
                : PollColumns.type(c).equals(ColumnType.DOUBLE)
                    ? Double.NaN
                    : PollColumns.type(c).equals(ColumnType.INTEGER) ? 0 : "";
      } else if (PollColumns.type(c).equals(ColumnType.DOUBLE)) {
        value = number(column, row);
      } else if (PollColumns.type(c).equals(ColumnType.INTEGER)) {
        value = column.isMissing(row) ? 0 : ((IntColumn) column).getInt(row);
      } else if (PollColumns.type(c).equals(ColumnType.LOCAL_DATE)) {
        value = ((DateColumn) column).get(row);
      } else {
        value = column.isMissing(row) ? "" : column.getString(row);
      }
      values.put(c, value);
    }
    if (!standard.containsKey(PollColumns.RECORD)) {
      values.put(PollColumns.RECORD, record);
    } else if ((Integer) values.get(PollColumns.RECORD) < 1) {
      Column<?> column = standard.get(PollColumns.RECORD);
      throw bad(
          row,
          column.name(),
          column.isMissing(row) ? "" : column.getString(row),
          "is not a positive number: column 'record' must hold a positive number in every row");
    }
    return values;
  }

  private static double number(Column<?> c, int row) {
    return c.isMissing(row) ? Double.NaN : ((NumericColumn<?>) c).getDouble(row);
  }

  private static Share share(
      double value, double low, double high, int row, String column, String option) {
    try {
      return new Share(value, low, high);
    } catch (RuleViolation e) {
      double bad =
          switch (e.argument()) {
            case "low" -> low;
            case "high" -> high;
            default -> value;
          };
      throw new Bad(
          row, column, String.valueOf(bad), "option '" + option + "': " + e.getMessage(), e);
    }
  }

  private static Map<String, String> extras(List<Column<?>> extras, int row) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Column<?> c : extras) {
      values.put(c.name(), c.isMissing(row) ? "" : c.getString(row));
    }
    return values;
  }

  private static Poll poll(
      Map<String, Object> metadata,
      Map<String, Share> shares,
      Map<String, String> extras,
      int row) {
    return pollWithRows(metadata, shares, extras, Map.of(), row);
  }

  private static Poll pollWithRows(
      Map<String, Object> metadata,
      Map<String, Share> shares,
      Map<String, String> extras,
      Map<String, Poll.OptionRow> optionRows,
      int row) {
    try {
      return PollColumns.poll(metadata, shares, extras, optionRows);
    } catch (RuleViolation e) {
      String column =
          switch (e.argument()) {
            case "fieldEnd" -> PollColumns.FIELD_END;
            case "sampleSize" -> PollColumns.SAMPLE_SIZE;
            default -> null;
          };
      throw new Bad(
          row,
          column,
          column == null ? null : String.valueOf(metadata.get(column)),
          e.getMessage(),
          e);
    }
  }
}
