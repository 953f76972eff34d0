package io.github.pollkit.chart;

import io.github.pollkit.chart.TrendChart.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ObjDoubleConsumer;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;

/**
 * Everything a {@link TrendChart} draws for one answer option: its polls, their intervals, its
 * trend line (with or without a band) and its published ranges. Immutable; the arrays are copies
 * made when the arguments were checked, and are never changed.
 *
 * @param points the polls as dots, or {@code null}
 * @param intervals the polls' intervals, or {@code null}
 * @param line the trend line, with a band when its bounds are given, or {@code null}
 * @param ranges the published ranges, in the order given
 * @param gaps the stretches of the line without polls, in time order, or {@code null}
 */
record TrendOption(
    Series points, Series intervals, Series line, List<PublishedRange> ranges, List<Gap> gaps) {

  /** Dates with values (points, line) and/or lower and upper bounds (intervals, band). */
  record Series(List<LocalDate> dates, double[] values, double[] lower, double[] upper) {}

  /** A published range: a box from ({@code from}, {@code low}) to ({@code to}, {@code high}). */
  record PublishedRange(String label, LocalDate from, LocalDate to, double low, double high) {}

  /** A stretch without polls: from the day of one poll to the day of the next. */
  record Gap(LocalDate from, LocalDate to) {}

  static final TrendOption EMPTY = new TrendOption(null, null, null, List.of(), null);

  TrendOption withPoints(String name, Series given) {
    return new TrendOption(
        once(points, given, "points of '%s' were", name), intervals, line, ranges, gaps);
  }

  TrendOption withIntervals(String name, Series given) {
    return new TrendOption(
        points, once(intervals, given, "intervals of '%s' were", name), line, ranges, gaps);
  }

  TrendOption withLine(String name, Series given) {
    return new TrendOption(
        points, intervals, once(line, given, "the line of '%s' was", name), ranges, gaps);
  }

  /** {@code given}, unless the part was already given. */
  private static Series once(Series existing, Series given, String what, String name) {
    if (existing != null) {
      throw new IllegalArgumentException(String.format(what, name) + " already given");
    }
    return given;
  }

  TrendOption withRange(String name, PublishedRange range) {
    for (PublishedRange existing : ranges) {
      if (existing.label().equals(range.label())) {
        throw new IllegalArgumentException(
            "range '" + range.label() + "' of '" + name + "' was already given");
      }
    }
    List<PublishedRange> more = new ArrayList<>(ranges);
    more.add(range);
    return new TrendOption(points, intervals, line, List.copyOf(more), gaps);
  }

  TrendOption withGaps(String name, List<Gap> given) {
    if (gaps != null) {
      throw new IllegalArgumentException("the gaps of '" + name + "' were already given");
    }
    return new TrendOption(points, intervals, line, ranges, List.copyOf(given));
  }

  /**
   * The stretches of the line drawn as gaps, each as the indices [first, last] of line days: from
   * the last day of the line on or before the gap's start to the first day on or after its end.
   * Gaps that do not cross at least two days of the line are left out.
   */
  List<int[]> gapStretches() {
    List<int[]> out = new ArrayList<>();
    if (gaps == null || line == null) {
      return out;
    }
    List<LocalDate> days = line.dates();
    for (Gap g : gaps) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < days.size(); i++) {
        if (!days.get(i).isAfter(g.from())) {
          first = i;
        }
        if (last < 0 && !days.get(i).isBefore(g.to())) {
          last = i;
        }
      }
      if (first >= 0 && last > first) {
        if (!out.isEmpty() && out.get(out.size() - 1)[1] > first) {
          continue; // cannot happen for gaps between consecutive polls; kept safe
        }
        out.add(new int[] {first, last});
      }
    }
    return out;
  }

  /** The part that carries the option's legend entry. */
  Part legendPart() {
    if (line != null) {
      return Part.TREND;
    }
    if (points != null) {
      return Part.POLLS;
    }
    return intervals != null ? Part.INTERVALS : Part.RANGE;
  }

  /** Every day drawn: of the polls, intervals, line and the ends of the ranges. */
  Stream<LocalDate> days() {
    return Stream.concat(
        Stream.of(points, intervals, line).filter(s -> s != null).flatMap(s -> s.dates().stream()),
        ranges.stream().flatMap(r -> Stream.of(r.from(), r.to())));
  }

  /** Gives every value drawn, with the name of its XChart series, to {@code sink}. */
  void forEachValue(String name, ObjDoubleConsumer<String> sink) {
    if (points != null) {
      each(TrendChart.seriesName(name, Part.POLLS), points.values(), sink);
    }
    if (intervals != null) {
      each(TrendChart.seriesName(name, Part.INTERVALS), bounds(intervals), sink);
    }
    if (line != null) {
      each(TrendChart.seriesName(name, Part.TREND), line.values(), sink);
      if (line.lower() != null) {
        each(TrendChart.seriesName(name, Part.BAND), bounds(line), sink);
      }
    }
    for (PublishedRange r : ranges) {
      each(TrendChart.rangeSeriesName(name, r.label()), new double[] {r.low(), r.high()}, sink);
    }
  }

  private static double[] bounds(Series s) {
    return DoubleStream.concat(Arrays.stream(s.lower()), Arrays.stream(s.upper())).toArray();
  }

  private static void each(String series, double[] values, ObjDoubleConsumer<String> sink) {
    for (double v : values) {
      sink.accept(series, v);
    }
  }
}
