package io.github.pollkit.model;

import io.github.pollkit.internal.Checks;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The official result of an election: its date and the vote share of each option (party) in points,
 * in the order given. A poll average can be compared with it, and can use it as an anchor (an
 * observation of the true level on election day with no house effect). Immutable.
 *
 * <pre>{@code
 * ElectionResult e = new ElectionResult(LocalDate.of(2018, 9, 9), Map.of("S", 28.26, "M", 19.84));
 * e.share("S");   // 28.26
 * }</pre>
 *
 * @param date the election day
 * @param shares option → share in points, each in [0, 100], adding up to at most 100 (to within 0.5
 *     for rounding); copied, iteration in the given order
 */
public record ElectionResult(LocalDate date, Map<String, Double> shares) {

  /**
   * Checks and copies the result.
   *
   * @param date the election day
   * @param shares option → share in points
   * @throws NullPointerException if date, shares, an option or a share is null
   * @throws IllegalArgumentException if there is no share, an option is blank, a share is not in
   *     [0, 100] or the shares add up to more than 100.5
   */
  public ElectionResult {
    Checks.notNull(date, "date");
    Checks.notNull(shares, "shares");
    if (shares.isEmpty()) {
      throw new IllegalArgumentException("shares must not be empty, was " + shares);
    }
    Map<String, Double> copy = new LinkedHashMap<>();
    double sum = 0;
    for (Map.Entry<String, Double> e : shares.entrySet()) {
      String option = Checks.notBlank(e.getKey(), "option");
      double share = Objects.requireNonNull(e.getValue(), "share of " + option);
      if (!Checks.isShare(share)) {
        throw new IllegalArgumentException(
            "share of " + option + " must be in [0, 100], was " + share);
      }
      sum += share;
      copy.put(option, share);
    }
    if (sum > 100.5) {
      throw new IllegalArgumentException(
          "shares must add up to at most 100, was " + sum + " on " + date);
    }
    shares = Collections.unmodifiableMap(copy);
  }

  /**
   * The share of one option.
   *
   * @param option the option
   * @return its share in points
   * @throws NullPointerException if option is null
   * @throws IllegalArgumentException if the result has no share for it
   */
  public double share(String option) {
    Checks.notNull(option, "option");
    Double share = shares.get(option);
    if (share == null) {
      throw new IllegalArgumentException(
          "option must be one of " + shares.keySet() + ", was '" + option + "'");
    }
    return share;
  }

  /**
   * Whether the result has a share for an option.
   *
   * @param option the option
   * @return whether it is among the shares
   * @throws NullPointerException if option is null
   */
  public boolean has(String option) {
    return shares.containsKey(Checks.notNull(option, "option"));
  }
}
