package io.github.pollkit.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One poll: its metadata and the share of each answer option.
 *
 * <p>Missing text is the empty string, a missing date is {@code null}, a missing sample size is
 * NaN. Shares are in percentage points.
 *
 * @param record 1-based number of the poll record in its source
 * @param line 1-based line where the record starts in its source file, 0 if not from a file
 * @param pollId the source's id (may be empty, need not be unique)
 * @param pollster organisation(s) that did the fieldwork, several separated by {@code ;}
 * @param sponsor commissioning organisation
 * @param fieldStart first day of fieldwork, or {@code null}
 * @param fieldEnd last day of fieldwork, or {@code null}
 * @param datePrecision how exactly the source dates the fieldwork (day, month, year, span, …)
 * @param population who was sampled, as given
 * @param base what the shares are shares of, as given
 * @param sampleSize number of respondents, NaN if not reported
 * @param mode fieldwork mode
 * @param question the question asked
 * @param questionGroup a coarse grouping of questions that are comparable
 * @param shares option → share, in source order
 * @param sourceUrl where the numbers come from
 * @param note caveats
 * @param extras columns of the source that are neither metadata nor options, by name
 * @param optionRows for an option whose row in a long source has another line or other extra cells
 *     than the poll's: that line and those cells (empty for most polls)
 */
