package io.github.pollkit;

import java.util.List;

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
 *   <tr><td>{@code date_precision}</td><td>string</td><td>day, month, season, year, span, unknown, or empty</td></tr>
 *   <tr><td>{@code population}, {@code base}</td><td>string</td><td>who was sampled; what the shares are shares of</td></tr>
 *   <tr><td>{@code sample_size}</td><td>double</td><td>respondents; missing (NaN) when not reported</td></tr>
 *   <tr><td>{@code mode}, {@code question}, {@code question_group}</td><td>string</td><td></td></tr>
 *   <tr><td>{@code option}</td><td>string</td><td>answer option, e.g. {@code support}</td></tr>
 *   <tr><td>{@code share}</td><td>double</td><td>percentage points; for a published range its midpoint</td></tr>
 *   <tr><td>{@code share_low}, {@code share_high}</td><td>double</td><td>bounds of a published range; missing for a point share</td></tr>
 *   <tr><td>{@code source_url}, {@code note}</td><td>string</td><td></td></tr>
 * </table>
 *
 * <p>Columns of a source file that are neither metadata nor options follow these, as text, so
 * that nothing read is dropped.
 */
public final class PollColumns {
  private PollColumns() {}

  public static final String RECORD = "record";
  public static final String LINE = "line";
  public static final String POLL_ID = "poll_id";
  public static final String POLLSTER = "pollster";
  public static final String SPONSOR = "sponsor";
  public static final String FIELD_START = "field_start";
  public static final String FIELD_END = "field_end";
  public static final String DATE_PRECISION = "date_precision";
  public static final String POPULATION = "population";
  public static final String BASE = "base";
  public static final String SAMPLE_SIZE = "sample_size";
  public static final String MODE = "mode";
  public static final String QUESTION = "question";
  public static final String QUESTION_GROUP = "question_group";
  public static final String OPTION = "option";
  public static final String SHARE = "share";
  public static final String SHARE_LOW = "share_low";
  public static final String SHARE_HIGH = "share_high";
  public static final String SOURCE_URL = "source_url";
  public static final String NOTE = "note";

  /** The standard columns of the long table, in order. */
  public static final List<String> STANDARD =
      List.of(
          RECORD, LINE, POLL_ID, POLLSTER, SPONSOR, FIELD_START, FIELD_END, DATE_PRECISION,
          POPULATION, BASE, SAMPLE_SIZE, MODE, QUESTION, QUESTION_GROUP, OPTION, SHARE, SHARE_LOW,
          SHARE_HIGH, SOURCE_URL, NOTE);

  /** The text metadata columns of a poll (the same on every option row of one poll). */
  public static final List<String> TEXT_METADATA =
      List.of(
          POLL_ID, POLLSTER, SPONSOR, DATE_PRECISION, POPULATION, BASE, MODE, QUESTION,
          QUESTION_GROUP, SOURCE_URL, NOTE);
}
