package io.github.pollkit.model;

import static io.github.pollkit.model.PollColumns.LINE;
import static io.github.pollkit.model.PollColumns.OPTION;
import static io.github.pollkit.model.PollColumns.RECORD;
import static io.github.pollkit.model.PollColumns.SHARE;
import static io.github.pollkit.model.PollColumns.SHARE_HIGH;
import static io.github.pollkit.model.PollColumns.SHARE_LOW;
import static io.github.pollkit.model.PollColumns.STANDARD;

import io.github.pollkit.internal.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Converts between the long poll table ({@link PollColumns}) and {@link Poll} values: one row per
 * poll and option, the standard columns then the extra text columns.
 */
public final class PollTable {
  private PollTable() {}

  /**
   * The long table of these polls: one row per poll and option.
   *
   * @param name the table's name
   * @param polls the polls
   * @param extraNames the extra text columns, in order (a poll without one gets {@code ""})
   * @return a new table
   */
  public static Table toTable(String name, List<Poll> polls, List<String> extraNames) {
    List<Column<?>> columns = new ArrayList<>();
    for (String c : STANDARD) {
      columns.add(PollColumns.type(c).create(c));
    }
    for (String c : extraNames) {
      columns.add(ColumnType.STRING.create(c));
    }
    for (Poll p : polls) {
      for (var s : p.shares().entrySet()) {
        Map<String, String> extras = p.extrasOf(s.getKey());
        for (Column<?> column : columns) {
          column.appendObj(cell(p, s.getKey(), s.getValue(), extras, column.name()));
        }
      }
    }
    return Tables.of(name, columns);
  }

  private static Object cell(
      Poll p, String option, Share share, Map<String, String> extras, String column) {
    return switch (column) {
      case LINE -> p.lineOf(option);
      case OPTION -> option;
      case SHARE -> share.value();
      case SHARE_LOW -> share.low();
      case SHARE_HIGH -> share.high();
      default ->
          STANDARD.contains(column)
              ? PollColumns.metadata(p, column)
              : extras.getOrDefault(column, "");
    };
  }

