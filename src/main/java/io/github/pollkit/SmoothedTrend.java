package io.github.pollkit;

import io.github.pollkit.trend.TrendBand;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import tech.tablesaw.api.Table;

/**
 * A smoothed line through one option's polls (or the lead between two options): its {@link
 * TrendBand} and its provenance — how it was made, the polls it used and those it left out and why.
 *
 * <p>Days without an estimate (a rolling-average window with no poll) hold NaN; they are kept, not
 * filled in. An option's estimate and bounds are clipped to [0, 100] (a normal band can cross 0
 * near a small share); a lead's are not. Standard errors are the engine's.
 *
 * <pre>{@code
 * SmoothedTrend support = polls.smooth(Smoothers.kalman()).get("support");
 * support.band().at(LocalDate.of(2024, 2, 19));  // estimate, se, lower, upper that day
 * support.pollsUsed();
 * }</pre>
 *
 * @param label the option, or {@code "a − b"} for a lead
 * @param method how the line was made, e.g. {@code "LOESS, span 0.4"}
 * @param band the line and its band
 * @param pollsUsed how many polls went into the line
 * @param leftOut the polls left out, each with its reason
 * @param note what else the method did that a reader should know (e.g. polls given the median n),
 *     or {@code ""}
 */
public record SmoothedTrend(
    String label,
    String method,
    TrendBand band,
    int pollsUsed,
    List<Exclusion> leftOut,
    String note) {

  /**
   * Checks and copies the parts.
   *
   * @param label see the record description
   * @param method see the record description
   * @param band see the record description
   * @param pollsUsed see the record description
   * @param leftOut see the record description
   * @param note see the record description
   */
  public SmoothedTrend {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(band, "band");
    leftOut = List.copyOf(Objects.requireNonNull(leftOut, "leftOut"));
    Objects.requireNonNull(note, "note");
  }

  /** The line of a series: an option's estimate and bounds clipped to [0, 100], a lead's not. */
  static SmoothedTrend of(Series series, String method, TrendBand band, String note) {
    if (!series.isLead()) {
      band = mapped(band, value -> Math.min(100, Math.max(0, value)), se -> se);
    }
    return new SmoothedTrend(series.label, method, band, series.size(), series.leftOut, note);
  }

  /**
   * The band with {@code value} applied to its estimate and bounds and {@code se} to its standard
   * errors.
   */
  static TrendBand mapped(TrendBand band, DoubleUnaryOperator value, DoubleUnaryOperator se) {
    return TrendBand.of(
        band.dates().stream().mapToLong(LocalDate::toEpochDay).toArray(),
        Arrays.stream(band.estimate()).map(value).toArray(),
        Arrays.stream(band.standardError()).map(se).toArray(),
        Arrays.stream(band.lower()).map(value).toArray(),
        Arrays.stream(band.upper()).map(value).toArray(),
        band.confidence());
  }

  /**
   * The line as a table named after the label and method.
   *
   * @return a new table with columns {@code date, estimate, lower, upper}
   */
  public Table table() {
    return band.table().removeColumns("se").setName(label + " (" + method + ")");
  }

  /**
   * Reads as a person would say it, e.g. {@code support, Kalman smoother: 77.2 on 2024-02-19 (95%
   * band 72.7 to 81.6), 47 polls used, 3 left out (no date)}.
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(label).append(", ").append(method).append(": ");
    double[] estimate = band.estimate();
    int last = estimate.length - 1;
    while (last >= 0 && Double.isNaN(estimate[last])) {
      last--;
    }
    if (last < 0) {
      b.append("no estimate");
    } else {
      TrendBand.Point p = band.at(band.dates().get(last));
      b.append(
          String.format(
              Locale.ROOT,
              "%.1f on %s (%d%% band %.1f to %.1f)",
              p.estimate(),
              p.date(),
              Math.round(band.confidence() * 100),
              p.lower(),
              p.upper()));
    }
    b.append(", ")
        .append(pollsUsed)
        .append(" polls used, ")
        .append(Series.describeLeftOut(leftOut));
    if (!note.isEmpty()) {
      b.append("; ").append(note);
    }
    return b.toString();
  }
}
