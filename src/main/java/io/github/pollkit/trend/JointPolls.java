package io.github.pollkit.trend;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The polls a {@link JointPollAverage} is fitted to: for each poll its day, its shares of K options
 * in points (NaN where the option was not asked or did not yet exist), its sample size and its
 * pollster. Immutable; arrays are copied in.
 *
 * <p>A missing sample size (NaN) takes the median of the others (the rule of {@link
 * PollObservations}). An option missing in a poll drops out of that poll's observation vector
 * (never imputed); a poll with no option at all is rejected.
 *
 * <pre>{@code
 * JointPolls polls = JointPolls.of(List.of("M", "S", "SD"), endDay, shares, n, pollster);
 * }</pre>
 */
public final class JointPolls {
  final String[] options;
  final int[] day;
  final double[][] share; // [poll][option], NaN: missing
  final double[] n; // missing n already replaced by the median
  private final double[] givenN; // as given, NaN where missing
  final String[] pollster;
  final int medianSampleSizeCount;

  private JointPolls(
      String[] options,
      int[] day,
      double[][] share,
      double[] n,
      double[] givenN,
      String[] pollster,
      int medianSampleSizeCount) {
    this.options = options;
    this.givenN = givenN;
    this.day = day;
    this.share = share;
    this.n = n;
    this.pollster = pollster;
    this.medianSampleSizeCount = medianSampleSizeCount;
  }

  /**
   * Polls of several options at once.
   *
   * @param options the option names, distinct, not blank, at least one
   * @param day the day of each poll in epoch days ({@code LocalDate.toEpochDay()}); for a real-time
   *     average, the last day of fieldwork
   * @param share {@code share[i][k]}: poll i's share of option k in points, in [0, 100], or NaN
   *     when the option is missing in that poll; the shares of a poll add up to at most 100 plus ½
   *     per option given (published shares rounded to whole points)
   * @param n the sample size of each poll, &gt; 0, or NaN when not published
   * @param pollster the pollster of each poll, not null or blank
   * @return the polls
   * @throws NullPointerException if an argument or a row of share is null
   * @throws IllegalArgumentException if the lengths differ, there are no polls or options, or a
   *     value is bad (the message names it and its index)
   */
  public static JointPolls of(
      List<String> options, int[] day, double[][] share, double[] n, String[] pollster) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(n, "n");
    Objects.requireNonNull(pollster, "pollster");
    if (options.isEmpty()) {
      throw new IllegalArgumentException("options must not be empty, was " + options);
    }
    Set<String> seen = new HashSet<>();
    for (String o : options) {
      if (o == null || o.isBlank() || !seen.add(o)) {
        throw new IllegalArgumentException(
            "options must be distinct and not blank, was " + options);
      }
    }
    int m = day.length;
    if (m == 0) {
      throw new IllegalArgumentException("day must hold at least one poll, was empty");
    }
    if (share.length != m || n.length != m || pollster.length != m) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "share, n and pollster must have the length of day (%d), had %d, %d and %d",
              m,
              share.length,
              n.length,
              pollster.length));
    }
    int k = options.size();
    double[][] copy = new double[m][];
    for (int i = 0; i < m; i++) {
      double[] row = Objects.requireNonNull(share[i], "share[" + i + "]");
      if (row.length != k) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "share[%d] must hold one value per option (%d), had %d",
                i,
                k,
                row.length));
      }
      double sum = 0;
      int present = 0;
      for (int j = 0; j < k; j++) {
        double p = row[j];
        if (Double.isNaN(p)) {
          continue;
        }
        if (!(p >= 0 && p <= 100)) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT,
                  "share must be in [0, 100] or NaN, was %s at poll %d, option %s",
                  p,
                  i,
                  options.get(j)));
        }
        sum += p;
        present++;
      }
      if (present == 0) {
        throw new IllegalArgumentException(
            "share must hold at least one option per poll, was all NaN at poll " + i);
      }
      if (sum > 100 + 0.5 * present) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "shares must add up to at most 100 (plus ½ per option for rounding), was %s at"
                    + " poll %d",
                sum,
                i));
      }
      copy[i] = row.clone();
      if (pollster[i] == null || pollster[i].isBlank()) {
        throw new IllegalArgumentException(
            "pollster must not be null or blank, was '" + pollster[i] + "' at index " + i);
      }
    }
    SampleSizes sizes = SampleSizes.of(n);
    return new JointPolls(
        options.toArray(new String[0]),
        day.clone(),
        copy,
        sizes.n(),
        n.clone(),
        pollster.clone(),
        sizes.medianCount());
  }

  /**
   * The option names, in the order of the share columns.
   *
   * @return the options
   */
  public List<String> options() {
    return List.of(options);
  }

  /**
   * The number of polls.
   *
   * @return the number of polls
   */
  public int size() {
    return day.length;
  }

  /**
   * How many polls had no sample size and were given the median of the others.
   *
   * @return the count
   */
  public int medianSampleSizeCount() {
    return medianSampleSizeCount;
  }

  /** The index of an option; IllegalArgumentException naming it when unknown. */
  int indexOf(String option) {
    return indexOf(options, option);
  }

  /** The index of an option among these; IllegalArgumentException naming it when unknown. */
  static int indexOf(String[] options, String option) {
    Objects.requireNonNull(option, "option");
    for (int j = 0; j < options.length; j++) {
      if (options[j].equals(option)) {
        return j;
      }
    }
    throw new IllegalArgumentException(
        "option must be one of " + Arrays.toString(options) + ", was '" + option + "'");
  }

  /**
   * The polls with day &lt; {@code beforeDay} (epoch days), in the given order, a missing n taking
   * the median of these polls only; null if none.
   */
  JointPolls before(int beforeDay) {
    int count = 0;
    for (int d : day) {
      if (d < beforeDay) {
        count++;
      }
    }
    if (count == 0) {
      return null;
    }
    int[] dd = new int[count];
    double[][] ss = new double[count][];
    double[] nn = new double[count];
    String[] pp = new String[count];
    int c = 0;
    for (int i = 0; i < day.length; i++) {
      if (day[i] < beforeDay) {
        dd[c] = day[i];
        ss[c] = share[i];
        nn[c] = givenN[i];
        pp[c] = pollster[i];
        c++;
      }
    }
    SampleSizes sizes = SampleSizes.of(nn);
    return new JointPolls(options, dd, ss, sizes.n(), nn, pp, sizes.medianCount());
  }

  @Override
  public String toString() {
    return "JointPolls[" + size() + " polls, options " + Arrays.toString(options) + "]";
  }
}
