package io.github.pollkit.io;

import io.github.pollkit.PollColumns;
import io.github.pollkit.PollDataException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the cells of one record into typed values, naming file, line and column on failure. */
final class RecordParser {
  private static final List<String> TEXT = PollColumns.TEXT_METADATA;
  private final ColumnPlan plan;
  private final ReadOptions options;
  private final int[] textColumns = new int[TEXT.size()];
  private final int fieldStart;
  private final int fieldEnd;
  private final int sampleSize;
  private final int record;
  private final int pollster;
  /** Dates already parsed: poll files repeat the same few hundred dates many times. */
  private final Map<String, LocalDate> dates = new HashMap<>();

  RecordParser(ColumnPlan plan, ReadOptions options) {
    this.plan = plan;
    this.options = options;
    for (int i = 0; i < textColumns.length; i++) {
      textColumns[i] = plan.column(TEXT.get(i));
    }
    fieldStart = plan.column(PollColumns.FIELD_START);
    fieldEnd = plan.column(PollColumns.FIELD_END);
    sampleSize = plan.column(PollColumns.SAMPLE_SIZE);
    record = plan.column(PollColumns.RECORD);
    pollster = TEXT.indexOf(PollColumns.POLLSTER);
  }

  /** Checks that the record could be tokenized and has as many fields as the header. */
  void checkShape(CsvRecord r) {
    if (r.error != null) {
      throw new PollDataException(plan.source, r.line, null, null, "record " + r.error);
    }
    if (r.fields.length != plan.names.length) {
      throw new PollDataException(
          plan.source, r.line, null, null,
          "record has " + r.fields.length + (r.fields.length == 1 ? " field" : " fields")
              + " but the header has " + plan.names.length
              + ": every record needs one field per column (quote fields that hold commas)");
    }
  }

  /** The cell at {@code column}, or {@code null} when the column is absent or the cell missing. */
  String cell(CsvRecord r, int column) {
    if (column < 0) {
      return null;
    }
    String value = r.fields[column];
    if (r.quoted[column]) {
      return value.isEmpty() ? null : value;
    }
    return options.isMissing(value) ? null : value;
  }

  PollMeta meta(CsvRecord r) {
    String[] text = new String[textColumns.length];
    for (int i = 0; i < text.length; i++) {
      String value = cell(r, textColumns[i]);
      text[i] = value == null ? "" : value;
    }
    if (options.hasPollsterAliases() && !text[pollster].isEmpty()) {
      text[pollster] = canonicalPollsters(text[pollster]);
    }
    LocalDate start = date(r, fieldStart);
    LocalDate end = date(r, fieldEnd);
    if (start != null && end != null && end.isBefore(start)) {
      throw fail(r, fieldEnd, "is before field start " + start + ": fieldwork cannot end before it starts");
    }
    double n = Double.NaN;
    String sizeCell = cell(r, sampleSize);
    if (sizeCell != null) {
      try {
        n = Cells.sampleSize(sizeCell, options.decimalComma());
      } catch (CellException e) {
        throw fail(r, sampleSize, e.rule());
      }
    }
    int recordNumber = 0;
    String recordCell = cell(r, record);
    if (recordCell != null) {
      try {
        recordNumber = Cells.recordNumber(recordCell);
      } catch (CellException e) {
        throw fail(r, record, e.rule());
      }
    } else if (record >= 0) {
      throw fail(r, record, "is missing: a record number is required when the file has a 'record' column");
    }
    return new PollMeta(text, start, end, n, recordNumber);
  }

  private String canonicalPollsters(String pollsters) {
    if (pollsters.indexOf(';') < 0) {
      return options.canonicalPollster(pollsters);
    }
    String[] parts = pollsters.split(";", -1);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        joined.append("; ");
      }
      joined.append(options.canonicalPollster(parts[i].strip()));
    }
    return joined.toString();
  }

  private LocalDate date(CsvRecord r, int column) {
    String value = cell(r, column);
    if (value == null) {
      return null;
    }
    LocalDate date = dates.get(value);
    if (date != null) {
      return date;
    }
    try {
      date = Cells.date(value, options.dateFormats(), options.dateFormatNames());
    } catch (CellException e) {
      throw fail(r, column, e.rule());
    }
    dates.put(value, date);
    return date;
  }

  /**
   * The share of one option from its cell and optional range-bound cells, or {@code null} when
   * all are missing.
   */
  Cells.Share share(CsvRecord r, int shareColumn, int lowColumn, int highColumn) {
    String shareCell = cell(r, shareColumn);
    String lowCell = cell(r, lowColumn);
    String highCell = cell(r, highColumn);
    Cells.Share value = null;
    if (shareCell != null) {
      try {
        value = Cells.share(shareCell, options.decimalComma());
      } catch (CellException e) {
        throw fail(r, shareColumn, e.rule());
      }
    }
    if (lowCell == null && highCell == null) {
      return value;
    }
    if (lowCell == null || highCell == null) {
      int given = lowCell == null ? highColumn : lowColumn;
      int absent = lowCell == null ? lowColumn : highColumn;
      throw fail(r, given,
          "is one bound of a range whose other bound '" + plan.names[absent]
              + "' is missing: a published range needs both bounds");
    }
    double low = bound(r, lowColumn, lowCell);
    double high = bound(r, highColumn, highCell);
    try {
      Cells.checkRangeOrder(low, high);
    } catch (CellException e) {
      throw fail(r, lowColumn, "exceeds the high bound '" + highCell + "' in '"
          + plan.names[highColumn] + "': a range's low bound cannot exceed its high bound");
    }
    double halfUnit = Cells.shareNumber(lowCell, options.decimalComma()).halfUnit();
    if (value == null) {
      return new Cells.Share((low + high) / 2, low, high, halfUnit);
    }
    if (value.isRange()) {
      throw fail(r, shareColumn,
          "is a range although '" + plan.names[lowColumn] + "' and '" + plan.names[highColumn]
              + "' give one too: give a range in one place only");
    }
    if (value.share() < low || value.share() > high) {
      throw fail(r, shareColumn,
          "lies outside the published range [" + lowCell + ", " + highCell + "] given by '"
              + plan.names[lowColumn] + "' and '" + plan.names[highColumn] + "'");
    }
    return new Cells.Share(value.share(), low, high, halfUnit);
  }

  private double bound(CsvRecord r, int column, String cell) {
    try {
      return Cells.shareNumber(cell, options.decimalComma()).value();
    } catch (CellException e) {
      throw fail(r, column, e.rule());
    }
  }

  String[] extras(CsvRecord r) {
    String[] values = new String[plan.extras.length];
    for (int i = 0; i < values.length; i++) {
      String value = cell(r, plan.extras[i]);
      values[i] = value == null ? "" : value;
    }
    return values;
  }

  PollDataException fail(CsvRecord r, int column, String rule) {
    return new PollDataException(plan.source, r.line, plan.names[column], r.fields[column], rule);
  }
}
