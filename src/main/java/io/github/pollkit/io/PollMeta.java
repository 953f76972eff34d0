package io.github.pollkit.io;

import io.github.pollkit.PollColumns;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The metadata of one poll as parsed from a record: the same on each of its option rows. */
final class PollMeta {
  /** Values of {@link PollColumns#TEXT_METADATA}, in that order; "" when missing. */
  final String[] text;
  final LocalDate fieldStart;
  final LocalDate fieldEnd;
  /** NaN when not reported. */
  final double sampleSize;
  /** The record number given by the file's {@code record} column, or 0 when it has none. */
  final int record;

  PollMeta(String[] text, LocalDate fieldStart, LocalDate fieldEnd, double sampleSize, int record) {
    this.text = text;
    this.fieldStart = fieldStart;
    this.fieldEnd = fieldEnd;
    this.sampleSize = sampleSize;
    this.record = record;
  }

  /** The first pollkit column on which {@code other} differs from this, or {@code null}. */
  String firstDifference(PollMeta other) {
    if (record != other.record) {
      return PollColumns.RECORD;
    }
    List<String> names = PollColumns.TEXT_METADATA;
    for (int i = 0; i < text.length; i++) {
      if (!text[i].equals(other.text[i])) {
        return names.get(i);
      }
    }
    if (!Objects.equals(fieldStart, other.fieldStart)) {
      return PollColumns.FIELD_START;
    }
    if (!Objects.equals(fieldEnd, other.fieldEnd)) {
      return PollColumns.FIELD_END;
    }
    if (Double.compare(sampleSize, other.sampleSize) != 0) {
      return PollColumns.SAMPLE_SIZE;
    }
    return null;
  }

  @Override
  public String toString() {
    return Arrays.toString(text) + " " + fieldStart + ".." + fieldEnd + " n=" + sampleSize;
  }
}
