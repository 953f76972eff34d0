package io.github.pollkit.io;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.model.Poll;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads poll files (CSV, UTF-8) into {@link Poll} values, with every record that broke a rule
 * reported as a {@link io.github.pollkit.model.Problem} (file, line, column, value, rule). Most
 * users read through {@code io.github.pollkit.Polls}, which is strict (the first problem is an
 * exception) or lenient (the problems are returned); this class never throws for bad data.
 *
 * <pre>{@code
 * ReadResult result = PollReader.read(Path.of("messy.csv"), ReadOptions.defaults());
 * result.polls();      // every acceptable poll
 * result.accepted();   // the same as a long table (io.github.pollkit.model.PollColumns)
 * result.rejected();   // line, raw, reason of every record that broke a rule
 * }</pre>
 *
 * <h2>Columns</h2>
 *
 * Header names are matched ignoring case, surrounding spaces, and with each run of spaces, hyphens,
 * underscores or dots read as one underscore. Besides the pollkit names ({@code poll_id, pollster,
 * sponsor, field_start, field_end, date_precision, population, base, sample_size, mode, question,
 * question_group, source_url, note}, and in long files {@code option, share, share_low,
 * share_high}) these aliases are recognised: {@code pollid}; {@code firm, polling_firm,
 * polling_company, polling_organisation, polling_organization, pollster_name}; {@code sponsors,
 * commissioned_by}; {@code start, startdate, start_date, fieldwork_start}; {@code end, enddate,
 * end_date, fieldwork_end}; {@code pop}; {@code samplesize, sample, number_of_observations, n};
 * {@code url}; {@code notes}; {@code answer} (option); {@code pct} (share). A column holding both
 * fieldwork dates in one cell ({@link ReadOptions#FIELD_DATES}) is recognised as {@code date,
 * dates, date(s), fieldwork, fieldwork_date(s), fieldwork_period, field_work, field_work_date(s),
 * field_work_period, field_date(s), field_period, date_conducted, dates_conducted,
 * date(s)_conducted, conducted}; it cannot stand beside a start or end column (ignore one of them).
 * A {@code lead} column is kept as text, never an option. {@link ReadOptions.Builder#column} maps
 * any other name and {@link ReadOptions.Builder#ignore} reads a recognised column as plain text. A
 * {@code record} column gives the record numbers (positive, unique per poll); a {@code line} column
 * is rejected as reserved. No metadata column is required.
 *
 * <h2>Answer options</h2>
 *
 * In a wide file, without {@link ReadOptions.Builder#options}, every column that is not metadata
 * and not a range bound is an option; a column {@code X_low} or {@code X_high} is a bound of option
 * {@code X} (and an error if there is no column {@code X}). With {@code options(...)}, only the
 * named columns are options and the remaining unknown columns are kept as extra text columns. In a
 * long file, unknown columns are extra text columns, and the rows of one poll share a key: {@code
 * record} if the file has it, else {@code poll_id}, or {@link ReadOptions.Builder#pollKey}.
 *
 * <h2>Cells</h2>
 *
 * <ul>
 *   <li>Shares: {@code 53}, {@code 53%}, {@code 46.3}, or a published range {@code 20-25}, {@code
 *       20–25%}, {@code 20 to 25} (share = midpoint, share_low/share_high = bounds); a range may
 *       instead be given in {@code X_low}/{@code X_high} (wide) or {@code share_low}/{@code
 *       share_high} (long) columns, with the share cell empty (midpoint) or inside the range.
 *   <li>Sample sizes: positive, thousands separators allowed ({@code 2,400}, {@code 2 400}).
 *   <li>Dates: the patterns of {@link ReadOptions.Builder#datePattern}, then ISO {@code
 *       yyyy-MM-dd}, months ({@code 2019-06}, {@code Mar 2024}), quarters ({@code Q1 2024}), years
 *       ({@code 2024}), days with month names ({@code 12 Mar 2024}) in the language of {@link
 *       ReadOptions.Builder#locale}, and ranges of these in one cell ({@code 12–15 Mar 2024}),
 *       resolved strictly. A month, quarter or year is the span of its days; its precision fills
 *       {@code date_precision} when the file gives none. A missing date is allowed: the poll is
 *       kept.
 *   <li>Missing: the empty cell and the markers of {@link ReadOptions} (default {@code n/a, NA, -,
 *       —, –}, ignoring case) in unquoted cells; a quoted cell is taken literally. Missing is never
 *       zero: a missing share drops only that option of that poll.
 *   <li>Numbers are read with a decimal point; a comma that is not a thousands separator (such as
 *       {@code 45,5}) is ambiguous and rejected unless {@link ReadOptions.Builder#decimalComma}
 *       says that {@code ,} is the decimal separator.
 * </ul>
 *
 * <h2>Rules</h2>
 *
 * A record is rejected if it has too few or too many fields or broken quotes; a share is outside
 * [0, 100], not a number, NaN or infinite; a range's low bound exceeds its high bound; fieldwork
 * ends before it starts; a sample size is not positive; a date does not match the format; the poll
 * has no share at all; its options add up to more than 100 beyond rounding (100 plus half a unit of
 * the last decimal place per option: 43 + 33 + 18 + 7 = 101 passes, 103 does not); or, in a long
 * file, rows of one poll disagree on metadata or repeat an option, or an option differs only in
 * case from an option of an earlier row. A date's year must lie in 1 to 9999, a sample size may not
 * exceed 10,000,000,000, and a number too large for a {@code double} is rejected. A header with a
 * duplicate or empty column name, a name with a control character (names that differ only in case
 * are duplicates, as in a Tablesaw table), no option column, a range bound {@code X_low} or {@code
 * X_high} without its partner, or an unknown mapped column is an error of the file.
 *
 * <h2>Problems</h2>
 *
 * {@link #read(Path, ReadOptions)} returns every acceptable poll and every rejected record with its
 * line and reason, and {@link ReadResult#firstProblem()} is the one a strict reader reports.
 * Problems of the whole file (no header, a bad header, text that is not UTF-8) are its {@link
 * ReadResult#fileProblem()}, with no record read. No input makes the reader throw anything but an
 * {@link UncheckedIOException} naming the path, for a file that cannot be read at all.
 */
public final class PollReader {
  private PollReader() {}

  /**
   * Reads a poll file with {@link ReadOptions#defaults()}.
   *
   * @param file the file (CSV, UTF-8)
   * @return the accepted polls and the problems found
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReadResult read(Path file) {
    return read(file, ReadOptions.defaults());
  }

  /**
   * Reads a poll file.
   *
   * @param file the file (CSV, UTF-8)
   * @param options how to read it
   * @return the accepted polls and the problems found
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReadResult read(Path file, ReadOptions options) {
    Checks.notNull(file, "file");
    Checks.notNull(options, "options");
    return SourceText.read(
        file,
        options.sourceName(),
        "poll file",
        (text, n, source) -> parse(text, n, source, options));
  }

  /**
   * Reads poll data from a reader (named by {@link ReadOptions.Builder#sourceName}).
   *
   * @param reader the text, not closed
   * @param options how to read it
   * @return the accepted polls and the problems found
   * @throws UncheckedIOException if the reader fails
   */
  public static ReadResult read(Reader reader, ReadOptions options) {
    Checks.notNull(reader, "reader");
    Checks.notNull(options, "options");
    return SourceText.read(
        reader,
        options.sourceName(),
        "poll data",
        (text, n, source) -> parse(text, n, source, options));
  }

  /** Reads poll data from text; file-level problems throw, record-level ones are collected. */
  private static ReadResult parse(char[] text, int length, String source, ReadOptions options) {
    CsvTokenizer records = new CsvTokenizer(text, length);
    CsvRecord header = records.next();
    while (header != null && PollAssembler.isBlank(header)) {
      header = records.next();
    }
    if (header == null) {
      throw new Rejection(source, 0, null, null, "is empty: a poll file starts with a header line");
    }
    ColumnPlan plan = ColumnPlan.of(header, options, source);
    List<String> extraNames = new ArrayList<>();
    for (int column : plan.extras) {
      extraNames.add(plan.names[column]);
    }
    Outcome outcome = new Outcome(source, extraNames);
    new PollAssembler(plan, options, outcome).readAll(records);
    return outcome.result();
  }
}
