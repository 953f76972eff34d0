package io.github.pollkit;

import java.util.Objects;

/**
 * Bad poll data: names the file, the line, the column, the value and the rule it broke, in a
 * message a person can act on, for example:
 *
 * <pre>
 * polls.csv, line 14, column 'support': value '104' is not a share: shares must lie in [0, 100]
 * </pre>
 *
 * <p>Unchecked, so that reading poll files reads well in a program and in JShell.
 */
public final class PollDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String column;
  private final String value;
  private final String rule;

  /**
   * @param file the file name (or a description of the source, e.g. {@code "<table>"})
   * @param line the 1-based physical line where the offending record starts; 0 when unknown
   * @param column the column concerned, or {@code null} when the rule is about the whole record
   * @param value the offending value as read, or {@code null} when there is no single value
   * @param rule what the value should have been, in words
   */
  public PollDataException(String file, long line, String column, String value, String rule) {
    super(format(file, line, column, value, rule));
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
    this.value = value;
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  private static String format(String file, long line, String column, String value, String rule) {
    StringBuilder b = new StringBuilder(String.valueOf(file));
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
    b.append(rule);
    return b.toString();
  }

  /** The file (or source description) the bad data came from. */
  public String file() {
    return file;
  }

  /** The 1-based line where the bad record starts, or 0 when unknown. */
  public long line() {
    return line;
  }

  /** The column concerned, or {@code null} for a rule about the whole record. */
  public String column() {
    return column;
  }

  /** The offending value as read, or {@code null}. */
  public String value() {
    return value;
  }

  /** The rule that was broken, in words. */
  public String rule() {
    return rule;
  }
}
