package io.github.pollkit.io;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads one date cell as people write it into the span of days it stands for, with its precision. A
 * cell is a single date or a range of two dates; a month, quarter or year stands for all of its
 * days, never for an invented day.
 *
 * <p>The grammar, tried in this order (a {@code -} between the parts of an ISO date is a hyphen;
 * month names and abbreviations are those of the locale, compared ignoring case, with or without a
 * final {@code .}; an unambiguous beginning of a month name of at least three letters also counts,
 * so {@code Sept} and {@code Mär} are read):
 *
 * <pre>
 * cell     = date | date SEP date           SEP: - – — with or without spaces, or " to "
 * date     = PATTERN                        any pattern given with ReadOptions.datePattern(...)
 *          | yyyy-MM-dd                     day       2024-03-12
 *          | yyyy-MM | yyyy-MONTH           month     2019-06, 1967-maj, 2026-okt
 *          | yyyy-Qn | Qn yyyy | yyyy Qn    quarter   2024-Q1, Q1 2024 (Swedish also K1: 1997-K4)
 *          | yyyy                           year      2024
 *          | d MONTH yyyy | MONTH d[,] yyyy day       12 Mar 2024, 12. März 2024, March 12, 2024
 *          | MONTH yyyy | yyyy MONTH        month     Mar 2024, March 2024
 *          | d MONTH | MONTH d | MONTH      with a default year only: 26 Jun, Jun 26, Jun
 * </pre>
 *
 * <p>In a range the first date may leave out what the second gives: {@code 12–15 Mar 2024}, {@code
 * 28 Feb – 2 Mar 2024}, {@code 12-15/03/2024} (with the pattern {@code dd/MM/yyyy}), {@code Jan–Mar
 * 2024}; when the first date takes the year of the second and would then come after it, it belongs
 * to the year before ({@code 28 Dec – 3 Jan 2024} starts on 2023-12-28). English day numbers may
 * carry {@code st}, {@code nd}, {@code rd} or {@code th}.
 *
 * <p>Numeric dates with {@code /} or {@code .} ({@code 6/5/2019}) are read only with a pattern:
 * whether the day or the month comes first cannot be told from the cell. Years have four digits and
 * lie in 1 to 9999. An impossible date ({@code 2019-02-30}) or a range that ends before it starts
 * is an error, never moved to a nearby day. Errors are {@link CellException}s stating the rule.
 *
 * <p>Immutable and thread-safe.
 */
final class DateCellParser {
  /** The precision of a span: its days are known to the day, or only its month, quarter or year. */
  static final String DAY = "day";

  /** Known to the month. */
  static final String MONTH = "month";

  /** Known to the quarter. */
  static final String QUARTER = "quarter";

  /** Known to the year. */
  static final String YEAR = "year";

  private static final List<String> PRECISIONS = List.of(DAY, MONTH, QUARTER, YEAR);

  /**
   * The longest cell read as a date ({@code 28 September 2023 – 3 November 2024} has 35
   * characters): a longer one is refused at once, so that a huge cell cannot make the search for a
   * range separator slow (it tries each separator, and each try copies the cell).
   */
  static final int MAX_LENGTH = 100;

  /** Whether precision {@code a} is coarser than {@code b} (year over quarter over month). */
  static boolean coarser(String a, String b) {
    return PRECISIONS.indexOf(a) > PRECISIONS.indexOf(b);
  }

  /** No default year: year-less cells are errors. */
  static final int NO_YEAR = Integer.MIN_VALUE;

  /**
   * The days a cell stands for.
   *
   * @param first the first day
   * @param last the last day, not before {@code first}
   * @param precision {@link #DAY}, {@link #MONTH}, {@link #QUARTER} or {@link #YEAR}: the coarsest
   *     of the dates written
   * @param range whether the cell was a range of two dates
   */
  record DateSpan(LocalDate first, LocalDate last, String precision, boolean range) {
    /** Whether the dates are known to the day. */
    boolean isDay() {
      return precision.equals(DAY);
    }
  }

