package io.github.pollkit.chart;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/** Day to {@link Date} conversion for XChart's date axis: midnight UTC of the day. */
final class Dates {
  private Dates() {}

  static Date toDate(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  static double toMillis(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }
}
