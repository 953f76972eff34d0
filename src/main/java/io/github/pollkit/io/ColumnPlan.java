package io.github.pollkit.io;

import static io.github.pollkit.model.PollColumns.FIELD_END;
import static io.github.pollkit.model.PollColumns.FIELD_START;
import static io.github.pollkit.model.PollColumns.LINE;
import static io.github.pollkit.model.PollColumns.OPTION;
import static io.github.pollkit.model.PollColumns.POLL_ID;
import static io.github.pollkit.model.PollColumns.RECORD;
import static io.github.pollkit.model.PollColumns.SHARE;
import static io.github.pollkit.model.PollColumns.SHARE_HIGH;
import static io.github.pollkit.model.PollColumns.SHARE_LOW;

import io.github.pollkit.model.PollColumns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each column of a poll file holds, decided from its header and the {@link ReadOptions}: a
 * pollkit metadata column, an answer option (wide), a range bound of an option (wide), or an extra
 * column kept as text.
 */
final class ColumnPlan {
  /** Header names (normalized: lower case, spaces and hyphens as underscores) pollkit knows. */
  static final Map<String, String> KNOWN_NAMES = knownNames();

  /**
   * Normalized header names of columns that are neither metadata nor answer options and are kept as
   * text: {@code Lead} (a difference of two shares, not a share).
   */
  static final java.util.Set<String> KNOWN_TEXT = java.util.Set.of("lead");

  /** A wide file's option: its column and the columns of its range bounds (-1 when absent). */
  record OptionColumns(String name, int share, int low, int high) {}

  final String source;
  final long headerLine;
  final Layout layout;
  final String[] names;
  private final Map<String, Integer> metadata;
  final List<OptionColumns> options;
  final int[] extras;

  /** Long files: the columns whose values name a poll. */
  final int[] key;

  private ColumnPlan(
      String source,
      long headerLine,
      Layout layout,
      String[] names,
      Map<String, Integer> metadata,
      List<OptionColumns> options,
      int[] extras,
      int[] key) {
    this.source = source;
    this.headerLine = headerLine;
    this.layout = layout;
    this.names = names;
    this.metadata = metadata;
    this.options = options;
    this.extras = extras;
    this.key = key;
  }

  /** The source column holding a pollkit column, or -1. */
  int column(String pollkitColumn) {
    return metadata.getOrDefault(pollkitColumn, -1);
  }

