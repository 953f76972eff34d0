package io.github.pollkit.io;

import io.github.pollkit.model.Poll;
import io.github.pollkit.model.PollColumns;
import io.github.pollkit.model.RuleViolation;
import io.github.pollkit.model.Share;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the cells of one record into typed values and builds {@link Poll} values from them, naming
 * file, line and column when a cell or a rule of the model is broken.
 */
final class RecordParser {
  private final ColumnPlan plan;
  private final ReadOptions options;

  /**
   * The years a date may have: four-digit years, as ISO 8601 writes them without a sign. Tablesaw
   * stores a year in 16 bits (a year beyond 32767 would wrap), and a span of centuries would only
   * make daily trend grids huge.
   */
  static final int MIN_YEAR = 1;

  /** See {@link #MIN_YEAR}. */
  static final int MAX_YEAR = 9999;

  /** Dates already parsed: poll files repeat the same few hundred dates many times. */
  private final Map<String, DateCellParser.DateSpan> dates = new HashMap<>();

  /**
   * Metadata text read lately, by hash: poll files repeat the same pollsters, populations and modes
   * on every record, and the polls of a large file would otherwise hold a copy each. A cache, not a
   * set: a text whose slot another text took is simply kept again.
   */
  private final String[] texts = new String[4096];

  RecordParser(ColumnPlan plan, ReadOptions options) {
    this.plan = plan;
    this.options = options;
  }

