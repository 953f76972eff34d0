package io.github.pollkit.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.ColumnType;

/**
 * Column names and types of pollkit's long poll table: one row per poll and answer option.
 *
 * <table>
 *   <caption>The long table</caption>
 *   <tr><th>column</th><th>Tablesaw type</th><th>meaning</th></tr>
 *   <tr><td>{@code record}</td><td>int</td><td>1-based number of the poll record in its source
 *       (unique per poll; all options of one poll share it)</td></tr>
 *   <tr><td>{@code line}</td><td>int</td><td>1-based physical line where the record starts in the
 *       source file (0 when not read from a file)</td></tr>
 *   <tr><td>{@code poll_id}</td><td>string</td><td>the source's id, may be empty and need not be unique</td></tr>
 *   <tr><td>{@code pollster}, {@code sponsor}</td><td>string</td><td>joint pollsters separated by {@code ;}</td></tr>
 *   <tr><td>{@code field_start}, {@code field_end}</td><td>local date</td><td>missing when unknown</td></tr>
 *   <tr><td>{@code date_precision}</td><td>string</td><td>day, month, quarter, season, year, span, unknown, or empty</td></tr>
 *   <tr><td>{@code population}, {@code base}</td><td>string</td><td>who was sampled; what the shares are shares of</td></tr>
 *   <tr><td>{@code sample_size}</td><td>double</td><td>respondents; missing (NaN) when not reported</td></tr>
 *   <tr><td>{@code mode}, {@code question}, {@code question_group}</td><td>string</td><td></td></tr>
 *   <tr><td>{@code option}</td><td>string</td><td>answer option, e.g. {@code support}</td></tr>
 *   <tr><td>{@code share}</td><td>double</td><td>percentage points; for a published range its midpoint</td></tr>
 *   <tr><td>{@code share_low}, {@code share_high}</td><td>double</td><td>bounds of a published range; missing for a point share</td></tr>
 *   <tr><td>{@code source_url}, {@code note}</td><td>string</td><td></td></tr>
 * </table>
 *
 * <p>Columns of a source file that are neither metadata nor options follow these, as text, so that
 * nothing read is dropped.
 *
 * <p>This class is the schema, written once: the names, their order ({@link #STANDARD}), their
 * types ({@link #type(String)}) and how a poll's metadata maps to and from them ({@link
 * #metadata(Poll, String)}, {@link #poll(Map, Map, Map, Map)}).
 */
public final class PollColumns {
  private PollColumns() {}

  /** The record number. */
  public static final String RECORD = "record";

  /** The line where the record starts. */
  public static final String LINE = "line";

  /** The source's poll id. */
  public static final String POLL_ID = "poll_id";

  /** The pollster(s). */
  public static final String POLLSTER = "pollster";

  /** The sponsor. */
  public static final String SPONSOR = "sponsor";

  /** The first day of fieldwork. */
  public static final String FIELD_START = "field_start";

  /** The last day of fieldwork. */
  public static final String FIELD_END = "field_end";

  /** How exactly the source dates the fieldwork. */
  public static final String DATE_PRECISION = "date_precision";

  /** Who was sampled. */
  public static final String POPULATION = "population";

  /** What the shares are shares of. */
  public static final String BASE = "base";

  /** The number of respondents. */
  public static final String SAMPLE_SIZE = "sample_size";

  /** The fieldwork mode. */
  public static final String MODE = "mode";

  /** The question asked. */
  public static final String QUESTION = "question";

  /** The group of comparable questions. */
  public static final String QUESTION_GROUP = "question_group";

  /** The answer option. */
  public static final String OPTION = "option";

  /** The share in points. */
  public static final String SHARE = "share";

  /** The low bound of a published range. */
  public static final String SHARE_LOW = "share_low";

  /** The high bound of a published range. */
  public static final String SHARE_HIGH = "share_high";

  /** Where the numbers come from. */
  public static final String SOURCE_URL = "source_url";

  /** Caveats. */
  public static final String NOTE = "note";

  /** The standard columns of the long table, in order. */
  public static final List<String> STANDARD =
      List.of(
          RECORD,
          LINE,
          POLL_ID,
          POLLSTER,
          SPONSOR,
          FIELD_START,
          FIELD_END,
          DATE_PRECISION,
          POPULATION,
          BASE,
          SAMPLE_SIZE,
          MODE,
          QUESTION,
          QUESTION_GROUP,
          OPTION,
          SHARE,
          SHARE_LOW,
          SHARE_HIGH,
          SOURCE_URL,
          NOTE);

  /**
   * The columns that describe a poll rather than one of its options, the same on every row of one
   * poll: every standard column but {@code line}, {@code option} and the share columns.
   */
  public static final List<String> METADATA =
      STANDARD.stream()
          .filter(c -> !List.of(LINE, OPTION, SHARE, SHARE_LOW, SHARE_HIGH).contains(c))
          .toList();

