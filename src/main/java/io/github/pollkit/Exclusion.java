package io.github.pollkit;

/**
 * A poll that a computation left out, and why ("no date", "no sample size", "published range where
 * a point is needed", …). Every trend and average reports its exclusions.
 *
 * @param poll the poll's id, or {@code record N} when it has none
 * @param reason why it was left out
 */
public record Exclusion(String poll, String reason) {
  @Override
  public String toString() {
    return poll + ": " + reason;
  }
}
