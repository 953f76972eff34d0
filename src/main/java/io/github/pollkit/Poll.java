package io.github.pollkit;

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
    Map<String, String> extras) {

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
      throw new IllegalArgumentException(
          "fieldEnd must not be before fieldStart, was " + fieldStart + " to " + fieldEnd);
    }
    if (!Double.isNaN(sampleSize) && !(sampleSize > 0 && Double.isFinite(sampleSize))) {
      throw new IllegalArgumentException(
          "sampleSize must be positive and finite (or NaN when unknown), was " + sampleSize);
    }
    Objects.requireNonNull(shares, "shares");
    if (shares.isEmpty()) {
      throw new IllegalArgumentException("a poll needs at least one share, poll " + pollId);
    }
    shares = Collections.unmodifiableMap(new LinkedHashMap<>(shares));
    extras = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNullElse(extras, Map.of())));
  }

  /** The poll's place on a time axis under the given rule, or {@code null} if it has no date. */
  public LocalDate date(DatePlacement placement) {
    return placement.place(fieldStart, fieldEnd);
  }

  /** True when the poll has a field start or end date. */
  public boolean isDated() {
    return fieldStart != null || fieldEnd != null;
  }

  /** True when the sample size is reported. */
  public boolean hasSampleSize() {
    return !Double.isNaN(sampleSize);
  }

  /** The share of an option, if this poll reports one. */
  public Optional<Share> share(String option) {
    return Optional.ofNullable(shares.get(option));
  }

  /** The pollsters, split at {@code ;} and trimmed. */
  public List<String> pollsters() {
    return Arrays.stream(pollster.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** A copy of this poll with other shares (same metadata). */
  public Poll withShares(Map<String, Share> newShares) {
    return new Poll(
        record, line, pollId, pollster, sponsor, fieldStart, fieldEnd, datePrecision, population,
        base, sampleSize, mode, question, questionGroup, newShares, sourceUrl, note, extras);
  }

  /** A copy of this poll with line 0, i.e. not tied to a line of a file. */
  Poll withoutLine() {
    return line == 0 ? this : new Poll(
        record, 0, pollId, pollster, sponsor, fieldStart, fieldEnd, datePrecision, population,
        base, sampleSize, mode, question, questionGroup, shares, sourceUrl, note, extras);
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
