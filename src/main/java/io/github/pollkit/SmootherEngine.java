package io.github.pollkit;

import io.github.pollkit.model.Poll;
import java.math.BigDecimal;
import java.util.Map;

/** The one call of a {@link Smoother} into its trend engine: every permitted smoother is one. */
sealed interface SmootherEngine extends Smoother
    permits ByLoess, ByKalman, ByRollingAverage, ByAverage {

  /** What the smoother needs of each poll. */
  Series.Need need();

  /** Smooths one option's series, or a lead's series when {@code series.isLead()}. */
  SmoothedTrend smooth(Series series);

  /** The poll weights asked for. */
  PollWeights weights();

  /** This smoother with other poll weights, every other setting kept. */
  Smoother withWeights(PollWeights weights);

  @Override
  default Smoother weights(String column) {
    return withWeights(weights().withColumn(column));
  }

  @Override
  default Smoother pollsterWeights(Map<String, Double> byPollster) {
    return withWeights(weights().withPollsters(byPollster));
  }

  /**
   * Rejects a series with no poll, naming the polls left out, and one whose polls span more days
   * than a daily line may have ({@link Smoothers#MAX_DAYS}).
   */
  static void requireSome(Series s) {
    if (s.size() == 0) {
      throw new IllegalArgumentException(
          "no poll of '" + s.label + "' can be smoothed: " + Series.describeLeftOut(s.leftOut));
    }
    requireDays(s.label, (long) s.day[0], (long) s.day[s.size() - 1]);
  }

  /**
   * Rejects a daily line from {@code first} to {@code last} (epoch days) of more than the limit.
   */
  static void requireDays(String label, long first, long last) {
    long days = last - first + 1;
    if (days > Smoothers.MAX_DAYS) {
      throw new IllegalArgumentException(
          "the polls of '"
              + label
              + "' span "
              + days
              + " days, from "
              + java.time.LocalDate.ofEpochDay(first)
              + " to "
              + java.time.LocalDate.ofEpochDay(last)
              + ": a daily line may span at most "
              + Smoothers.MAX_DAYS
              + " days; select a period with PollSet.between(from, to)");
    }
  }

  /** The note for {@code count} polls given the median sample size, {@code ""} for none. */
  static String medianSampleSizeNote(int count) {
    return count == 0 ? "" : count + " polls without a sample size given the median n";
  }

  /** The median-sample-size note for the polls of a series without a sample size. */
  static String medianSampleSizeNote(Series s) {
    int missing = 0;
    for (double n : s.n) {
      missing += Double.isNaN(n) ? 1 : 0;
    }
    return medianSampleSizeNote(missing);
  }

  /**
   * The day each poll of a series became known: its field end, or the set's placement when it has
   * none. The real-time averages place polls there.
   */
  static int[] fieldEndDays(Series s) {
    int[] day = s.intDays();
    for (int i = 0; i < day.length; i++) {
      Poll p = s.polls.get(i);
      if (p.fieldEnd() != null) {
        day[i] = Math.toIntExact(p.fieldEnd().toEpochDay());
      }
    }
    return day;
  }

  /** The engine's settings as it prints them in brackets, e.g. {@code "[REAL_TIME, ...]"}. */
  static String bracketed(Object engine) {
    String text = engine.toString();
    return text.substring(text.indexOf('['));
  }

  /** {@code ""} for a 95% band, otherwise e.g. {@code ", 90% band"}. */
  static String bandSuffix(double confidence) {
    BigDecimal percent = BigDecimal.valueOf(confidence).movePointRight(2).stripTrailingZeros();
    return confidence == 0.95 ? "" : ", " + percent.toPlainString() + "% band";
  }
}
