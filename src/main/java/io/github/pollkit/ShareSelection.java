package io.github.pollkit;

import io.github.pollkit.model.Poll;
import io.github.pollkit.model.Share;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A poll cut down to some of its options, for {@link PollSet#option(String...)} (shares kept as
 * they are) and {@link PollSet#rebase(String...)} (shares rescaled to add up to 100).
 */
final class ShareSelection {
  private ShareSelection() {}

  /** The poll with only the options in {@code keep}, or null when it reports none of them. */
  static Poll keeping(Poll p, List<String> keep) {
    Map<String, Share> shares = new LinkedHashMap<>(p.shares());
    shares.keySet().retainAll(keep);
    return shares.isEmpty() ? null : p.withShares(shares);
  }

  /**
   * The poll with only the options in {@code among}, rescaled to add up to 100.
   *
   * @throws IllegalArgumentException if the poll lacks one of the options, gives it as a range, or
   *     the options add up to 0
   */
  static Poll rebased(Poll p, List<String> among) {
    double total = 0;
    for (String o : among) {
      Share s = p.shares().get(o);
      if (s == null || s.isRange()) {
        throw new IllegalArgumentException(
            String.format(
                "cannot rebase poll %s: option '%s' is %s; keep only polls reporting all options"
                    + " with reporting(...) first",
                PollSet.label(p), o, s == null ? "missing" : "a range"));
      }
      total += s.value();
    }
    if (total <= 0) {
      throw new IllegalArgumentException(
          "cannot rebase poll " + PollSet.label(p) + ": options " + among + " add up to 0");
    }
    Map<String, Share> shares = new LinkedHashMap<>();
    for (String o : among) {
      shares.put(o, Share.of(100 * p.shares().get(o).value() / total));
    }
    return p.withShares(shares);
  }
}