  /** Checks that the record could be tokenized and has as many fields as the header. */
  void checkShape(CsvRecord r) {
    if (r.error != null) {
      throw new Rejection(plan.source, r.line, null, null, "record " + r.error);
    }
    if (r.fields.length != plan.names.length) {
      throw new Rejection(
          plan.source,
          r.line,
          null,
          null,
          "record has "
              + r.fields.length
              + (r.fields.length == 1 ? " field" : " fields")
              + " but the header has "
              + plan.names.length
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

  /**
   * The poll metadata of a record, by pollkit column (see {@link PollColumns#metadata}): text
   * ({@code ""} when missing), dates ({@code null}), the sample size (NaN) and the record number
   * given by a 'record' column ({@code 0} when the file has none).
   */
  Map<String, Object> metadata(CsvRecord r) {
    Map<String, Object> values = new LinkedHashMap<>(32); // room for every metadata column
    for (String name : PollColumns.METADATA) {
      int column = plan.column(name);
      String cell = cell(r, column);
      values.put(
          name,
          switch (PollColumns.type(name).name()) {
            case "INTEGER" -> recordNumber(r, column, cell);
            case "LOCAL_DATE" -> null; // filled below from the date columns
            case "DOUBLE" -> cell == null ? Double.NaN : sampleSize(r, column, cell);
            default -> text(name, cell);
          });
    }
    fieldDates(r, values);
    return values;
  }

  /**
   * The largest sample size read: more than the world's population, so a larger one is a typing or
   * unit error (and would overflow the statistics that square it).
   */
  static final double MAX_SAMPLE_SIZE = 1e10;

  private double sampleSize(CsvRecord r, int column, String cell) {
    double n = parse(r, column, () -> Cells.sampleSize(cell, options.decimalComma()));
    if (n > MAX_SAMPLE_SIZE) {
      throw fail(
          r,
          column,
          "is not a sample size: it exceeds 10,000,000,000 respondents (more than the world's"
              + " population)");
    }
    return n;
  }

  /**
   * Fills field start and end from a start and an end column, or from one column holding both; a
   * month, quarter or year stands for its first to its last day, and its precision fills {@code
   * date_precision} when the file gives none.
   */
  private void fieldDates(CsvRecord r, Map<String, Object> values) {
    int startColumn = plan.column(PollColumns.FIELD_START);
    int endColumn = plan.column(PollColumns.FIELD_END);
    int bothColumn = plan.column(ReadOptions.FIELD_DATES);
    DateCellParser.DateSpan start = date(r, startColumn, PollColumns.FIELD_START);
    DateCellParser.DateSpan end = date(r, endColumn, PollColumns.FIELD_END);
    DateCellParser.DateSpan both = date(r, bothColumn, ReadOptions.FIELD_DATES);
    if (both != null) {
      start = both;
      end = both;
    }
    int fallbackColumn = plan.column(ReadOptions.FIELD_DATES_IF_MISSING);
    if (start == null && end == null && fallbackColumn >= 0) {
      DateCellParser.DateSpan fallback =
          date(r, fallbackColumn, ReadOptions.FIELD_DATES_IF_MISSING);
      if (fallback != null) {
        start = fallback;
        end = fallback;
        bothColumn = fallbackColumn;
        both = fallback;
      }
    }
    values.put(PollColumns.FIELD_START, start == null ? null : start.first());
    values.put(PollColumns.FIELD_END, end == null ? null : end.last());
    String coarsest = null;
    int coarsestColumn = -1;
    for (DateCellParser.DateSpan span : new DateCellParser.DateSpan[] {start, end}) {
      if (span != null
          && !span.isDay()
          && (coarsest == null || DateCellParser.coarser(span.precision(), coarsest))) {
        coarsest = span.precision();
        coarsestColumn = both != null ? bothColumn : span == start ? startColumn : endColumn;
      }
    }
    if (coarsest == null) {
      return;
    }
    String given = (String) values.get(PollColumns.DATE_PRECISION);
    if (given.isEmpty()) {
      values.put(PollColumns.DATE_PRECISION, coarsest);
    } else if (given.equalsIgnoreCase(DateCellParser.DAY)) {
      throw fail(
          r,
          coarsestColumn,
          "is a "
              + coarsest
              + ", not a day, but '"
              + plan.names[plan.column(PollColumns.DATE_PRECISION)]
              + "' says 'day'");
    }
  }

  private int recordNumber(CsvRecord r, int column, String cell) {
    if (cell != null) {
      return parse(r, column, () -> Cells.recordNumber(cell));
    }
    if (column >= 0) {
      throw fail(
          r, column, "is missing: a record number is required when the file has a 'record' column");
    }
    return 0;
  }

  private String text(String name, String cell) {
    if (cell == null) {
      return "";
    }
    if (name.equals(PollColumns.POLLSTER) && options.hasPollsterAliases()) {
      return canonicalPollsters(cell);
    }
    int slot = cell.hashCode() & (texts.length - 1);
    String kept = texts[slot];
    if (cell.equals(kept)) {
      return kept;
    }
    texts[slot] = cell;
    return cell;
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

  private DateCellParser.DateSpan date(CsvRecord r, int column, String role) {
    String cell = cell(r, column);
    if (cell == null) {
      return null;
    }
    DateCellParser.DateSpan date = dates.get(cell);
    if (date == null) {
      date = parse(r, column, () -> options.dateParser().parse(cell));
      int firstYear = date.first().getYear();
      int lastYear = date.last().getYear();
      if (firstYear < MIN_YEAR || lastYear > MAX_YEAR) {
        throw fail(
            r,
            column,
            "has the year "
                + (firstYear < MIN_YEAR ? firstYear : lastYear)
                + ": a poll's date must lie in the years "
                + MIN_YEAR
                + " to "
                + MAX_YEAR);
      }
      dates.put(cell, date);
    }
    if (date.range()
        && !role.equals(ReadOptions.FIELD_DATES)
        && !role.equals(ReadOptions.FIELD_DATES_IF_MISSING)) {
      throw fail(
          r,
          column,
          "is a range of dates, but the column holds only "
              + role
              + ": map a column holding both dates with ReadOptions.builder().column(\""
              + plan.names[column]
              + "\", \""
              + ReadOptions.FIELD_DATES
              + "\")");
    }
    return date;
  }

  /**
   * A poll from a record's metadata and the shares of its options; a broken rule of {@link Poll} is
   * reported at the column that broke it.
   *
   * @param label the poll as named in messages ({@code "poll 'p1' "}), or {@code ""}
   */
  Poll poll(
      CsvRecord r,
      Map<String, Object> metadata,
      Map<String, Share> shares,
      Map<String, String> extras,
      Map<String, Poll.OptionRow> optionRows,
      String label) {
    try {
      return PollColumns.poll(metadata, shares, extras, optionRows);
    } catch (RuleViolation e) {
      switch (e.rule()) {
        case FIELDWORK_IN_ORDER:
          throw fail(
              r,
              plan.column(PollColumns.FIELD_END),
              "is before field start "
                  + metadata.get(PollColumns.FIELD_START)
                  + ": fieldwork cannot end before it starts");
        case SAMPLE_SIZE_POSITIVE:
          throw fail(
              r,
              plan.column(PollColumns.SAMPLE_SIZE),
              "is not a sample size: it must be a positive number");
        case AT_LEAST_ONE_SHARE:
          throw new Rejection(
              plan.source,
              r.line,
              null,
              null,
              label + "has no share for any option: a poll needs at least one share");
        default:
          throw e;
      }
    }
  }

  /**
   * The share of one option from its cell and optional range-bound cells, with the largest rounding
   * error of its value as written, or {@code null} when all cells are missing.
   */
  Cells.WrittenShare share(CsvRecord r, int shareColumn, int lowColumn, int highColumn) {
    String shareCell = cell(r, shareColumn);
    String lowCell = cell(r, lowColumn);
    String highCell = cell(r, highColumn);
    if (lowCell == null && highCell == null) {
      return shareCell == null ? null : pointOrRange(r, shareColumn, shareCell);
    }
    if (shareCell != null && Cells.isRange(shareCell)) {
      throw fail(
          r,
          shareColumn,
          "is a range although '"
              + plan.names[lowColumn]
              + "' and '"
              + plan.names[highColumn]
              + "' give one too: give a range in one place only");
    }
    double value = shareCell == null ? Double.NaN : number(r, shareColumn, shareCell);
    if (lowCell == null || highCell == null) {
      int given = lowCell == null ? highColumn : lowColumn;
      int absent = lowCell == null ? lowColumn : highColumn;
      throw fail(
          r,
          given,
          "is one bound of a range whose other bound '"
              + plan.names[absent]
              + "' is missing: a published range needs both bounds");
    }
    Cells.Decimal low =
        parse(r, lowColumn, () -> Cells.shareNumber(lowCell, options.decimalComma()));
    double high = number(r, highColumn, highCell);
    try {
      return new Cells.WrittenShare(new Share(value, low.value(), high), low.halfUnit());
    } catch (RuleViolation e) {
      switch (e.rule()) {
        case RANGE_IN_ORDER:
          throw fail(
              r,
              lowColumn,
              "exceeds the high bound '"
                  + highCell
                  + "' in '"
                  + plan.names[highColumn]
                  + "': a range's low bound cannot exceed its high bound");
        case VALUE_INSIDE_RANGE:
          throw fail(
              r,
              shareColumn,
              "lies outside the published range ["
                  + lowCell
                  + ", "
                  + highCell
                  + "] given by '"
                  + plan.names[lowColumn]
                  + "' and '"
                  + plan.names[highColumn]
                  + "'");
        default:
          int column =
              e.argument().equals("low")
                  ? lowColumn
                  : e.argument().equals("high") ? highColumn : shareColumn;
          throw fail(r, column, Cells.NOT_A_SHARE);
      }
    }
  }

  /** A share cell without bound columns; a date in it is reported as a column to map. */
  private Cells.WrittenShare pointOrRange(CsvRecord r, int column, String cell) {
    try {
      return Cells.share(cell, options.decimalComma());
    } catch (CellException e) {
      if (looksLikeDate(cell)) {
        String name = plan.names[column];
        throw fail(
            r,
            column,
            "looks like a date, but column '"
                + name
                + "' is read as an answer option: map it with ReadOptions.builder().column(\""
                + name
                + "\", \"field_end\") (or \"field_start\", or \""
                + ReadOptions.FIELD_DATES
                + "\" for a cell with both dates), read it as text with ignore(\""
                + name
                + "\"), or name the options with options(...)");
      }
      throw fail(r, column, e.rule());
    }
  }

  private boolean looksLikeDate(String cell) {
    return options.dateParser().looksLikeDate(cell);
  }

  private double number(CsvRecord r, int column, String cell) {
    return parse(r, column, () -> Cells.shareNumber(cell, options.decimalComma())).value();
  }

  String[] extras(CsvRecord r) {
    String[] values = new String[plan.extras.length];
    for (int i = 0; i < values.length; i++) {
      String value = cell(r, plan.extras[i]);
      values[i] = value == null ? "" : value;
    }
    return values;
  }

  /** Parses a cell, reporting a broken cell rule at its column. */
  private <T> T parse(CsvRecord r, int column, java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (CellException e) {
      throw fail(r, column, e.rule());
    }
  }

  Rejection fail(CsvRecord r, int column, String rule) {
    return new Rejection(plan.source, r.line, plan.names[column], r.fields[column], rule);
  }
}
