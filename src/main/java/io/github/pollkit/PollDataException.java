package io.github.pollkit;

import io.github.pollkit.model.Problem;
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

  /** The problem reported. */
  private final Problem problem;

  /**
   * Bad data described by its parts.
   *
   * @param file the file name (or a description of the source, e.g. {@code "<table>"})
   * @param line the 1-based physical line where the offending record starts; 0 when unknown
   * @param column the column concerned, or {@code null} when the rule is about the whole record
   * @param value the offending value as read, or {@code null} when there is no single value
   * @param rule what the value should have been, in words
   */
  public PollDataException(String file, long line, String column, String value, String rule) {
    this(new Problem(file, line, column, value, rule));
  }

  /**
   * Bad data found by a reader.
   *
   * @param problem the problem: file, line, column, value and rule
   */
  public PollDataException(Problem problem) {
    super(Objects.requireNonNull(problem, "problem").message());
    this.problem = problem;
  }

  /**
   * The problem: file, line, column, value and rule.
   *
   * @return the problem
   */
  public Problem problem() {
    return problem;
  }

  /**
   * The file (or source description) the bad data came from.
   *
   * @return the file name
   */
  public String file() {
    return problem.file();
  }

  /**
   * The 1-based line where the bad record starts, or 0 when unknown.
   *
   * @return the line
   */
  public long line() {
    return problem.line();
  }

  /**
   * The column concerned, or {@code null} for a rule about the whole record.
   *
   * @return the column name
   */
  public String column() {
    return problem.column();
  }

  /**
   * The offending value as read, or {@code null}.
   *
   * @return the value
   */
  public String value() {
    return problem.value();
  }

  /**
   * The rule that was broken, in words.
   *
   * @return the rule
   */
  public String rule() {
    return problem.rule();
  }
}
