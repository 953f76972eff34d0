package io.github.pollkit.io;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.RuleViolation;
import io.github.pollkit.model.Share;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a poll table as a web browser copies it: tab-separated text, one line per table row, with
 * the conventions of Wikipedia's "Opinion polling for …" pages. Most users read through {@code
 * io.github.pollkit.Polls.readCopiedTable}, which is strict (the first problem is an exception), or
 * {@code Polls.readCopiedTableLenient}; this class never throws for bad data.
 *
 * <pre>{@code
 * ReadResult result = CopiedTableReader.read(Path.of("uk-2015.tsv"),
 *     CopiedTableOptions.builder().year(2015).build());
 * }</pre>
 *
 * <h2>Layout</h2>
 *
 * Blank lines are skipped. A line whose only non-empty cell is a year ({@code 2015}) is a year row:
 * it gives the year of the dates below it (Wikipedia puts the year in the section heading or in a
 * row across the table), replacing {@link CopiedTableOptions.Builder#year}. The first other line is
 * the header; a later line equal to it (a repeated header) is skipped. Every other line is a poll
 * and must have one cell per header cell.
 *
 * <h2>Columns</h2>
 *
 * Header cells are compared ignoring case and footnote marks. {@code Date(s) conducted} ({@code
 * Dates conducted}, {@code Date conducted}, {@code Fieldwork date}, {@code Fieldwork}, {@code
 * Date}, {@code Dates}) is required; {@code Polling organisation/client} ({@code Polling
 * organization/client}, {@code Pollster/client}, {@code Pollster/client(s)}, {@code Polling
 * firm/client}: the cell is split at its first {@code /} into pollster and sponsor) or {@code
 * Pollster} ({@code Polling organisation}, {@code Polling firm}: pollster only), {@code Client}
 * (sponsor), {@code Sample size} and {@code Lead} are recognised; {@code Area} is kept as an extra
 * text column; every other column is an answer option named by its header ({@code Con}, {@code
 * Lab}, {@code Others}).
 *
 * <h2>Cells</h2>
 *
 * <ul>
 *   <li>Footnote marks ({@code 7%[a]}, {@code [12]}) are removed; which marks stood on which column
 *       is kept in the poll's {@code note}.
 *   <li>Dates: {@code 26 Jun}, {@code 26–28 Jun}, {@code 28 Jun–2 Jul}, with an optional year;
 *       without one, the year of the last year row (or option) is the year of the last day of
 *       fieldwork, and a first day that would fall after the last lies in the year before ({@code
 *       30 Dec–2 Jan} under 2016 starts on 2015-12-30). Any other date cell of pollkit's date
 *       grammar ({@code 26–28 Jun 2015}, {@code Jun 2015}) is read too, with its {@code
 *       date_precision}.
 *   <li>Shares: {@code 39%}, {@code 39}, {@code 7.5%}. {@code *} and {@code <0.5%} mean "under half
 *       a percent": they are read as the published range 0–0.5 (share 0.25, the midpoint, as for
 *       every range), never as an exact value, and the poll's {@code note} says so.
 *   <li>Sample sizes: {@code 1,002}; empty when not reported.
 *   <li>Missing: the empty cell, {@code –}, {@code —}, {@code -}, {@code n/a}, {@code N/A}.
 * </ul>
 *
 * <h2>Rules</h2>
 *
 * Besides the rules of the CSV reader (shares in [0, 100], options adding up to at most 100 plus
 * half a unit of the last decimal place per option, a positive sample size, fieldwork not ending
 * before it starts, at least one share, one cell per header cell), the {@code Lead} cell is checked
 * against the shares and never trusted: it must equal the largest share of a party minus the second
 * largest (columns {@code Others}, {@code Other}, {@code Undecided}, {@code Don't know}, {@code
 * DK}, {@code None}, {@code Would not vote} are not parties) ({@code Tie}: 0) to within rounding,
 * half a unit of the last decimal place of each of the three figures (so for whole percentages 39 −
 * 27 may be written 12 or 11 or 13, not 14). A record that breaks a rule is rejected with its line,
 * raw text and reason. A lead that agrees is kept as the extra text column {@code Lead}.
 */
public final class CopiedTableReader {
  private CopiedTableReader() {}

  private static final Pattern FOOTNOTE = Pattern.compile("\\[[^\\[\\]]{0,20}\\]");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Set<String> MISSING = Set.of("", "-", "\u2013", "\u2014", "n/a");
  private static final Set<String> UNDER_HALF = Set.of("*", "<0.5%", "<0.5", "< 0.5%");

  /** Columns that are not a party, and so never lead. */
  private static final Set<String> NOT_PARTIES =
      Set.of("others", "other", "undecided", "don't know", "dk", "none", "would not vote");

