package io.github.pollkit;

import io.github.pollkit.chart.ToplineChart;
import io.github.pollkit.internal.Checks;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.Share;
import io.github.pollkit.stats.Proportions;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds {@link PollSet#toplineChart(String)}: the bars, margins and caption of one poll. */
final class Topline {
  private Topline() {}

  /** The confidence of the whiskers. */
  static final double CONFIDENCE = 0.95;

  static ToplineChart of(PollSet set, String pollId) {
    Checks.notNull(pollId, "pollId");
    Poll poll =
        set.polls().stream()
            .filter(p -> pollId.equals(p.pollId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "pollId '"
                            + pollId
                            + "' is not a poll of this set ("
                            + set.size()
                            + " polls)"));
    double n = poll.sampleSize();
    if (!(n > 0)) {
      throw new IllegalArgumentException(
          "pollId '" + pollId + "' has no sample size: the topline's margins of error need one");
    }
    List<String> options = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (String option : poll.shares().keySet()) { // the order of the source's columns
      Share s = poll.shares().get(option);
      if (s != null && !s.isRange()) {
        options.add(option);
        shares.add(s.value());
      }
    }
    if (options.isEmpty()) {
      throw new IllegalArgumentException(
          "pollId '" + pollId + "' reports no point share to draw as a bar");
    }
    double[] values = shares.stream().mapToDouble(Double::doubleValue).toArray();
    double[] margins = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      margins[i] = Proportions.marginOfError(values[i], n, CONFIDENCE);
    }
    return ToplineChart.create()
        .options(options.toArray(new String[0]))
        .group(groupName(poll), values, margins)
        .caption(caption(poll));
  }

  /** {@code "Rating Group, June 2019"}, or the pollster alone without a date. */
  static String groupName(Poll poll) {
    LocalDate d = poll.fieldEnd() != null ? poll.fieldEnd() : poll.fieldStart();
    return d == null ? poll.pollster() : poll.pollster() + ", " + month(d) + " " + d.getYear();
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /**
   * {@code "Rating Group, fieldwork 13–23 June 2019, n = 2,400, all respondents. Whiskers: 95%
   * margins of error."}
   */
  static String caption(Poll poll) {
    StringBuilder b = new StringBuilder(poll.pollster());
    String dates = fieldDates(poll.fieldStart(), poll.fieldEnd());
    if (dates != null) {
      b.append(", fieldwork ").append(dates);
    }
    b.append(String.format(Locale.ENGLISH, ", n = %,d", Math.round(poll.sampleSize())));
    if (poll.base() != null && !poll.base().isBlank()) {
      b.append(", ").append(poll.base());
    }
    b.append(". Whiskers: 95% margins of error (simple random sampling).");
    return b.toString();
  }

  /** {@code "13–23 June 2019"}, {@code "28 May – 14 June 2016"}, {@code "30 Dec 2019 – …"}. */
  static String fieldDates(LocalDate start, LocalDate end) {
    if (start == null && end == null) {
      return null;
    }
    if (start == null || end == null || start.equals(end)) {
      return dayMonthYear(start == null ? end : start);
    }
    if (start.getYear() != end.getYear()) {
      return dayMonthYear(start) + " – " + dayMonthYear(end);
    }
    if (start.getMonth() != end.getMonth()) {
      return start.getDayOfMonth() + " " + month(start) + " – " + dayMonthYear(end);
    }
    return start.getDayOfMonth() + "–" + dayMonthYear(end);
  }

  /** {@code "13 June 2019"}. */
  private static String dayMonthYear(LocalDate d) {
    return d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
  }
}
