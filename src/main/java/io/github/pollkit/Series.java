package io.github.pollkit;

import io.github.pollkit.model.DatePlacement;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.Share;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dated shares of one option (or one lead between two options) ready for a trend engine:
 * parallel arrays sorted by date, plus the polls that were left out and why.
 *
 * <p>Built by {@link PollSet}; engines in {@code io.github.pollkit.trend} take its arrays.
 */
final class Series {
  /** What a computation needs of each poll. */
  enum Need {
    /** A dated point share (ranges left out). */
    POINT,
    /** A dated point share with a sample size. */
    POINT_WITH_N,
    /** A dated share; published ranges allowed. */
    POINT_OR_RANGE
  }

  final String label;
  final List<Poll> polls;
  final double[] day;
  final double[] value;
  final double[] n;
  final double[] low;
  final double[] high;

  /** For a lead a − b: the shares of a and of b (NaN for a single option's series). */
  final double[] first;

  final double[] second;
  final List<Exclusion> leftOut;

  private Series(
      String label,
      List<Poll> polls,
      double[] day,
      double[] value,
      double[] n,
      double[] low,
      double[] high,
      double[] first,
      double[] second,
      List<Exclusion> leftOut) {
    this.label = label;
    this.polls = List.copyOf(polls);
    this.day = day;
    this.value = value;
    this.n = n;
    this.low = low;
    this.high = high;
    this.first = first;
    this.second = second;
    this.leftOut = Collections.unmodifiableList(leftOut);
  }

  int size() {
    return polls.size();
  }

  /** The days of the series as dates. */
  List<LocalDate> dates() {
    List<LocalDate> out = new ArrayList<>(size());
    for (double d : day) {
      out.add(LocalDate.ofEpochDay((long) d));
    }
    return out;
  }

  LocalDate first() {
    return size() == 0 ? null : LocalDate.ofEpochDay((long) day[0]);
  }

  LocalDate last() {
    return size() == 0 ? null : LocalDate.ofEpochDay((long) day[size() - 1]);
  }

  /** The series of one option's shares. */
  static Series of(PollSet set, String option, Need need) {
    List<Row> rows = new ArrayList<>();
    List<Exclusion> leftOut = new ArrayList<>();
    for (Poll p : set.polls()) {
      Share s = p.shares().get(option);
      if (s == null) {
        continue; // the poll does not ask about this option: not an exclusion
      }
      String why = reasonToLeaveOut(p, s.isRange(), set.placement(), need);
      if (why != null) {
        leftOut.add(new Exclusion(PollSet.label(p), why));
        continue;
      }
      rows.add(
          new Row(
              p,
              p.date(set.placement()).toEpochDay(),
              s.value(),
              s.low(),
              s.high(),
              Double.NaN,
              Double.NaN));
    }
    return build(option, rows, leftOut);
  }

  /** The series of the lead {@code a − b} within each poll that reports both as points. */
  static Series lead(PollSet set, String a, String b, Need need) {
    List<Row> rows = new ArrayList<>();
    List<Exclusion> leftOut = new ArrayList<>();
    for (Poll p : set.polls()) {
      Share sa = p.shares().get(a);
      Share sb = p.shares().get(b);
      if (sa == null && sb == null) {
        continue;
      }
      String why;
      if (sa == null || sb == null) {
        why = "reports " + (sa == null ? b : a) + " but not " + (sa == null ? a : b);
      } else {
        why =
            reasonToLeaveOut(
                p,
                sa.isRange() || sb.isRange(),
                set.placement(),
                need == Need.POINT_OR_RANGE ? Need.POINT : need);
      }
      if (why != null) {
        leftOut.add(new Exclusion(PollSet.label(p), why));
        continue;
      }
      rows.add(
          new Row(
              p,
              p.date(set.placement()).toEpochDay(),
              sa.value() - sb.value(),
              Double.NaN,
              Double.NaN,
              sa.value(),
              sb.value()));
    }
    return build(a + " − " + b, rows, leftOut);
  }

  private static String reasonToLeaveOut(
      Poll p, boolean range, DatePlacement placement, Need need) {
    if (p.date(placement) == null) {
      return "no date";
    }
    if (range && need != Need.POINT_OR_RANGE) {
      return "published range where a point is needed";
    }
    if (need == Need.POINT_WITH_N && !p.hasSampleSize()) {
      return "no sample size";
    }
    return null;
  }

  private record Row(
      Poll poll, long day, double value, double low, double high, double first, double second) {}

  private static Series build(String label, List<Row> rows, List<Exclusion> leftOut) {
    rows.sort((x, y) -> Long.compare(x.day, y.day)); // stable: ties keep source order
    int k = rows.size();
    double[] day = new double[k];
    double[] value = new double[k];
    double[] n = new double[k];
    double[] low = new double[k];
    double[] high = new double[k];
    double[] first = new double[k];
    double[] second = new double[k];
    List<Poll> polls = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      Row r = rows.get(i);
      polls.add(r.poll);
      day[i] = r.day;
      value[i] = r.value;
      n[i] = SampleAccounting.effectiveSampleSize(r.poll); // published n unless accounted
      low[i] = r.low;
      high[i] = r.high;
      first[i] = r.first;
      second[i] = r.second;
    }
    return new Series(label, polls, day, value, n, low, high, first, second, leftOut);
  }

  /** Counts of exclusions by reason, e.g. {@code {no date=5}}. */
  static Map<String, Integer> countByReason(List<Exclusion> leftOut) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    leftOut.forEach(e -> counts.merge(e.reason(), 1, Integer::sum));
    return counts;
  }

  static String describeLeftOut(List<Exclusion> leftOut) {
    if (leftOut.isEmpty()) {
      return "none left out";
    }
    StringBuilder b = new StringBuilder().append(leftOut.size()).append(" left out (");
    countByReason(leftOut)
        .forEach((r, c) -> b.append(leftOut.size() == c ? "" : c + " ").append(r).append(", "));
    b.setLength(b.length() - 2);
    return b.append(')').toString();
  }

  boolean isLead() {
    return size() > 0 && !Double.isNaN(first[0]);
  }

  int[] intDays() {
    int[] d = new int[day.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = Math.toIntExact((long) day[i]);
    }
    return d;
  }

  String[] pollsters() {
    return polls.stream().map(Poll::pollster).toArray(String[]::new);
  }
}