  /**
   * The first of the {@link #METADATA} columns on which two rows of one poll differ.
   *
   * @param a the metadata of one row, by column (as {@link #metadata(Poll, String)} gives it)
   * @param b the metadata of another row
   * @return the column, or {@code null} when the rows agree
   */
  public static String firstDifference(Map<String, ?> a, Map<String, ?> b) {
    for (String column : METADATA) {
      if (!Objects.equals(a.get(column), b.get(column))) {
        return column;
      }
    }
    return null;
  }

  private static final Map<String, ColumnType> TYPES = types();

  private static Map<String, ColumnType> types() {
    Map<String, ColumnType> types = new LinkedHashMap<>();
    for (String c : STANDARD) {
      types.put(c, ColumnType.STRING);
    }
    types.put(RECORD, ColumnType.INTEGER);
    types.put(LINE, ColumnType.INTEGER);
    types.put(FIELD_START, ColumnType.LOCAL_DATE);
    types.put(FIELD_END, ColumnType.LOCAL_DATE);
    types.put(SAMPLE_SIZE, ColumnType.DOUBLE);
    types.put(SHARE, ColumnType.DOUBLE);
    types.put(SHARE_LOW, ColumnType.DOUBLE);
    types.put(SHARE_HIGH, ColumnType.DOUBLE);
    return Map.copyOf(types);
  }

  /**
   * The Tablesaw type of a standard column; extra columns are text.
   *
   * @param column a column name
   * @return its type, {@code STRING} for a name outside {@link #STANDARD}
   */
  public static ColumnType type(String column) {
    return TYPES.getOrDefault(column, ColumnType.STRING);
  }

  /**
   * The value of one of a poll's metadata columns (every standard column but {@code option} and the
   * share columns): a {@code String}, {@code LocalDate} (or {@code null}), {@code Integer} or
   * {@code Double} (NaN when missing).
   *
   * @param poll the poll
   * @param column a metadata column
   * @return the value
   * @throws IllegalArgumentException if {@code column} is not a metadata column
   */
  public static Object metadata(Poll poll, String column) {
    return switch (column) {
      case RECORD -> poll.record();
      case LINE -> poll.line();
      case POLL_ID -> poll.pollId();
      case POLLSTER -> poll.pollster();
      case SPONSOR -> poll.sponsor();
      case FIELD_START -> poll.fieldStart();
      case FIELD_END -> poll.fieldEnd();
      case DATE_PRECISION -> poll.datePrecision();
      case POPULATION -> poll.population();
      case BASE -> poll.base();
      case SAMPLE_SIZE -> poll.sampleSize();
      case MODE -> poll.mode();
      case QUESTION -> poll.question();
      case QUESTION_GROUP -> poll.questionGroup();
      case SOURCE_URL -> poll.sourceUrl();
      case NOTE -> poll.note();
      default ->
          throw new IllegalArgumentException(
              "column must be a metadata column of " + STANDARD + ", was '" + column + "'");
    };
  }

  /**
   * A poll from the values of its metadata columns, as {@link #metadata(Poll, String)} gives them;
   * an absent column is missing ({@code ""}, {@code null}, NaN, 0).
   *
   * @param metadata column name → value
   * @param shares option → share, in source order
   * @param extras the extra cells of the poll's first row
   * @param optionRows the rows of options that differ from the first (see {@link
   *     Poll#optionRows()})
   * @return the poll
   * @throws RuleViolation if the values break a rule of {@link Poll}
   */
  public static Poll poll(
      Map<String, ?> metadata,
      Map<String, Share> shares,
      Map<String, String> extras,
      Map<String, Poll.OptionRow> optionRows) {
    Object n = metadata.get(SAMPLE_SIZE);
    return new Poll(
        number(metadata.get(RECORD)),
        number(metadata.get(LINE)),
        (String) metadata.get(POLL_ID),
        (String) metadata.get(POLLSTER),
        (String) metadata.get(SPONSOR),
        (LocalDate) metadata.get(FIELD_START),
        (LocalDate) metadata.get(FIELD_END),
        (String) metadata.get(DATE_PRECISION),
        (String) metadata.get(POPULATION),
        (String) metadata.get(BASE),
        n == null ? Double.NaN : (Double) n,
        (String) metadata.get(MODE),
        (String) metadata.get(QUESTION),
        (String) metadata.get(QUESTION_GROUP),
        shares,
        (String) metadata.get(SOURCE_URL),
        (String) metadata.get(NOTE),
        extras,
        optionRows);
  }

  private static int number(Object value) {
    return value == null ? 0 : (Integer) value;
  }
}
