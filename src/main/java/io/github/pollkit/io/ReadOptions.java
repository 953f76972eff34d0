package io.github.pollkit.io;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.model.PollColumns;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How to read a poll file: immutable, built with {@link #builder()} or taken as {@link
 * #defaults()}. Each setting can be given once; a conflicting or repeated setting is rejected at
 * once with an {@link IllegalArgumentException} (or {@link IllegalStateException} for a setting
 * given twice) whose message says what clashed.
 *
 * <pre>{@code
 * ReadOptions approval = ReadOptions.builder()
 *     .datePattern("M/d/yyyy")             // 538 writes 1/20/2017
 *     .options("approve", "disapprove")    // other unknown columns are kept as text
 *     .build();
 * Table polls = PollReader.read(Path.of("approval_polllist.csv"), approval).accepted();
 * }</pre>
 *
 * <p>Defaults: layout {@link Layout#AUTO}; dates in ISO format {@code yyyy-MM-dd} or written with
 * English month names, as months, quarters, years or ranges (see {@link Builder#datePattern});
 * answer options found automatically (see {@link PollReader}); missing markers: the empty cell,
 * {@code n/a}, {@code NA}, {@code -}, {@code —} (em dash), {@code –} (en dash), compared ignoring
 * case; decimal point; long files grouped into polls by {@code record} if present, else {@code
 * poll_id}; the source named by its file name.
 *
 * <p>This class is long on purpose: each builder setting checks, at once and in one place, that it
 * does not clash with the settings given before it; reading is done by {@link PollReader}.
 */
public final class ReadOptions {
  /** The default missing markers (the empty cell is always missing). */
  static final List<String> DEFAULT_MISSING = List.of("", "n/a", "NA", "-", "\u2014", "\u2013");

  /**
   * The role of a column whose cell holds the whole fieldwork period, one date or a range ({@code
   * 12–15 Mar 2024}): it fills both {@code field_start} and {@code field_end}. Map a column to it
   * with {@link Builder#column(String, String)}; headers such as {@code Date}, {@code Dates} or
   * {@code Fieldwork date} are read as it without mapping.
   */
  public static final String FIELD_DATES = "field_dates";

  /**
   * The role of a column whose date (a day, month, quarter or year, or a range) stands for the
   * fieldwork only of the polls whose field start and field end are both missing, e.g. the month of
   * publication in a file that gives field dates for most polls but only the month for the oldest
   * ones ({@code 1967-maj}). Such a poll gets the span's first and last day and its precision in
   * {@code date_precision} (a month stays a month, never an invented day); a poll with either field
   * date keeps its own dates. Map a column to it with {@link Builder#column(String, String)}; no
   * header is read as it without mapping.
   */
  public static final String FIELD_DATES_IF_MISSING = "field_dates_if_missing";

  private static final ReadOptions DEFAULTS = builder().build();

  private final Layout layout;
  private final Map<String, String> columns;
  private final List<String> datePatterns;
  private final List<String> options;
  private final Set<String> missingMarkers;

  /**
   * The ASCII characters, in either case, that begin a (lower-case) missing marker: a quick test
   * before the lookup.
   */
  private final boolean[] missingStarts;

  private final int longestMissingMarker;
  private final Map<String, String> pollsterAliases;
  private final boolean decimalComma;
  private final List<String> pollKey;
  private final String sourceName;
  private final Locale locale;
  private final Set<String> ignored;
  private final DateCellParser dateParser;

  private ReadOptions(Builder b) {
    this.layout = b.layout == null ? Layout.AUTO : b.layout;
    this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(b.columns));
    this.datePatterns = List.copyOf(b.datePatterns);
    this.locale = b.locale == null ? Locale.ENGLISH : b.locale;
    this.options = b.options == null ? List.of() : b.options;
    Set<String> markers = new LinkedHashSet<>();
    markers.add("");
    for (String m : b.missingMarkers == null ? DEFAULT_MISSING : b.missingMarkers) {
      markers.add(m.strip().toLowerCase(Locale.ROOT));
    }
    this.missingMarkers = Collections.unmodifiableSet(markers);
    this.longestMissingMarker = markers.stream().mapToInt(String::length).max().orElse(0);
    this.missingStarts = new boolean[128];
    for (String m : markers) {
      if (!m.isEmpty() && m.charAt(0) < 128) {
        missingStarts[m.charAt(0)] = true;
        missingStarts[Character.toUpperCase(m.charAt(0))] = true;
      }
    }
    this.pollsterAliases = Collections.unmodifiableMap(new LinkedHashMap<>(b.pollsterAliases));
    this.decimalComma = b.decimalComma;
    this.pollKey = b.pollKey == null ? List.of() : b.pollKey;
    this.sourceName = b.sourceName;
    this.ignored = Collections.unmodifiableSet(new LinkedHashSet<>(b.ignored));
    List<DateTimeFormatter> formats = new ArrayList<>();
    for (String pattern : datePatterns) {
      formats.add(formatter(pattern, locale));
    }
    this.dateParser = new DateCellParser(locale, formats, String.join(" or ", datePatterns));
  }

  /** {@return the default options, the same as {@code builder().build()} (one shared instance)} */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a new builder with every setting at its default} */
  public static Builder builder() {
    return new Builder();
  }

  Layout layout() {
    return layout;
  }

  /** Source column name (as in the header) to pollkit column. */
  Map<String, String> columns() {
    return columns;
  }

  /** The parser of date cells, with the locale's month names and the given patterns. */
  DateCellParser dateParser() {
    return dateParser;
  }

  /** The header names of the columns read as text whatever their names mean to pollkit. */
  Set<String> ignored() {
    return ignored;
  }

  /** The date formats in words, for messages. */
  String dateFormatNames() {
    return datePatterns.isEmpty() ? "yyyy-MM-dd" : String.join(" or ", datePatterns);
  }

  /** The option columns named by {@link Builder#options}, or empty for automatic detection. */
  List<String> options() {
    return options;
  }

  boolean isMissing(String cell) {
    if (cell.isEmpty()) {
      return true;
    }
    if (cell.length() > longestMissingMarker) {
      return false;
    }
    char c = cell.charAt(0);
    if (c < 128 && !missingStarts[c]) {
      return false; // an ASCII character lowercases to itself or its ASCII lower case
    }
    return missingMarkers.contains(cell.toLowerCase(Locale.ROOT));
  }

  /** The canonical name of a pollster (aliases compared ignoring case), or the name itself. */
  String canonicalPollster(String name) {
    return pollsterAliases.getOrDefault(name.toLowerCase(Locale.ROOT), name);
  }

  boolean hasPollsterAliases() {
    return !pollsterAliases.isEmpty();
  }

  boolean decimalComma() {
    return decimalComma;
  }

  /** The columns naming a poll in a long file, or empty for the default. */
  List<String> pollKey() {
    return pollKey;
  }

  /** The name used in messages, or {@code null} to use the file name. */
  String sourceName() {
    return sourceName;
  }

  @Override
  public String toString() {
    return "ReadOptions[layout="
        + layout
        + ", columns="
        + columns
        + ", dates="
        + dateFormatNames()
        + ", options="
        + (options.isEmpty() ? "auto" : options)
        + ", missing="
        + missingMarkers
        + ", pollsterAliases="
        + pollsterAliases
        + ", decimalComma="
        + decimalComma
        + ", pollKey="
        + (pollKey.isEmpty() ? "default" : pollKey)
        + ", locale="
        + locale.toLanguageTag()
        + (ignored.isEmpty() ? "" : ", ignored=" + ignored)
        + (sourceName == null ? "" : ", sourceName=" + sourceName)
        + "]";
  }

  private static DateTimeFormatter formatter(String pattern, Locale locale) {
    // STRICT rejects 2023-04-31 instead of moving it to 04-30; it needs 'u' (proleptic year)
    // where users write 'y' (year of era), so translate letters outside quoted literals.
    StringBuilder strict = new StringBuilder(pattern.length());
    boolean inLiteral = false;
    for (char c : pattern.toCharArray()) {
      if (c == '\'') {
        inLiteral = !inLiteral;
      }
      strict.append(!inLiteral && c == 'y' ? 'u' : c);
    }
    return DateTimeFormatter.ofPattern(strict.toString(), locale)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /** Builds {@link ReadOptions}; not thread-safe, use once. */
  public static final class Builder {
    private static final Set<String> MAPPABLE;

    static {
      Set<String> mappable = new LinkedHashSet<>();
      for (String column : PollColumns.STANDARD) {
        if (!column.equals(PollColumns.LINE)) {
          mappable.add(column);
        }
        if (column.equals(PollColumns.FIELD_END)) {
          mappable.add(FIELD_DATES);
          mappable.add(FIELD_DATES_IF_MISSING);
        }
      }
      MAPPABLE = Collections.unmodifiableSet(mappable);
    }

    private Layout layout;
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final List<String> datePatterns = new ArrayList<>();
    private List<String> options;
    private List<String> missingMarkers;
    private final Map<String, String> pollsterAliases = new LinkedHashMap<>();
    private boolean decimalComma;
    private List<String> pollKey;
    private String sourceName;
    private Locale locale;
    private final Set<String> ignored = new LinkedHashSet<>();

    private Builder() {}

    /**
     * The layout of the file; {@link Layout#AUTO} by default.
     *
     * @param layout how the file lays out its answer options
     * @return this builder
     * @throws IllegalArgumentException if {@code layout} is {@code LONG} and options were named, or
     *     {@code WIDE} and a poll key was named
     * @throws IllegalStateException if the layout was already set
     */
    public Builder layout(Layout layout) {
      Checks.notNull(layout, "layout");
      Checks.notSetYet(this.layout != null, "layout", this.layout);
      if (layout == Layout.LONG && options != null) {
        throw new IllegalArgumentException(
            "layout LONG conflicts with options "
                + options
                + ", which name columns of a wide file");
      }
      if (layout == Layout.WIDE && pollKey != null) {
        throw new IllegalArgumentException(
            "layout WIDE conflicts with pollKey " + pollKey + ", which groups rows of a long file");
      }
      this.layout = layout;
      return this;
    }

    /**
     * Reads the source column {@code sourceColumn} (its name as in the header) as the pollkit
     * column {@code pollkitColumn}, one of {@link PollColumns#STANDARD} except {@code line}, or
     * {@link #FIELD_DATES} for a column whose cells hold both fieldwork dates ({@code 12–15 Mar
     * 2024}), or {@link #FIELD_DATES_IF_MISSING} for a column whose date stands for the fieldwork
     * of the polls without field dates.
     *
     * @param sourceColumn the column's name in the file's header (stripped), not blank
     * @param pollkitColumn the standard column it holds, e.g. {@code "pollster"}
     * @return this builder
     * @throws IllegalArgumentException if {@code sourceColumn} is blank, {@code pollkitColumn} is
     *     not a mappable standard column, or the source column was named as an option
     * @throws IllegalStateException if the source column or the pollkit column was already mapped
     */
    public Builder column(String sourceColumn, String pollkitColumn) {
      String source = Checks.notBlank(sourceColumn, "sourceColumn").strip();
      Checks.notNull(pollkitColumn, "pollkitColumn");
      if (!MAPPABLE.contains(pollkitColumn)) {
        throw new IllegalArgumentException(
            "pollkitColumn must be one of " + MAPPABLE + ", was '" + pollkitColumn + "'");
      }
      if (columns.containsKey(source)) {
        throw new IllegalStateException(
            "column '" + source + "' was already mapped to " + columns.get(source));
      }
      for (Map.Entry<String, String> e : columns.entrySet()) {
        if (e.getValue().equals(pollkitColumn)) {
          throw new IllegalStateException(
              pollkitColumn + " was already mapped from column '" + e.getKey() + "'");
        }
      }
      if (options != null && options.contains(source)) {
        throw new IllegalArgumentException(
            "column '" + source + "' is an option and cannot also be mapped to " + pollkitColumn);
      }
      if (ignored.contains(source)) {
        throw new IllegalArgumentException(
            "column '" + source + "' is ignored and cannot also be mapped to " + pollkitColumn);
      }
      columns.put(source, pollkitColumn);
      return this;
    }

    /**
     * A date format in {@link DateTimeFormatter} pattern letters, e.g. {@code "M/d/yyyy"} or {@code
     * "d.M.yyyy"}. Several may be given, tried in the order given before the forms pollkit reads
     * anyway (ISO {@code yyyy-MM-dd}, {@code 12 Mar 2024}, {@code Mar 2024}, {@code 2019-06},
     * {@code Q1 2024}, {@code 2024}, and ranges of these: see the README's file format). A pattern
     * without a day ({@code "MM/yyyy"}) reads a month. A cell {@code 12-15/03/2024} is a range
     * whose second date has the pattern. Month names in patterns are those of {@link
     * #locale(Locale)}. Dates are resolved strictly: {@code 4/31/2023} is an error, not April 30.
     *
     * @param pattern the pattern, not blank; {@code y} is read as the proleptic year
     * @return this builder
     * @throws IllegalArgumentException if the pattern is blank or not a valid pattern
     * @throws IllegalStateException if the same pattern was already given
     */
    public Builder datePattern(String pattern) {
      String p = Checks.notBlank(pattern, "pattern").strip();
      if (datePatterns.contains(p)) {
        throw new IllegalStateException("date pattern '" + p + "' was already given");
      }
      try {
        formatter(p, Locale.ROOT);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "pattern must be a DateTimeFormatter pattern such as \"M/d/yyyy\", was '"
                + p
                + "': "
                + e.getMessage(),
            e);
      }
      datePatterns.add(p);
      return this;
    }

    /**
     * The answer-option columns of a wide file, by their names in the header. Columns that are
     * neither metadata, nor these options, nor their {@code _low}/{@code _high} companions are then
     * kept as extra text columns.
     *
     * @param optionColumns the header names of the option columns, at least one, none blank or
     *     given twice
     * @return this builder
     * @throws IllegalArgumentException if no column is named, a name is blank, given twice or
     *     already mapped by {@link #column}, or the layout is {@code LONG} or a poll key was named
     * @throws IllegalStateException if the options were already set
     */
    public Builder options(String... optionColumns) {
      Checks.notNull(optionColumns, "optionColumns");
      if (options != null) {
        throw new IllegalStateException("options were already set to " + options);
      }
      if (optionColumns.length == 0) {
        throw new IllegalArgumentException(
            "optionColumns must name at least one column, was empty");
      }
      if (layout == Layout.LONG) {
        throw new IllegalArgumentException(
            "options name columns of a wide file and conflict with layout LONG");
      }
      if (pollKey != null) {
        throw new IllegalArgumentException(
            "options name columns of a wide file and conflict with pollKey " + pollKey);
      }
      options = distinctNames(optionColumns, "optionColumns element", "option", columns);
      for (String option : options) {
        if (ignored.contains(option)) {
          List<String> named = options;
          options = null;
          throw new IllegalArgumentException(
              "option '" + option + "' is ignored and cannot also be an option, in " + named);
        }
      }
      return this;
    }

    /**
     * Replaces the default missing markers; the empty cell is always missing. Markers are compared
     * with the stripped cell ignoring case, and only with unquoted cells.
     *
     * @param markers the cells that mean "missing", e.g. {@code "n/a", "?"}; none may be null; no
     *     markers at all leaves only the empty cell missing
     * @return this builder
     * @throws IllegalStateException if the markers were already set
     */
    public Builder missingMarkers(String... markers) {
      Checks.notNull(markers, "markers");
      if (missingMarkers != null) {
        throw new IllegalStateException("missing markers were already set to " + missingMarkers);
      }
      List<String> list = new ArrayList<>();
      for (String m : markers) {
        Checks.notNull(m, "markers element");
        list.add(m);
      }
      missingMarkers = List.copyOf(list);
      return this;
    }

    /**
     * Reads the pollster {@code alias} (compared ignoring case) as {@code canonical}. Joint
     * pollsters separated by {@code ;} are mapped one by one.
     *
     * @param alias a name of the pollster as it appears in the file (stripped), not blank
     * @param canonical the name to read instead (stripped), not blank
     * @return this builder
     * @throws IllegalArgumentException if a name is blank
     * @throws IllegalStateException if the alias was already mapped
     */
    public Builder pollsterAlias(String alias, String canonical) {
      String a = Checks.notBlank(alias, "alias").strip();
      String c = Checks.notBlank(canonical, "canonical").strip();
      String key = a.toLowerCase(Locale.ROOT);
      if (pollsterAliases.containsKey(key)) {
        throw new IllegalStateException(
            "pollster alias '" + a + "' was already set to '" + pollsterAliases.get(key) + "'");
      }
      pollsterAliases.put(key, c);
      return this;
    }

    /**
     * Reads {@code ,} as the decimal separator ({@code 45,5} is 45.5; {@code 2.400} is 2400).
     *
     * @return this builder
     * @throws IllegalStateException if the decimal comma was already set
     */
    public Builder decimalComma() {
      if (decimalComma) {
        throw new IllegalStateException("decimal comma was already set");
      }
      decimalComma = true;
      return this;
    }

    /**
     * The columns (header names or pollkit names) whose values together name a poll in a long file.
     * Default: {@code record} if the file has it, else {@code poll_id}.
     *
     * @param keyColumns the key columns, at least one, none blank or given twice
     * @return this builder
     * @throws IllegalArgumentException if no column is named, a name is blank or given twice, or
     *     the layout is {@code WIDE} or options were named
     * @throws IllegalStateException if the poll key was already set
     */
    public Builder pollKey(String... keyColumns) {
      Checks.notNull(keyColumns, "keyColumns");
      Checks.notSetYet(pollKey != null, "poll key", pollKey);
      if (keyColumns.length == 0) {
        throw new IllegalArgumentException("keyColumns must name at least one column, was empty");
      }
      if (layout == Layout.WIDE) {
        throw new IllegalArgumentException(
            "pollKey groups rows of a long file and conflicts with layout WIDE");
      }
      if (options != null) {
        throw new IllegalArgumentException(
            "pollKey groups rows of a long file and conflicts with options " + options);
      }
      pollKey = distinctNames(keyColumns, "keyColumns element", "key column", Map.of());
      return this;
    }

    /**
     * The name of the source in error messages; default: the file name.
     *
     * @param name the name (stripped), not blank, e.g. {@code "538 approval, 2017 download"}
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     * @throws IllegalStateException if the source name was already set
     */
    public Builder sourceName(String name) {
      String n = Checks.notBlank(name, "name").strip();
      Checks.notSetYet(sourceName != null, "source name", "'" + sourceName + "'");
      sourceName = n;
      return this;
    }

    /**
     * The language of month names in date cells ({@code maj}, {@code okt} in Swedish; {@code Mär}
     * in German); English by default. Numbers are not affected (see {@link #decimalComma()}).
     *
     * @param locale the locale whose month names and abbreviations are read, e.g. {@code
     *     Locale.forLanguageTag("sv")}
     * @return this builder
     * @throws IllegalStateException if the locale was already set
     */
    public Builder locale(Locale locale) {
      Checks.notNull(locale, "locale");
      Checks.notSetYet(this.locale != null, "locale", this.locale);
      this.locale = locale;
      return this;
    }

    /**
     * Reads these columns as plain text, whatever their names mean to pollkit: a {@code Date}
     * column that holds the publication date, say, or a {@code Lead} column to leave alone. Their
     * cells are kept as extra text columns; they are neither poll metadata nor answer options.
     *
     * @param sourceColumns header names (stripped), at least one, none blank or given twice
     * @return this builder
     * @throws IllegalArgumentException if no column is named, a name is blank or given twice, or a
     *     column is mapped by {@link #column} or named by {@link #options}
     * @throws IllegalStateException if a column was already ignored
     */
    public Builder ignore(String... sourceColumns) {
      Checks.notNull(sourceColumns, "sourceColumns");
      if (sourceColumns.length == 0) {
        throw new IllegalArgumentException(
            "sourceColumns must name at least one column, was empty");
      }
      List<String> names =
          distinctNames(sourceColumns, "sourceColumns element", "ignored column", columns);
      for (String name : names) {
        if (options != null && options.contains(name)) {
          throw new IllegalArgumentException(
              "column '" + name + "' is an option and cannot also be ignored");
        }
        if (!ignored.add(name)) {
          throw new IllegalStateException("column '" + name + "' was already ignored");
        }
      }
      return this;
    }

    /** {@return the options with the settings made so far, the others at their defaults} */
    public ReadOptions build() {
      return new ReadOptions(this);
    }

    /** The stripped names; a blank one, one given twice or one in {@code mapped} is rejected. */
    private static List<String> distinctNames(
        String[] given, String elementName, String noun, Map<String, String> mapped) {
      List<String> list = new ArrayList<>();
      for (String g : given) {
        String name = Checks.notBlank(g, elementName).strip();
        if (list.contains(name)) {
          throw new IllegalArgumentException(noun + " '" + name + "' was given twice");
        }
        if (mapped.containsKey(name)) {
          throw new IllegalArgumentException(
              noun + " '" + name + "' is already mapped to " + mapped.get(name));
        }
        list.add(name);
      }
      return List.copyOf(list);
    }
  }
}
