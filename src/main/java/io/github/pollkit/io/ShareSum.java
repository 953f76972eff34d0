package io.github.pollkit.io;

import io.github.pollkit.model.Share;
import java.util.Map;

/**
 * The rule that the options of one poll add up to at most 100 beyond rounding, for the readers that
 * build polls outside {@link PollAssembler} (copied tables, subgroups); the same rule and tolerance
 * as the CSV reader's.
 */
final class ShareSum {
  private ShareSum() {}

  /**
   * Each share rounded to its last decimal place is off by at most half a unit of that place, so
   * the written shares may add up to at most 100 plus the sum of those half units; a range counts
   * with its low bound.
   *
   * @param what the poll in the message, e.g. {@code "of subgroup Dem"}
   * @throws Rejection if the shares add up to more
   */
  static void check(
      String source,
      long line,
      Map<String, Share> shares,
      Map<String, Double> halfUnits,
      String what) {
    double sum = 0;
    double allowed = 100;
    for (Map.Entry<String, Share> e : shares.entrySet()) {
      sum += e.getValue().isRange() ? e.getValue().low() : e.getValue().value();
      allowed += halfUnits.get(e.getKey());
    }
    if (sum > allowed + 1e-9) {
      throw new Rejection(
          source,
          line,
          null,
          Cells.format(Math.round(sum * 1e9) / 1e9),
          "is the sum of the options "
              + String.join(", ", shares.keySet())
              + " "
              + what
              + ": the options of one poll may add up to at most "
              + Cells.format(Math.round(allowed * 1e9) / 1e9)
              + " (100 plus half a unit of the last decimal place per option, for rounding)");
    }
  }
}
