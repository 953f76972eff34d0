package io.github.pollkit.model;

import java.time.LocalDate;

/**
 * Which date places a poll on a time axis.
 *
 * <p>The default throughout pollkit is {@link #END}, as FiveThirtyEight does; The Economist uses
 * {@link #MIDPOINT}. A poll with neither date has no place on a time axis under either rule.
 */
public enum DatePlacement {
  /** The last day of fieldwork (the start date if only that is known). */
  END,
  /** The middle day of fieldwork, rounded down (the one known date if only one is known). */
  MIDPOINT;

  /**
   * The date of a poll with the given field dates under this rule.
   *
   * @param start the first day of fieldwork, or {@code null}
   * @param end the last day of fieldwork, or {@code null}
   * @return the date, or {@code null} if both are {@code null}
   */
  public LocalDate place(LocalDate start, LocalDate end) {
    if (start == null || end == null) {
      return end != null ? end : start;
    }
    if (this == END) {
      return end;
    }
    return start.plusDays((end.toEpochDay() - start.toEpochDay()) / 2);
  }
}
