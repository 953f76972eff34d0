package io.github.pollkit.io;

/**
 * How a poll file lays out its answer options.
 *
 * <ul>
 *   <li>{@link #WIDE}: one record per poll, one column per answer option ({@code
 *       support,oppose,undecided}), with optional {@code <option>_low} and {@code <option>_high}
 *       columns for published ranges.
 *   <li>{@link #LONG}: one record per poll and option, with {@code option} and {@code share}
 *       columns; a key column ({@code poll_id} by default) groups the records into polls.
 *   <li>{@link #AUTO}: LONG if the header has both an {@code option} and a {@code share} column,
 *       else WIDE.
 * </ul>
 */
public enum Layout {
  /** Decide from the header: LONG if it has both an {@code option} and a {@code share} column. */
  AUTO,
  /** One record per poll, one column per answer option. */
  WIDE,
  /** One record per poll and option, with {@code option} and {@code share} columns. */
  LONG
}
