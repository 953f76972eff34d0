package io.github.pollkit.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * A broken rule found in poll data: the file, the line, the column, the value and the rule, in a
 * message a person can act on, for example:
 *
 * <pre>
 * polls.csv, line 14, column 'support': value '104' is not a share: shares must lie in [0, 100]
 * </pre>
 *
 * @param file the file name (or a description of the source, e.g. {@code "<table>"})
 * @param line the 1-based physical line where the offending record starts; 0 when unknown
 * @param column the column concerned, or {@code null} when the rule is about the whole record
 * @param value the offending value as read, or {@code null} when there is no single value
 * @param rule what the value should have been, in words
 * @serial exclude
 */
public record Problem(String file, long line, String column, String value, String rule)
    implements Serializable {
  /**
   * Checks that the file and the rule are given.
   *
   * @param file the file name
   * @param line the line, 0 when unknown
   * @param column the column, or {@code null}
   * @param value the value as read, or {@code null}
   * @param rule the rule, in words
   */
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * The problem in words: file, line, column, value and rule.
   *
   * @return the message
   */
  public String message() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(", line ").append(line);
    }
    if (column != null) {
      b.append(", column '").append(column).append('\'');
    }
    b.append(": ");
    if (value != null) {
      b.append("value '").append(value).append("' ");
    }
    return b.append(rule).toString();
  }

  @Override
  public String toString() {
    return message();
  }
}