  /**
   * Lower case, each run of spaces, hyphens, underscores and dots as one underscore ({@code Sample
   * size}, {@code sample-size}, {@code Sample_Size} and R's {@code Sample.size} are one name).
   */
  static String normalize(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean separator = c == ' ' || c == '-' || c == '_' || c == '.' || c == '\u00A0';
      if (!separator) {
        b.append(c);
      } else if (b.length() == 0 || b.charAt(b.length() - 1) != '_') {
        b.append('_');
      }
    }
    return b.toString();
  }

  static ColumnPlan of(CsvRecord header, ReadOptions options, String source) {
    long line = header.line;
    if (header.error != null) {
      throw new Rejection(source, line, null, null, "header " + header.error);
    }
    String[] names = header.fields.clone();
    Map<String, Integer> byName = new HashMap<>();
    Map<String, Integer> byLowerCase = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      names[i] = names[i].strip();
      if (names[i].isEmpty()) {
        throw new Rejection(
            source,
            line,
            null,
            null,
            "column " + (i + 1) + " of the header has no name: every column needs a name");
      }
      for (int k = 0; k < names[i].length(); k++) {
        if (Character.isISOControl(names[i].charAt(k))) {
          throw new Rejection(
              source,
              line,
              names[i],
              null,
              String.format(
                  "has the control character U+%04X in its name: a column name is printable text",
                  (int) names[i].charAt(k)));
        }
      }
      Integer earlier = byName.putIfAbsent(names[i], i);
      if (earlier != null) {
        throw new Rejection(
            source,
            line,
            names[i],
            null,
            "appears twice in the header (columns "
                + (earlier + 1)
                + " and "
                + (i + 1)
                + "): column names must be unique");
      }
      earlier = byLowerCase.putIfAbsent(names[i].toLowerCase(Locale.ROOT), i);
      if (earlier != null) {
        throw new Rejection(
            source,
            line,
            names[i],
            null,
            "differs only in case from column '"
                + names[earlier]
                + "' (columns "
                + (earlier + 1)
                + " and "
                + (i + 1)
                + "): column names must be unique ignoring case, as in a table");
      }
    }
    for (String mapped : options.columns().keySet()) {
      if (!byName.containsKey(mapped)) {
        throw new Rejection(
            source,
            line,
            mapped,
            null,
            "is mapped to "
                + options.columns().get(mapped)
                + " by ReadOptions.column(...) but is not a column of the file");
      }
    }

    for (String ignored : options.ignored()) {
      if (!byName.containsKey(ignored)) {
        throw new Rejection(
            source,
            line,
            ignored,
            null,
            "is ignored by ReadOptions.ignore(...) but is not a column of the file");
      }
    }

    Map<String, Integer> metadata = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      if (options.ignored().contains(names[i])) {
        continue;
      }
      String target = options.columns().get(names[i]);
      if (target == null && !options.options().contains(names[i])) {
        target = KNOWN_NAMES.get(normalize(names[i]));
      }
      if (target == null) {
        continue;
      }
      if (target.equals(LINE)) {
        throw new Rejection(
            source,
            line,
            names[i],
            null,
            "is reserved: pollkit numbers the lines itself; rename the column");
      }
      Integer earlier = metadata.putIfAbsent(target, i);
      if (earlier != null) {
        throw new Rejection(
            source,
            line,
            names[i],
            null,
            "means "
                + target
                + " like column '"
                + names[earlier]
                + "': only one column may hold "
                + target
                + "; read the other as text with ReadOptions.builder().ignore(\""
                + names[i]
                + "\") or map it to another column with column(\""
                + names[i]
                + "\", ...)");
      }
    }
    if (metadata.containsKey(ReadOptions.FIELD_DATES)) {
      for (String part : List.of(FIELD_START, FIELD_END)) {
        if (metadata.containsKey(part)) {
          String dates = names[metadata.get(ReadOptions.FIELD_DATES)];
          throw new Rejection(
              source,
              line,
              dates,
              null,
              "holds the fieldwork dates (field_dates), but column '"
                  + names[metadata.get(part)]
                  + "' holds "
                  + part
                  + ": if '"
                  + dates
                  + "' is another date, read it as text with ReadOptions.builder().ignore(\""
                  + dates
                  + "\")");
        }
      }
    }

    boolean hasLongColumns = metadata.containsKey(OPTION) && metadata.containsKey(SHARE);
    Layout layout = options.layout();
    if (layout == Layout.AUTO) {
      layout = hasLongColumns ? Layout.LONG : Layout.WIDE;
    }
    if (layout == Layout.LONG) {
      return longPlan(source, line, names, metadata, options);
    }
    return widePlan(source, line, names, byName, metadata, options);
  }

  private static ColumnPlan longPlan(
      String source,
      long line,
      String[] names,
      Map<String, Integer> metadata,
      ReadOptions options) {
    if (!metadata.containsKey(OPTION)) {
      throw new Rejection(
          source,
          line,
          null,
          null,
          "has no 'option' column: a long file needs one (and a 'share' column)");
    }
    boolean hasBounds = metadata.containsKey(SHARE_LOW) && metadata.containsKey(SHARE_HIGH);
    if (!metadata.containsKey(SHARE) && !hasBounds) {
      throw new Rejection(
          source,
          line,
          null,
          null,
          "has no 'share' column: a long file needs one (or 'share_low' and 'share_high')");
    }
    if (metadata.containsKey(SHARE_LOW) != metadata.containsKey(SHARE_HIGH)) {
      String present = metadata.containsKey(SHARE_LOW) ? SHARE_LOW : SHARE_HIGH;
      throw new Rejection(
          source,
          line,
          names[metadata.get(present)],
          null,
          "is a range bound without its partner: a long file needs both share_low and share_high");
    }
    int[] key;
    if (!options.pollKey().isEmpty()) {
      key = new int[options.pollKey().size()];
      for (int k = 0; k < key.length; k++) {
        key[k] = find(names, metadata, options.pollKey().get(k));
        if (key[k] < 0) {
          throw new Rejection(
              source,
              line,
              options.pollKey().get(k),
              null,
              "is named by ReadOptions.pollKey(...) but is not a column of the file");
        }
      }
    } else if (metadata.containsKey(RECORD)) {
      key = new int[] {metadata.get(RECORD)};
    } else if (metadata.containsKey(POLL_ID)) {
      key = new int[] {metadata.get(POLL_ID)};
    } else {
      throw new Rejection(
          source,
          line,
          null,
          null,
          "has no 'poll_id' column: a long file needs one (or ReadOptions.pollKey(...)) to tell"
              + " which rows belong to one poll");
    }
    List<Integer> extras = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (!metadata.containsValue(i)) {
        extras.add(i);
      }
    }
    return new ColumnPlan(
        source, line, Layout.LONG, names, metadata, List.of(), toArray(extras), key);
  }

  private static ColumnPlan widePlan(
      String source,
      long line,
      String[] names,
      Map<String, Integer> byName,
      Map<String, Integer> metadata,
      ReadOptions options) {
    for (String longOnly : List.of(OPTION, SHARE, SHARE_LOW, SHARE_HIGH)) {
      if (metadata.containsKey(longOnly)) {
        throw new Rejection(
            source,
            line,
            names[metadata.get(longOnly)],
            null,
            "belongs to a long file (one row per option, with 'option' and 'share' columns),"
                + " but the file is read as wide (one column per option)");
      }
    }
    List<String> optionNames = new ArrayList<>();
    if (!options.options().isEmpty()) {
      for (String option : options.options()) {
        if (!byName.containsKey(option)) {
          throw new Rejection(
              source,
              line,
              option,
              null,
              "is named by ReadOptions.options(...) but is not a column of the file");
        }
        optionNames.add(option);
      }
    } else {
      for (int i = 0; i < names.length; i++) {
        if (metadata.containsValue(i)
            || options.ignored().contains(names[i])
            || KNOWN_TEXT.contains(normalize(names[i]))) {
          continue;
        }
        String base = boundBase(names[i]);
        if (base == null) {
          optionNames.add(names[i]);
        } else {
          Integer baseColumn = byName.get(base);
          if (baseColumn == null || metadata.containsValue(baseColumn)) {
            throw new Rejection(
                source,
                line,
                names[i],
                null,
                "looks like a range bound, but there is no option column '"
                    + base
                    + "'; name the options with ReadOptions.options(...)");
          }
        }
      }
    }
    if (optionNames.isEmpty()) {
      throw new Rejection(
          source,
          line,
          null,
          null,
          "has no answer-option columns: every column is poll metadata; a wide file needs a"
              + " column per option (or use ReadOptions.options(...))");
    }
    List<OptionColumns> optionColumns = new ArrayList<>();
    boolean[] used = new boolean[names.length];
    for (int i : metadata.values()) {
      used[i] = true;
    }
    for (String option : optionNames) {
      int share = byName.get(option);
      int low = byName.getOrDefault(option + "_low", -1);
      int high = byName.getOrDefault(option + "_high", -1);
      if ((low < 0) != (high < 0)) {
        int present = low < 0 ? high : low;
        throw new Rejection(
            source,
            line,
            names[present],
            null,
            "is a range bound of option '"
                + option
                + "' without its partner '"
                + option
                + (low < 0 ? "_low" : "_high")
                + "': a published range needs both bounds");
      }
      used[share] = true;
      if (low >= 0) {
        used[low] = true;
      }
      if (high >= 0) {
        used[high] = true;
      }
      optionColumns.add(new OptionColumns(option, share, low, high));
    }
    List<Integer> extras = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      if (!used[i]) {
        extras.add(i);
      }
    }
    return new ColumnPlan(
        source,
        line,
        Layout.WIDE,
        names,
        metadata,
        List.copyOf(optionColumns),
        toArray(extras),
        new int[0]);
  }

  /** The option a {@code _low}/{@code _high} column bounds, or null. */
  private static String boundBase(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith("_low") && name.length() > 4) {
      return name.substring(0, name.length() - 4);
    }
    if (lower.endsWith("_high") && name.length() > 5) {
      return name.substring(0, name.length() - 5);
    }
    return null;
  }

  private static int find(String[] names, Map<String, Integer> metadata, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return metadata.getOrDefault(name, -1);
  }

  private static int[] toArray(List<Integer> list) {
    int[] array = new int[list.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = list.get(i);
    }
    return array;
  }

  private static Map<String, String> knownNames() {
    Map<String, String> m = new HashMap<>();
    for (String standard : PollColumns.STANDARD) {
      m.put(standard, standard);
    }
    m.put("pollid", POLL_ID);
    m.put("firm", PollColumns.POLLSTER);
    m.put("polling_firm", PollColumns.POLLSTER);
    m.put("sponsors", PollColumns.SPONSOR);
    m.put("commissioned_by", PollColumns.SPONSOR);
    m.put("startdate", FIELD_START);
    m.put("start_date", FIELD_START);
    m.put("fieldwork_start", FIELD_START);
    m.put("enddate", FIELD_END);
    m.put("end_date", FIELD_END);
    m.put("fieldwork_end", FIELD_END);
    m.put("start", FIELD_START);
    m.put("end", FIELD_END);
    for (String dates :
        List.of(
            "date",
            "dates",
            "date(s)",
            "fieldwork",
            "fieldwork_date",
            "fieldwork_dates",
            "fieldwork_period",
            "field_work",
            "field_work_date",
            "field_work_dates",
            "field_work_period",
            "field_date",
            "field_dates",
            "field_period",
            "date_conducted",
            "dates_conducted",
            "date(s)_conducted",
            "conducted")) {
      m.put(dates, ReadOptions.FIELD_DATES);
    }
    m.put("pollster_name", PollColumns.POLLSTER);
    m.put("polling_company", PollColumns.POLLSTER);
    m.put("polling_organisation", PollColumns.POLLSTER);
    m.put("polling_organization", PollColumns.POLLSTER);
    m.put("pop", PollColumns.POPULATION);
    m.put("samplesize", PollColumns.SAMPLE_SIZE);
    m.put("sample", PollColumns.SAMPLE_SIZE);
    m.put("number_of_observations", PollColumns.SAMPLE_SIZE); // HuffPost Pollster, The Economist
    m.put("n", PollColumns.SAMPLE_SIZE);
    m.put("answer", OPTION);
    m.put("pct", SHARE);
    m.put("url", PollColumns.SOURCE_URL);
    m.put("notes", PollColumns.NOTE);
    return Map.copyOf(m);
  }
}