  private static final Set<String> DATE_HEADERS =
      Set.of(
          "date(s) conducted",
          "dates conducted",
          "date conducted",
          "fieldwork date",
          "fieldwork",
          "date",
          "dates",
          "date(s)");
  private static final Set<String> POLLSTER_CLIENT_HEADERS =
      Set.of(
          "polling organisation/client",
          "polling organization/client",
          "pollster/client",
          "pollster/client(s)",
          "polling organisation/client(s)",
          "polling firm/client");
  private static final Set<String> POLLSTER_HEADERS =
      Set.of("pollster", "polling organisation", "polling organization", "polling firm");

  /**
   * Reads a copied table from a file.
   *
   * @param file the file (tab-separated UTF-8 text)
   * @param options how to read it
   * @return the accepted polls and the problems found
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReadResult read(Path file, CopiedTableOptions options) {
    Checks.notNull(file, "file");
    Checks.notNull(options, "options");
    return SourceText.read(
        file,
        options.sourceName(),
        "copied table",
        (text, n, source) -> parse(text, n, source, options));
  }

  /**
   * Reads a copied table from a reader, e.g. a {@link java.io.StringReader} over the clipboard's
   * text (named by {@link CopiedTableOptions.Builder#sourceName}).
   *
   * @param reader the text, not closed
   * @param options how to read it
   * @return the accepted polls and the problems found
   * @throws UncheckedIOException if the reader fails
   */
  public static ReadResult read(Reader reader, CopiedTableOptions options) {
    Checks.notNull(reader, "reader");
    Checks.notNull(options, "options");
    return SourceText.read(
        reader,
        options.sourceName(),
        "copied table",
        (text, n, source) -> parse(text, n, source, options));
  }

  /** The kind of each header cell. */
  private enum Kind {
    DATE,
    POLLSTER_CLIENT,
    POLLSTER,
    CLIENT,
    SAMPLE_SIZE,
    LEAD,
    EXTRA,
    OPTION
  }

  private static ReadResult parse(char[] text, int length, String source, CopiedTableOptions o) {
    List<CsvRecord> lines = lines(text, length);
    Integer year = o.year();
    int at = 0;
    CsvRecord header = null;
    for (; at < lines.size(); at++) {
      CsvRecord r = lines.get(at);
      Integer rowYear = yearRow(r);
      if (rowYear != null) {
        year = rowYear;
      } else if (!isBlank(r)) {
        header = r;
        at++;
        break;
      }
    }
    if (header == null) {
      throw new Rejection(source, 0, null, null, "is empty: a copied table starts with its header");
    }
    String[] names = new String[header.fields.length];
    Kind[] kinds = new Kind[names.length];
    plan(header, source, names, kinds);
    List<String> extraNames = new ArrayList<>();
    for (int c = 0; c < names.length; c++) {
      if (kinds[c] == Kind.EXTRA || kinds[c] == Kind.LEAD) {
        extraNames.add(names[c]);
      }
    }
    Outcome outcome = new Outcome(source, extraNames);
    for (; at < lines.size(); at++) {
      CsvRecord r = lines.get(at);
      Integer rowYear = yearRow(r);
      if (rowYear != null) {
        year = rowYear;
        continue;
      }
      if (isBlank(r) || Arrays.equals(r.fields, header.fields)) {
        continue;
      }
      outcome.recordsRead++;
      try {
        outcome.accept(poll(r, outcome.recordsRead, year, source, names, kinds));
        outcome.recordsAccepted++;
      } catch (Rejection e) {
        outcome.reject(r, e.problem);
      }
    }
    return outcome.result();
  }