public record Poll(
    int record,
    int line,
    String pollId,
    String pollster,
    String sponsor,
    LocalDate fieldStart,
    LocalDate fieldEnd,
    String datePrecision,
    String population,
    String base,
    double sampleSize,
    String mode,
    String question,
    String questionGroup,
    Map<String, Share> shares,
    String sourceUrl,
    String note,
    Map<String, String> extras,
    Map<String, OptionRow> optionRows) {

  /**
   * The row of one option in a long source, where it differs from the poll's first row: the source
   * repeats the poll's metadata on every row, but each row has its own line and may have its own
   * extra cells (e.g. a candidate's party).
   *
   * @param line 1-based line of the row in its source file, 0 if not from a file
   * @param extras the row's extra cells, by column name
   */
  public record OptionRow(int line, Map<String, String> extras) {
    /**
     * Copies the extra cells.
     *
     * @param line 1-based line of the row in its source file, 0 if not from a file
     * @param extras the row's extra cells, by column name
     */
    public OptionRow {
      extras = copy(extras);
    }
  }

  /**
   * Checks the rules of a poll. Missing text becomes the empty string; option rows equal to the
   * poll's own line and extras are dropped.
   *
   * @param record 1-based number of the poll record in its source
   * @param line 1-based line where the record starts in its source file, 0 if not from a file
   * @param pollId the source's id (may be empty, need not be unique)
   * @param pollster organisation(s) that did the fieldwork, several separated by {@code ;}
   * @param sponsor commissioning organisation
   * @param fieldStart first day of fieldwork, or {@code null}
   * @param fieldEnd last day of fieldwork, or {@code null}
   * @param datePrecision how exactly the source dates the fieldwork (day, month, year, span, …)
   * @param population who was sampled, as given
   * @param base what the shares are shares of, as given
   * @param sampleSize number of respondents, NaN if not reported
   * @param mode fieldwork mode
   * @param question the question asked
   * @param questionGroup a coarse grouping of questions that are comparable
   * @param shares option → share, in source order
   * @param sourceUrl where the numbers come from
   * @param note caveats
   * @param extras columns of the source that are neither metadata nor options, by name
   * @param optionRows for an option whose row in a long source differs from the poll's: its line
   *     and extra cells
   * @throws RuleViolation if fieldwork ends before it starts, the sample size is not positive and
   *     finite (or NaN), or there is no share
   * @throws IllegalArgumentException if an option row names an option without a share
   */
  public Poll {
    pollId = Objects.requireNonNullElse(pollId, "");
    pollster = Objects.requireNonNullElse(pollster, "");
    sponsor = Objects.requireNonNullElse(sponsor, "");
    datePrecision = Objects.requireNonNullElse(datePrecision, "");
    population = Objects.requireNonNullElse(population, "");
    base = Objects.requireNonNullElse(base, "");
    mode = Objects.requireNonNullElse(mode, "");
    question = Objects.requireNonNullElse(question, "");
    questionGroup = Objects.requireNonNullElse(questionGroup, "");
    sourceUrl = Objects.requireNonNullElse(sourceUrl, "");
    note = Objects.requireNonNullElse(note, "");
    if (fieldStart != null && fieldEnd != null && fieldEnd.isBefore(fieldStart)) {
      throw new RuleViolation(
          RuleViolation.Rule.FIELDWORK_IN_ORDER,
          "fieldEnd",
          "fieldEnd must not be before fieldStart, was " + fieldStart + " to " + fieldEnd);
    }
    if (!Double.isNaN(sampleSize) && !(sampleSize > 0 && Double.isFinite(sampleSize))) {
      throw new RuleViolation(
          RuleViolation.Rule.SAMPLE_SIZE_POSITIVE,
          "sampleSize",
          "sampleSize must be positive and finite (or NaN when unknown), was " + sampleSize);
    }
    Objects.requireNonNull(shares, "shares");
    if (shares.isEmpty()) {
      throw new RuleViolation(
          RuleViolation.Rule.AT_LEAST_ONE_SHARE,
          "shares",
          "a poll needs at least one share, poll " + pollId);
    }
    shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    extras = copy(Objects.requireNonNullElse(extras, Map.of()));
    Map<String, OptionRow> rows = new LinkedHashMap<>();
    Map<String, OptionRow> given = Objects.requireNonNullElse(optionRows, Map.of());
    OptionRow own = given.isEmpty() ? null : new OptionRow(line, extras);
    for (var e : given.entrySet()) {
      if (!shares.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "optionRows must name options with a share, had '" + e.getKey() + "'");
      }
      if (!e.getValue().equals(own)) {
        rows.put(e.getKey(), e.getValue());
      }
    }
    optionRows = rows.isEmpty() ? Collections.emptyMap() : Collections.unmodifiableMap(rows);
  }

  /** An unmodifiable copy of extra cells; the one shared empty map when there are none. */
  private static Map<String, String> copy(Map<String, String> extras) {
    return extras.isEmpty()
        ? Collections.emptyMap()
        : Collections.unmodifiableMap(new LinkedHashMap<>(extras));
  }

  /**
   * The line of an option's row in the source (the poll's line unless its row differs).
   *
   * @param option an option of this poll
   * @return the line, 0 if not from a file
   */
  public int lineOf(String option) {
    OptionRow row = optionRows.get(option);
    return row == null ? line : row.line();
  }

  /**
   * The extra cells of an option's row (the poll's extras unless its row differs).
   *
   * @param option an option of this poll
   * @return the extra cells by column name
   */
  public Map<String, String> extrasOf(String option) {
    OptionRow row = optionRows.get(option);
    return row == null ? extras : row.extras();
  }

  /**
   * The poll's place on a time axis under the given rule.
   *
   * @param placement the rule
   * @return the date, or {@code null} if the poll has no date
   */
  public LocalDate date(DatePlacement placement) {
    return placement.place(fieldStart, fieldEnd);
  }

  /**
   * Whether the poll has a field start or end date.
   *
   * @return true when it has a date
   */
  public boolean isDated() {
    return fieldStart != null || fieldEnd != null;
  }

  /**
   * Whether the sample size is reported.
   *
   * @return true when it is not NaN
   */
  public boolean hasSampleSize() {
    return !Double.isNaN(sampleSize);
  }

  /**
   * The share of an option, if this poll reports one.
   *
   * @param option the option
   * @return its share, or empty
   */
  public Optional<Share> share(String option) {
    return Optional.ofNullable(shares.get(option));
  }

  /**
   * The pollsters, split at {@code ;} and trimmed.
   *
   * @return the pollsters, in order
   */
  public List<String> pollsters() {
    return Arrays.stream(pollster.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * A copy of this poll with other shares (same metadata; option rows of the options kept).
   *
   * @param newShares option → share
   * @return the copy
   */
  public Poll withShares(Map<String, Share> newShares) {
    Map<String, OptionRow> rows = new LinkedHashMap<>(optionRows);
    rows.keySet().retainAll(newShares.keySet());
    return copy(line, newShares, rows);
  }

  /**
   * A copy of this poll with every line 0, i.e. not tied to the lines of a file: polls read from
   * different files compare equal when their contents are.
   *
   * @return the copy
   */
  public Poll withoutLines() {
    Map<String, OptionRow> rows = new LinkedHashMap<>();
    optionRows.forEach((option, row) -> rows.put(option, new OptionRow(0, row.extras())));
    return copy(0, shares, rows);
  }

  private Poll copy(int newLine, Map<String, Share> newShares, Map<String, OptionRow> newRows) {
    return new Poll(
        record,
        newLine,
        pollId,
        pollster,
        sponsor,
        fieldStart,
        fieldEnd,
        datePrecision,
        population,
        base,
        sampleSize,
        mode,
        question,
        questionGroup,
        newShares,
        sourceUrl,
        note,
        extras,
        newRows);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(pollId.isEmpty() ? "record " + record : pollId).append(": ");
    b.append(pollster.isEmpty() ? "unknown pollster" : pollster);
    b.append(", ").append(fieldStart == null && fieldEnd == null ? "undated" : dates());
    if (hasSampleSize()) {
      b.append(", n = ").append(Share.fmt(sampleSize));
    }
    b.append(", ");
    shares.forEach((k, v) -> b.append(k).append(' ').append(v).append(" / "));
    b.setLength(b.length() - 3);
    return b.toString();
  }

  private String dates() {
    if (fieldStart == null || fieldEnd == null || fieldStart.equals(fieldEnd)) {
      return String.valueOf(fieldEnd != null ? fieldEnd : fieldStart);
    }
    return fieldStart + " to " + fieldEnd;
  }
}