  private final Locale locale;
  private final List<DateTimeFormatter> patterns;
  private final String patternNames;
  private final Map<String, Month> months;
  private final Set<String> quarterLetters;

  /**
   * A parser for the given locale's month names and the user's patterns.
   *
   * @param locale the language of month names
   * @param patterns formats tried first (may be empty), resolved strictly
   * @param patternNames the patterns in words for messages, e.g. {@code "M/d/yyyy"}; empty if none
   */
  DateCellParser(Locale locale, List<DateTimeFormatter> patterns, String patternNames) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.patterns = List.copyOf(patterns);
    this.patternNames = patternNames;
    this.months = monthNames(locale);
    Set<String> quarters = new HashSet<>();
    quarters.add("q");
    if (Set.of("sv", "da", "nb", "no", "nn").contains(locale.getLanguage())) {
      quarters.add("k"); // kvartal
    }
    this.quarterLetters = Set.copyOf(quarters);
  }

  /**
   * Reads a cell without a default year.
   *
   * @param cell the cell, stripped and not missing
   * @return its span
   * @throws CellException if it is not a date or range of the grammar, or an impossible one
   */
  DateSpan parse(String cell) {
    return parse(cell, NO_YEAR);
  }

  /**
   * Reads a cell; year-less dates ({@code 26–28 Jun}) take {@code defaultYear}.
   *
   * @param cell the cell, stripped and not missing
   * @param defaultYear the year of year-less dates, or {@link #NO_YEAR}
   * @return its span
   * @throws CellException if it is not a date or range of the grammar, or an impossible one
   */
  DateSpan parse(String cell, int defaultYear) {
    if (cell.length() > MAX_LENGTH) {
      throw new CellException(
          "is not a date: it is longer than " + MAX_LENGTH + " characters, which no date is");
    }
    String text = cell.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
    Part whole = single(text, defaultYear);
    if (whole != null) {
      return new DateSpan(whole.first, whole.last, whole.precision, false);
    }
    for (int i = 1; i < text.length() - 1; i++) {
      int separatorLength = separatorLength(text, i);
      if (separatorLength == 0) {
        continue;
      }
      String left = text.substring(0, i).strip();
      String right = text.substring(i + separatorLength).strip();
      if (left.isEmpty() || right.isEmpty()) {
        continue;
      }
      Part end = single(right, defaultYear);
      if (end == null) {
        end = dayOfLeftMonth(left, right, defaultYear);
      }
      if (end == null) {
        continue;
      }
      Part start = single(left, NO_YEAR);
      if (start == null) {
        start = partial(left, end);
      }
      if (start == null) {
        continue;
      }
      if (start.last.isAfter(end.last)) {
        throw new CellException(
            "is a range that ends before it starts ("
                + start.first
                + " to "
                + end.last
                + "): write the earlier date first");
      }
      String precision =
          PRECISIONS.get(
              Math.max(PRECISIONS.indexOf(start.precision), PRECISIONS.indexOf(end.precision)));
      return new DateSpan(start.first, end.last, precision, true);
    }
    if (defaultYear == NO_YEAR && yearless(text)) {
      throw new CellException(
          NO_YEAR_RULE + ": a date such as '26 Jun' or '26–28 Jun' needs a year in the cell");
    }
    throw notADate(text);
  }

  /** The start of the rule when a cell is a date but has no year and no default year is given. */
  static final String NO_YEAR_RULE = "has no year";

  private boolean yearless(String text) {
    try {
      parse(text, 2000);
      return true;
    } catch (CellException e) {
      return false;
    }
  }

  /** {@code 26–28 June, 2019}, as US sources write: the second date takes the first's month. */
  private Part dayOfLeftMonth(String left, String right, int defaultYear) {
    List<Token> l = tokens(left);
    List<Token> r = tokens(right);
    if (l == null || r == null) {
      return null;
    }
    l = withoutOrdinals(l);
    r = withoutOrdinals(r);
    String rightShape = shape(r);
    if (!shape(l).equals("MD") || !(rightShape.equals("DY") || rightShape.equals("D"))) {
      return null;
    }
    int year = rightShape.equals("DY") ? yearOf(r.get(1)) : defaultYear;
    if (year == NO_YEAR) {
      return null;
    }
    return day(year, monthOf(l.get(0)).getValue(), dayOf(r.get(0)));
  }

  /**
   * Whether a cell reads as a date or range, is one in form but not in fact ({@code 2019-02-30}),
   * or is numbers joined by {@code /} or {@code .} that a pattern would read ({@code 6/28/2019}):
   * for messages about a date column that is read as something else.
   *
   * @param cell the cell, stripped and not missing
   * @return whether it looks like a date
   */
  boolean looksLikeDate(String cell) {
    if (cell.length() > MAX_LENGTH) {
      return false;
    }
    try {
      parse(cell, 2000); // a year-less 26 Jun looks like a date too
      return true;
    } catch (CellException e) {
      String text = cell.strip();
      return isNumericWithSlashOrDot(text)
          || e.rule().startsWith(IMPOSSIBLE)
          || e.rule().startsWith("has the year");
    }
  }

  /** The start of the rule for a date in one of the forms that names no real day or month. */
  private static final String IMPOSSIBLE = "is not a date: ";

  private CellException notADate(String text) {
    if (isNumericWithSlashOrDot(text)) {
      return new CellException(
          "is not a date"
              + (patternNames.isEmpty() ? "" : " in the format " + patternNames)
              + ": for numeric dates with '/' or '.' give the order of day and month with"
              + " ReadOptions.builder().datePattern(...), e.g. \"M/d/yyyy\" or \"d/M/yyyy\"");
    }
    return new CellException(
        "is not a date in the format "
            + (patternNames.isEmpty() ? "" : patternNames + " or ")
            + "yyyy-MM-dd, nor a month, quarter, year or range such as 2024-03, Mar 2024,"
            + " Q1 2024, 2024, 12 Mar 2024 or 12–15 Mar 2024 (month names in "
            + locale.getDisplayLanguage(Locale.ENGLISH)
            + ")");
  }

  private static boolean isNumericWithSlashOrDot(String text) {
    boolean mark = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '/' || c == '.') {
        mark = true;
      } else if (!(c >= '0' && c <= '9') && !isDash(c) && c != ' ') {
        return false;
      }
    }
    return mark;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  /** The length of a range separator starting at {@code i}, or 0. */
  private static int separatorLength(String text, int i) {
    char c = text.charAt(i);
    if (isDash(c)) {
      return 1;
    }
    if (c == ' ' && text.regionMatches(true, i, " to ", 0, 4)) {
      return 4;
    }
    return 0;
  }

  /** One date of a cell: the days it stands for. */
  private record Part(LocalDate first, LocalDate last, String precision) {
    boolean isDay() {
      return precision.equals(DAY);
    }
  }

  /** A whole date, or null when the text has none of the forms; impossible dates throw. */
  private Part single(String text, int defaultYear) {
    Part patterned = patterned(text);
    if (patterned != null) {
      return patterned;
    }
    Part iso = iso(text);
    if (iso != null) {
      return iso;
    }
    List<Token> tokens = tokens(text);
    if (tokens == null || tokens.isEmpty()) {
      return null;
    }
    return words(tokens, defaultYear);
  }

  private Part patterned(String text) {
    for (DateTimeFormatter pattern : patterns) {
      ParsePosition position = new ParsePosition(0);
      TemporalAccessor unresolved = pattern.parseUnresolved(text, position);
      if (unresolved == null
          || position.getErrorIndex() >= 0
          || position.getIndex() != text.length()) {
        continue;
      }
      TemporalAccessor resolved;
      try {
        resolved = pattern.parse(text);
      } catch (DateTimeParseException e) {
        if (unresolved.isSupported(ChronoField.YEAR)
            && unresolved.isSupported(ChronoField.MONTH_OF_YEAR)
            && unresolved.isSupported(ChronoField.DAY_OF_MONTH)) {
          day( // throws, naming the day that does not exist
              (int) unresolved.getLong(ChronoField.YEAR),
              (int) unresolved.getLong(ChronoField.MONTH_OF_YEAR),
              (int) unresolved.getLong(ChronoField.DAY_OF_MONTH));
        }
        throw new CellException(
            "is not a date: it has the format " + patternNames + " but no such day exists");
      }
      if (resolved.isSupported(ChronoField.EPOCH_DAY)) {
        LocalDate day = LocalDate.from(resolved);
        return new Part(checkedYear(day), day, DAY);
      }
      if (resolved.isSupported(ChronoField.YEAR)
          && resolved.isSupported(ChronoField.MONTH_OF_YEAR)) {
        return month(resolved.get(ChronoField.YEAR), resolved.get(ChronoField.MONTH_OF_YEAR));
      }
      if (resolved.isSupported(ChronoField.YEAR)) {
        return year(resolved.get(ChronoField.YEAR));
      }
    }
    return null;
  }

  /** yyyy-MM-dd, yyyy-MM, yyyy-MONTH, yyyy-Qn. */
  private Part iso(String text) {
    int n = text.length();
    if (n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
      extendedYear(text);
      return null;
    }
    if (n < 6 || !digits(text, 0, 4) || text.charAt(4) != '-') {
      return null;
    }
    int year = Integer.parseInt(text.substring(0, 4));
    String rest = text.substring(5);
    int dash = rest.indexOf('-');
    if (dash > 0) {
      String m = rest.substring(0, dash);
      String d = rest.substring(dash + 1);
      if (m.length() <= 2 && digits(m) && d.length() <= 2 && digits(d)) {
        return day(year, Integer.parseInt(m), Integer.parseInt(d));
      }
      return null;
    }
    if (rest.length() <= 2 && digits(rest)) {
      return month(year, Integer.parseInt(rest));
    }
    if (rest.length() == 2
        && quarterLetters.contains(lower(rest.substring(0, 1)))
        && digits(rest, 1, 2)) {
      return quarter(year, rest.charAt(1) - '0');
    }
    Month month = months.get(word(rest));
    return month == null ? null : month(year, month.getValue());
  }

  /**
   * ISO 8601's expanded years ({@code +32768-01-01}, {@code -0001-01-01}): a date, but outside the
   * years pollkit reads, so always an error naming the year.
   */
  private static void extendedYear(String text) {
    int dash = text.indexOf('-', 1);
    if (dash < 5
        || !digits(text, 1, dash)
        || text.length() != dash + 6
        || !digits(text, dash + 1, dash + 3)
        || text.charAt(dash + 3) != '-'
        || !digits(text, dash + 4, dash + 6)) {
      return;
    }
    String year = text.charAt(0) == '-' ? text.substring(0, dash) : text.substring(1, dash);
    throw new CellException(
        "has the year " + year + ": a poll's date must lie in the years 1 to 9999");
  }

  /** A token of a written date: a number or a word; separators are dropped. */
  private record Token(String text, boolean number) {}

  /** Numbers and words separated by spaces, commas and dots, or null if other characters occur. */
  private static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == ',' || c == '.') {
        i++;
      } else if (c >= '0' && c <= '9') {
        int start = i;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        tokens.add(new Token(text.substring(start, i), true));
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < n && Character.isLetter(text.charAt(i))) {
          i++;
        }
        tokens.add(new Token(text.substring(start, i), false));
      } else {
        return null;
      }
    }
    return tokens;
  }

  /** Dates written with month names, quarters and plain years. */
  private Part words(List<Token> raw, int defaultYear) {
    List<Token> t = withoutOrdinals(raw);
    String shape = shape(t);
    switch (shape) {
      case "Y":
        return year(Integer.parseInt(t.get(0).text));
      case "MY":
        return month(yearOf(t.get(1)), monthOf(t.get(0)).getValue());
      case "YM":
        return month(yearOf(t.get(0)), monthOf(t.get(1)).getValue());
      case "DMY":
        return day(yearOf(t.get(2)), monthOf(t.get(1)).getValue(), dayOf(t.get(0)));
      case "MDY":
        return day(yearOf(t.get(2)), monthOf(t.get(0)).getValue(), dayOf(t.get(1)));
      case "QNY":
        return quarter(yearOf(t.get(2)), quarterOf(t.get(1)));
      case "YQN":
        return quarter(yearOf(t.get(0)), quarterOf(t.get(2)));
      default:
        break;
    }
    if (defaultYear == NO_YEAR) {
      return null;
    }
    Part yearless =
        switch (shape) {
          case "DM" -> day(defaultYear, monthOf(t.get(1)).getValue(), dayOf(t.get(0)));
          case "MD" -> day(defaultYear, monthOf(t.get(0)).getValue(), dayOf(t.get(1)));
          case "M" -> month(defaultYear, monthOf(t.get(0)).getValue());
          default -> null;
        };
    return yearless;
  }

  /**
   * The first date of a range that leaves out what the second date gives: a day ({@code 12}), a day
   * and month ({@code 28 Feb}), or a month ({@code Jan}).
   */
  private Part partial(String text, Part end) {
    List<Token> tokens = tokens(text);
    if (tokens == null || tokens.isEmpty()) {
      return null;
    }
    List<Token> t = withoutOrdinals(tokens);
    int year = end.first.getYear();
    Part part =
        switch (shape(t)) {
          case "D" -> end.isDay() ? day(year, end.first.getMonthValue(), dayOf(t.get(0))) : null;
          case "DM" -> day(year, monthOf(t.get(1)).getValue(), dayOf(t.get(0)));
          case "MD" -> day(year, monthOf(t.get(0)).getValue(), dayOf(t.get(1)));
          case "M" -> month(year, monthOf(t.get(0)).getValue());
          default -> null;
        };
    if (part == null || !part.first.isAfter(end.first) || shape(t).equals("D")) {
      return part;
    }
    // 28 Dec – 3 Jan 2024: the first date is in the year before
    return switch (shape(t)) {
      case "DM" -> day(year - 1, monthOf(t.get(1)).getValue(), dayOf(t.get(0)));
      case "MD" -> day(year - 1, monthOf(t.get(0)).getValue(), dayOf(t.get(1)));
      default -> month(year - 1, monthOf(t.get(0)).getValue());
    };
  }

  /**
   * The shape of a date's tokens: {@code Y} a four-digit year, {@code D} a day number (one or two
   * digits), {@code N} a quarter number (one digit after a quarter letter), {@code M} a month name,
   * {@code Q} a quarter letter; {@code ?} anything else.
   */
  private String shape(List<Token> tokens) {
    StringBuilder s = new StringBuilder(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String text = token.text;
      if (token.number) {
        boolean afterQuarter = i > 0 && s.charAt(i - 1) == 'Q';
        s.append(
            text.length() == 4
                ? 'Y'
                : afterQuarter && text.length() == 1 ? 'N' : text.length() <= 2 ? 'D' : '?');
      } else if (months.containsKey(word(text))) {
        s.append('M');
      } else if (quarterLetters.contains(lower(text))) {
        s.append('Q');
      } else {
        s.append('?');
      }
    }
    return s.toString();
  }

  /** Drops English ordinal suffixes after day numbers (12th, 1st). */
  private List<Token> withoutOrdinals(List<Token> tokens) {
    if (!locale.getLanguage().equals("en")) {
      return tokens;
    }
    List<Token> kept = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean ordinal =
          !token.number
              && i > 0
              && tokens.get(i - 1).number
              && Set.of("st", "nd", "rd", "th").contains(lower(token.text));
      if (!ordinal) {
        kept.add(token);
      }
    }
    return kept;
  }

  private static int yearOf(Token token) {
    return Integer.parseInt(token.text);
  }

  private static int dayOf(Token token) {
    return Integer.parseInt(token.text);
  }

  private static int quarterOf(Token token) {
    return Integer.parseInt(token.text);
  }

  private Month monthOf(Token token) {
    return months.get(word(token.text));
  }

  private Part day(int year, int month, int day) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new CellException("is not a date: there is no month " + month);
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (day < 1 || day > yearMonth.lengthOfMonth()) {
      throw new CellException(
          "is not a date: "
              + yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " "
              + year
              + " has no day "
              + day);
    }
    LocalDate date = LocalDate.of(year, month, day);
    return new Part(date, date, DAY);
  }

  private Part month(int year, int month) {
    checkYear(year);
    if (month < 1 || month > 12) {
      throw new CellException("is not a date: there is no month " + month);
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    return new Part(yearMonth.atDay(1), yearMonth.atEndOfMonth(), MONTH);
  }

  private Part quarter(int year, int quarter) {
    checkYear(year);
    if (quarter < 1 || quarter > 4) {
      throw new CellException("is not a date: there is no quarter " + quarter);
    }
    YearMonth first = YearMonth.of(year, 3 * quarter - 2);
    return new Part(first.atDay(1), first.plusMonths(2).atEndOfMonth(), QUARTER);
  }

  private Part year(int year) {
    checkYear(year);
    return new Part(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), YEAR);
  }

  private static LocalDate checkedYear(LocalDate day) {
    checkYear(day.getYear());
    return day;
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new CellException(
          "has the year " + year + ": a poll's date must lie in the years 1 to 9999");
    }
  }

  private static boolean digits(String text) {
    return !text.isEmpty() && digits(text, 0, text.length());
  }

  private static boolean digits(String text, int from, int to) {
    if (text.length() < to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private String lower(String text) {
    return text.toLowerCase(locale);
  }

  /** A month word as looked up: lower case, without a final dot. */
  private String word(String text) {
    String w = lower(text.strip());
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /**
   * Month names of the locale: full and abbreviated, format and stand-alone, without dots, and
   * every beginning of at least three letters that names one month only.
   */
  private static Map<String, Month> monthNames(Locale locale) {
    Map<String, Month> names = new HashMap<>();
    Map<String, Month> prefixes = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Month month : Month.values()) {
      for (TextStyle style :
          List.of(
              TextStyle.FULL,
              TextStyle.SHORT,
              TextStyle.FULL_STANDALONE,
              TextStyle.SHORT_STANDALONE)) {
        String name = month.getDisplayName(style, locale).toLowerCase(locale).replace(".", "");
        if (!name.isEmpty() && Character.isLetter(name.charAt(0)) && !digitsOnly(name)) {
          names.put(name, month);
        }
      }
      String full = month.getDisplayName(TextStyle.FULL_STANDALONE, locale).toLowerCase(locale);
      for (int length = 3; length < full.length(); length++) {
        String prefix = full.substring(0, length);
        Month earlier = prefixes.putIfAbsent(prefix, month);
        if (earlier != null && earlier != month) {
          ambiguous.add(prefix);
        }
      }
    }
    for (Map.Entry<String, Month> e : prefixes.entrySet()) {
      if (!ambiguous.contains(e.getKey())) {
        names.putIfAbsent(e.getKey(), e.getValue());
      }
    }
    return Map.copyOf(names);
  }

  private static boolean digitsOnly(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