  /** Classifies the header cells; a blank or repeated name is a problem of the file. */
  private static void plan(CsvRecord header, String source, String[] names, Kind[] kinds) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    boolean date = false;
    for (int c = 0; c < names.length; c++) {
      String name = FOOTNOTE.matcher(header.fields[c]).replaceAll("").strip();
      if (name.isEmpty()) {
        throw new Rejection(
            source,
            header.line,
            null,
            header.fields[c],
            "is the name of column " + (c + 1) + ": every column of a copied table needs a name");
      }
      String key = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      Integer earlier = seen.put(key, c);
      if (earlier != null) {
        throw new Rejection(
            source,
            header.line,
            null,
            name,
            "names columns "
                + (earlier + 1)
                + " and "
                + (c + 1)
                + ": every column of a copied table needs its own name");
      }
      names[c] = name;
      kinds[c] =
          DATE_HEADERS.contains(key)
              ? Kind.DATE
              : POLLSTER_CLIENT_HEADERS.contains(key)
                  ? Kind.POLLSTER_CLIENT
                  : POLLSTER_HEADERS.contains(key)
                      ? Kind.POLLSTER
                      : key.equals("client")
                          ? Kind.CLIENT
                          : key.equals("sample size")
                              ? Kind.SAMPLE_SIZE
                              : key.equals("lead")
                                  ? Kind.LEAD
                                  : key.equals("area") ? Kind.EXTRA : Kind.OPTION;
      date |= kinds[c] == Kind.DATE;
    }
    if (!date) {
      throw new Rejection(
          source,
          header.line,
          null,
          header.raw(),
          "is the header, and it has no date column: a copied table needs one named 'Date(s)"
              + " conducted', 'Dates conducted', 'Fieldwork date' or 'Date'");
    }
    if (!Arrays.asList(kinds).contains(Kind.OPTION)) {
      throw new Rejection(
          source,
          header.line,
          null,
          header.raw(),
          "is the header, and it has no option column: a copied table needs one column per party");
    }
  }

  private static Poll poll(
      CsvRecord r, int record, Integer year, String source, String[] names, Kind[] kinds) {
    if (r.fields.length != names.length) {
      throw new Rejection(
          source,
          r.line,
          null,
          null,
          "row has "
              + r.fields.length
              + (r.fields.length == 1 ? " cell" : " cells")
              + " but the header has "
              + names.length
              + ": every row needs one tab-separated cell per column (rows with merged cells are"
              + " not read)");
    }
    LocalDate start = null;
    LocalDate end = null;
    String precision = "";
    String pollster = "";
    String sponsor = "";
    double n = Double.NaN;
    String lead = null;
    int leadColumn = -1;
    Map<String, Share> shares = new LinkedHashMap<>();
    Map<String, Double> halfUnits = new LinkedHashMap<>();
    Map<String, String> extras = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    for (int c = 0; c < names.length; c++) {
      String raw = r.fields[c];
      Matcher footnotes = FOOTNOTE.matcher(raw);
      while (footnotes.find()) {
        notes.add("footnote " + footnotes.group() + " on " + names[c]);
      }
      String cell = footnotes.replaceAll("").strip();
      boolean missing = MISSING.contains(cell.toLowerCase(Locale.ROOT));
      if (kinds[c] == Kind.LEAD || kinds[c] == Kind.EXTRA) {
        extras.put(names[c], missing ? "" : cell);
      }
      if (missing) {
        continue;
      }
      final int column = c;
      switch (kinds[c]) {
        case DATE -> {
          DateCellParser.DateSpan span = parse(r, column, source, names, () -> date(cell, year));
          start = span.first();
          end = span.last();
          precision = span.precision();
        }
        case POLLSTER_CLIENT -> {
          int slash = cell.indexOf('/');
          pollster = slash < 0 ? cell : cell.substring(0, slash).strip();
          sponsor = slash < 0 ? "" : cell.substring(slash + 1).strip();
        }
        case POLLSTER -> pollster = cell;
        case CLIENT -> sponsor = cell;
        case SAMPLE_SIZE ->
            n = parse(r, column, source, names, () -> Cells.sampleSize(cell, false));
        case LEAD -> {
          lead = cell;
          leadColumn = c;
        }
        case EXTRA -> {}
        case OPTION -> {
          if (UNDER_HALF.contains(cell)) {
            shares.put(names[c], Share.range(0, 0.5));
            halfUnits.put(names[c], 0.0);
            notes.add(names[c] + " '" + cell + "' means under 0.5%, read as the range 0–0.5");
          } else {
            Cells.WrittenShare share =
                parse(r, column, source, names, () -> Cells.share(cell, false));
            shares.put(names[c], share.share());
            halfUnits.put(names[c], share.halfUnit());
          }
        }
        default -> throw new IllegalStateException("unknown column kind " + kinds[c]);
      }
    }
    ShareSum.check(source, r.line, shares, halfUnits, "of this poll");
    if (lead != null) {
      checkLead(r, leadColumn, source, names, lead, shares, halfUnits);
    }
    try {
      return new Poll(
          record,
          (int) Math.min(Integer.MAX_VALUE, r.line),
          "",
          pollster,
          sponsor,
          start,
          end,
          precision,
          "",
          "",
          n,
          "",
          "",
          "",
          shares,
          "",
          String.join("; ", notes),
          extras,
          Map.of());
    } catch (RuleViolation e) {
      String rule =
          switch (e.rule()) {
            case SAMPLE_SIZE_POSITIVE -> "is not a sample size: it must be a positive number";
            case AT_LEAST_ONE_SHARE ->
                "has no share for any party: a poll needs at least one share";
            default -> e.getMessage();
          };
      int column =
          e.rule() == RuleViolation.Rule.SAMPLE_SIZE_POSITIVE
              ? indexOf(kinds, Kind.SAMPLE_SIZE)
              : -1;
      throw new Rejection(
          source,
          r.line,
          column < 0 ? null : names[column],
          column < 0 ? null : r.fields[column],
          rule);
    }
  }

  /**
   * The lead must be the largest share minus the second largest, to within half a unit of the last
   * decimal place of each of the three figures.
   */
  private static void checkLead(
      CsvRecord r,
      int column,
      String source,
      String[] names,
      String lead,
      Map<String, Share> shares,
      Map<String, Double> halfUnits) {
    if (shares.size() < 2) {
      return;
    }
    double leadValue;
    double leadHalfUnit;
    if (lead.equalsIgnoreCase("tie")) {
      leadValue = 0;
      leadHalfUnit = 0.5;
    } else {
      Cells.Decimal d = parse(r, column, source, names, () -> Cells.shareNumber(lead, false));
      leadValue = d.value();
      leadHalfUnit = d.halfUnit();
    }
    List<Map.Entry<String, Share>> ranked = new ArrayList<>();
    for (Map.Entry<String, Share> e : shares.entrySet()) {
      if (!NOT_PARTIES.contains(e.getKey().toLowerCase(Locale.ROOT))) {
        ranked.add(e);
      }
    }
    if (ranked.size() < 2) {
      return;
    }
    ranked.sort((a, b) -> Double.compare(b.getValue().value(), a.getValue().value()));
    Map.Entry<String, Share> first = ranked.get(0);
    Map.Entry<String, Share> second = ranked.get(1);
    double gap = first.getValue().value() - second.getValue().value();
    double tolerance =
        leadHalfUnit + halfUnits.get(first.getKey()) + halfUnits.get(second.getKey());
    if (Math.abs(gap - leadValue) > tolerance + 1e-9) {
      throw new Rejection(
          source,
          r.line,
          names[column],
          r.fields[column],
          "does not match the shares: "
              + first.getKey()
              + " "
              + Cells.format(first.getValue().value())
              + " − "
              + second.getKey()
              + " "
              + Cells.format(second.getValue().value())
              + " = "
              + Cells.format(Math.round(gap * 1e9) / 1e9)
              + ", and a lead may differ from that only by rounding (±"
              + Cells.format(Math.round(tolerance * 1e9) / 1e9)
              + "); check the row against its source");
    }
  }

  /** English month names; copied tables are read as the English Wikipedia writes them. */
  private static final DateCellParser DATES = new DateCellParser(Locale.ENGLISH, List.of(), "");

  /**
   * A date cell; without a year in the cell, {@code year} is the year of its last day (a first day
   * that would then fall after it belongs to the year before: {@code 30 Dec–2 Jan}).
   */
  private static DateCellParser.DateSpan date(String cell, Integer year) {
    try {
      return DATES.parse(cell, year == null ? DateCellParser.NO_YEAR : year);
    } catch (CellException e) {
      if (year == null && e.rule().startsWith(DateCellParser.NO_YEAR_RULE)) {
        throw new CellException(
            "has no year: give it with CopiedTableOptions.builder().year(...) (the year of the"
                + " section heading above the table) or put a row holding only the year above it");
      }
      throw e;
    }
  }

  private static int indexOf(Kind[] kinds, Kind kind) {
    return Arrays.asList(kinds).indexOf(kind);
  }

  /** Parses a cell, reporting a broken cell rule at its column. */
  private static <T> T parse(
      CsvRecord r,
      int column,
      String source,
      String[] names,
      java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (CellException e) {
      throw new Rejection(source, r.line, names[column], r.fields[column], e.rule());
    }
  }

  /** The year of a year row (one non-empty cell holding a year), or {@code null}. */
  private static Integer yearRow(CsvRecord r) {
    String only = null;
    for (String f : r.fields) {
      String cell = FOOTNOTE.matcher(f).replaceAll("").strip();
      if (cell.isEmpty()) {
        continue;
      }
      if (only != null) {
        return null;
      }
      only = cell;
    }
    return only != null && YEAR.matcher(only).matches() ? Integer.valueOf(only) : null;
  }

  private static boolean isBlank(CsvRecord r) {
    for (String f : r.fields) {
      if (!f.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The lines of the text as records of tab-separated cells (stripped, no-break spaces as spaces).
   */
  private static List<CsvRecord> lines(char[] text, int length) {
    List<CsvRecord> lines = new ArrayList<>();
    int start = text.length > 0 && length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    long line = 1;
    while (start <= length) {
      int end = start;
      while (end < length && text[end] != '\n' && text[end] != '\r') {
        end++;
      }
      if (end > start || end < length) {
        String[] fields = new String(text, start, end - start).split("\t", -1);
        for (int i = 0; i < fields.length; i++) {
          fields[i] = fields[i].replace('\u00A0', ' ').strip();
        }
        lines.add(new CsvRecord(line, text, start, end, fields, new boolean[fields.length], null));
      }
      if (end >= length) {
        break;
      }
      start = end + (text[end] == '\r' && end + 1 < length && text[end + 1] == '\n' ? 2 : 1);
      line++;
    }
    return lines;
  }
}
