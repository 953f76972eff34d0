package io.github.pollkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A smoothed line through one option's polls (or the lead between two options), with its band,
 * and the polls it used and left out.
 *
 * <p>Days without an estimate (a rolling-average window with no poll) hold NaN; they are kept,
 * not filled in. An option's estimate and band are clipped to [0, 100] (a normal band can cross
 * 0 near a small share); a lead's are not.
 */
public final class SmoothedTrend {
  private final String label;
  private final String method;
  private final List<LocalDate> days;
  private final double[] estimate;
  private final double[] lower;
  private final double[] upper;
  private final double confidence;
  private final int pollsUsed;
  private final List<Exclusion> leftOut;
  private final String note;

  SmoothedTrend(String label, String method, List<LocalDate> days, double[] estimate, double[] lower,
      double[] upper, double confidence, int pollsUsed, List<Exclusion> leftOut, String note) {
    this.label = label;
    this.method = method;
    this.days = List.copyOf(days);
    this.estimate = estimate.clone();
    this.lower = lower.clone();
    this.upper = upper.clone();
    this.confidence = confidence;
    this.pollsUsed = pollsUsed;
    this.leftOut = List.copyOf(leftOut);
    this.note = Objects.requireNonNullElse(note, "");
    if (estimate.length != days.size() || lower.length != days.size() || upper.length != days.size()) {
      throw new IllegalArgumentException("days, estimate, lower and upper must have one length");
    }
  }

  static SmoothedTrend fromEpochDays(String label, String method, double[] epochDays, double[] estimate,
      double[] lower, double[] upper, double confidence, Series series, String note) {
    List<LocalDate> days = new ArrayList<>(epochDays.length);
    for (double d : epochDays) {
      days.add(LocalDate.ofEpochDay(Math.round(d)));
    }
    if (!series.isLead()) {
      estimate = clipToShares(estimate);
      lower = clipToShares(lower);
      upper = clipToShares(upper);
    }
    return new SmoothedTrend(label, method, days, estimate, lower, upper, confidence, series.size(),
        series.leftOut, note);
  }

  /**
   * A share lies in [0, 100]; a smoother's normal band (and a linear smoother's estimate) can
   * cross those bounds near 0 or 100, so an option's line is clipped to them. Leads are not.
   */
  private static double[] clipToShares(double[] values) {
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.min(100, Math.max(0, out[i]));
    }
    return out;
  }

  /** The option, or {@code "a − b"} for a lead. */
  public String label() {
    return label;
  }

  /** How the line was made, e.g. {@code "LOESS, span 0.4"}. */
  public String method() {
    return method;
  }

  /** The days of the line, ascending. */
  public List<LocalDate> days() {
    return days;
  }

  /** The estimate on each day, in points (NaN where there is none). */
  public double[] estimate() {
    return estimate.clone();
  }

  /** The band's lower bound on each day, in points. */
  public double[] lower() {
    return lower.clone();
  }

  /** The band's upper bound on each day, in points. */
  public double[] upper() {
    return upper.clone();
  }

  /** The band's confidence level, e.g. 0.95. */
  public double confidence() {
    return confidence;
  }

  /** How many polls went into the line. */
  public int pollsUsed() {
    return pollsUsed;
  }

  /** The polls left out, each with its reason. */
  public List<Exclusion> leftOut() {
    return leftOut;
  }

  /** What else the method did that a reader should know (e.g. polls given the median n). */
  public String note() {
    return note;
  }

  /** The line as a table: date, estimate, lower, upper. */
  public Table table() {
    DateColumn date = DateColumn.create("date", days);
    return Table.create(label + " (" + method + ")", date,
        DoubleColumn.create("estimate", estimate), DoubleColumn.create("lower", lower),
        DoubleColumn.create("upper", upper));
  }

  /** The index of the last day with an estimate, or -1. */
  private int lastEstimated() {
    for (int i = estimate.length - 1; i >= 0; i--) {
      if (!Double.isNaN(estimate[i])) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(label).append(", ").append(method).append(": ");
    int last = lastEstimated();
    if (last < 0) {
      b.append("no estimate");
    } else {
      b.append(String.format(Locale.ROOT, "%.1f on %s (%d%% band %.1f to %.1f)", estimate[last],
          days.get(last), Math.round(confidence * 100), lower[last], upper[last]));
    }
    b.append(", ").append(pollsUsed).append(" polls used, ").append(Series.describeLeftOut(leftOut));
    if (!note.isEmpty()) {
      b.append("; ").append(note);
    }
    return b.toString();
  }
}