  /**
   * Reads polls from a long table; rows of one poll share the {@code record} number.
   *
   * @param t a table in the long schema
   * @return the polls, in order of their first row
   * @throws IllegalArgumentException naming the row (1-based) where there is one, if a column is
   *     missing or of the wrong type, a record number is missing, rows of one record disagree on
   *     the poll's metadata, an option is empty or repeated, or a value breaks a rule of {@link
   *     Share} or {@link Poll}
   */
  public static List<Poll> toPolls(Table t) {
    checkSchema(t, null);
    List<Column<?>> extraColumns = new ArrayList<>();
    for (Column<?> c : t.columns()) {
      if (!STANDARD.contains(c.name())) {
        extraColumns.add(c); // looked up once: a lookup by name scans every column
      }
    }
    IntColumn record = t.intColumn(RECORD);
    IntColumn line = t.intColumn(LINE);
    Map<Integer, List<Integer>> rowsByRecord = new LinkedHashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      rowsByRecord.computeIfAbsent(record.getInt(r), k -> new ArrayList<>()).add(r);
    }
    List<Poll> polls = new ArrayList<>(rowsByRecord.size());
    for (var e : rowsByRecord.entrySet()) {
      int first = e.getValue().get(0);
      Map<String, Object> metadata = metadata(t, first);
      Map<String, Share> shares = new LinkedHashMap<>();
      Map<String, Poll.OptionRow> rows = new LinkedHashMap<>();
      for (int r : e.getValue()) {
        String differs = PollColumns.firstDifference(metadata, metadata(t, r));
        if (differs != null) {
          throw new IllegalArgumentException(
              "row "
                  + (r + 1)
                  + ": rows of record "
                  + e.getKey()
                  + " disagree on column '"
                  + differs
                  + "': '"
                  + t.column(differs).getString(first)
                  + "' and '"
                  + t.column(differs).getString(r)
                  + "'");
        }
        String opt = t.stringColumn(OPTION).get(r);
        if (opt.isEmpty()) {
          throw new IllegalArgumentException(
              "row " + (r + 1) + ": column 'option' must not be empty, record " + e.getKey());
        }
        Share value;
        try {
          value =
              new Share(
                  t.doubleColumn(SHARE).getDouble(r),
                  t.doubleColumn(SHARE_LOW).getDouble(r),
                  t.doubleColumn(SHARE_HIGH).getDouble(r));
        } catch (IllegalArgumentException bad) {
          throw new IllegalArgumentException(
              "row "
                  + (r + 1)
                  + ", record "
                  + e.getKey()
                  + ", option '"
                  + opt
                  + "': "
                  + bad.getMessage(),
              bad);
        }
        if (shares.put(opt, value) != null) {
          throw new IllegalArgumentException(
              "row " + (r + 1) + ": record " + e.getKey() + " has option '" + opt + "' twice");
        }
        Map<String, String> extras = new LinkedHashMap<>();
        for (Column<?> c : extraColumns) {
          extras.put(c.name(), (String) c.get(r));
        }
        rows.put(opt, new Poll.OptionRow(line.isMissing(r) ? 0 : line.getInt(r), extras));
      }
      Poll.OptionRow firstRow = rows.values().iterator().next();
      metadata.put(LINE, firstRow.line());
      try {
        polls.add(PollColumns.poll(metadata, shares, firstRow.extras(), rows));
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException(
            "row " + (first + 1) + ", record " + e.getKey() + ": " + bad.getMessage(), bad);
      }
    }
    return polls;
  }

  /** The values of the metadata columns in one row, as {@link PollColumns#metadata} gives them. */
  private static Map<String, Object> metadata(Table t, int row) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String c : PollColumns.METADATA) {
      Object value = t.column(c).get(row);
      values.put(c, value == null && c.equals(PollColumns.SAMPLE_SIZE) ? Double.NaN : value);
    }
    return values;
  }

  /**
   * The columns after the standard ones: extra source columns, kept as text.
   *
   * @param t a table
   * @return the names of its columns outside {@link PollColumns#STANDARD}, in order
   */
  public static List<String> extraColumns(Table t) {
    List<String> extras = new ArrayList<>(t.columnNames());
    extras.removeAll(STANDARD);
    return extras;
  }

  /**
   * Checks that a table is in the long schema: every standard column with its type, extra columns
   * as text, a positive record number in every row.
   *
   * @param t the table
   * @param argument the name of the table in messages, e.g. {@code "polls"}; {@code null} for a
   *     table that is the subject itself ("a poll table")
   * @throws IllegalArgumentException naming the first column that breaks the schema
   */
  public static void checkSchema(Table t, String argument) {
    String prefix = argument == null ? "" : argument + " ";
    for (String c : STANDARD) {
      if (!t.containsColumn(c)) {
        throw new IllegalArgumentException(
            argument == null
                ? "a poll table needs column '"
                    + c
                    + "' (see PollColumns); columns were "
                    + t.columnNames()
                : argument
                    + " must have the column '"
                    + c
                    + "' of pollkit's long schema "
                    + STANDARD
                    + ", has "
                    + t.columnNames());
      }
      ColumnType actual = t.column(c).type();
      if (!actual.equals(PollColumns.type(c))) {
        throw new IllegalArgumentException(
            prefix
                + "column '"
                + c
                + "' must be of type "
                + PollColumns.type(c).name()
                + ", was "
                + actual.name());
      }
    }
    for (Column<?> c : t.columns()) {
      if (!STANDARD.contains(c.name()) && !c.type().equals(ColumnType.STRING)) {
        throw new IllegalArgumentException(
            prefix
                + "extra column '"
                + c.name()
                + "' must be of type STRING, was "
                + c.type().name());
      }
    }
    IntColumn record = t.intColumn(RECORD);
    for (int row = 0; row < t.rowCount(); row++) {
      if (record.isMissing(row) || record.getInt(row) < 1) {
        throw new IllegalArgumentException(
            prefix
                + "column 'record' must hold a positive number in every row, row "
                + row
                + " has "
                + (record.isMissing(row) ? "none" : record.getString(row)));
      }
    }
  }
}
