package io.github.pollkit;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.model.Poll;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The per-poll weights a {@link Smoother} was asked for: a column of the poll file, pollster
 * weights, both (multiplied) or neither. Each may be set once.
 *
 * @param column the column holding each poll's weight, or null for none
 * @param byPollster pollster → weight (pollsters not in it weigh 1); empty for none
 */
record PollWeights(String column, Map<String, Double> byPollster) {

  /** No weights: every poll weighs 1. */
  static final PollWeights NONE = new PollWeights(null, Map.of());

  PollWeights {
    byPollster = Map.copyOf(byPollster);
  }

  /** These weights with a weight column; the column may be given once. */
  PollWeights withColumn(String name) {
    Objects.requireNonNull(name, "column");
    if (name.isBlank()) {
      throw new IllegalArgumentException("column must not be blank, was '" + name + "'");
    }
    if (column != null) {
      throw new IllegalStateException("the weight column was already set to '" + column + "'");
    }
    return new PollWeights(name, byPollster);
  }

  /** These weights with pollster weights, each finite and &gt; 0; they may be given once. */
  PollWeights withPollsters(Map<String, Double> weights) {
    Objects.requireNonNull(weights, "pollsterWeights");
    if (!byPollster.isEmpty()) {
      throw new IllegalStateException(
          "pollster weights were already set to " + new TreeMap<>(byPollster));
    }
    return new PollWeights(column, Checks.pollsterWeights(weights, "pollsterWeights"));
  }

  /** Whether any weight was asked for. */
  boolean any() {
    return column != null || !byPollster.isEmpty();
  }

  /**
   * The weight of each poll of the series: its column's value times its pollster's weight (a poll
   * without a pollster looks up {@link Smoothers#NO_POLLSTER}); all 1 when none was asked for.
   *
   * @throws PollDataException if the column is missing, not a number or not &gt; 0 in a poll
   */
  double[] of(Series s) {
    double[] w = new double[s.size()];
    for (int i = 0; i < w.length; i++) {
      Poll p = s.polls.get(i);
      w[i] = column == null ? 1.0 : fromColumn(p);
      String pollster = p.pollster().isBlank() ? Smoothers.NO_POLLSTER : p.pollster();
      w[i] *= byPollster.getOrDefault(pollster, 1.0);
    }
    return w;
  }

  private double fromColumn(Poll p) {
    String text = p.extras().get(column);
    double v = Double.NaN;
    try {
      v = text == null ? Double.NaN : Double.parseDouble(text.trim());
    } catch (NumberFormatException notANumber) {
      // v stays NaN: reported below
    }
    if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
      throw new PollDataException(
          "poll " + PollSet.label(p),
          p.line(),
          column,
          text == null ? "" : text,
          "a poll weight must be a number > 0 (the poll counts as that many polls of its size)");
    }
    return v;
  }

  /** {@code ""}, or e.g. {@code ", weights from column 'weight', pollster weights {A=2.0}"}. */
  @Override
  public String toString() {
    return (column == null ? "" : ", weights from column '" + column + "'")
        + (byPollster.isEmpty() ? "" : ", pollster weights " + new TreeMap<>(byPollster));
  }
}
