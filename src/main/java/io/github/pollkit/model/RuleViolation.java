package io.github.pollkit.model;

import java.util.Objects;

/**
 * A value that breaks one of the rules of the poll model. The constructors of {@link Share} and
 * {@link Poll} are the one place where each rule is checked; they throw this exception (an {@link
 * IllegalArgumentException} naming the argument and showing the value), and the poll reader turns
 * it into a report that names the file, line, column and value.
 */
public final class RuleViolation extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The rules of the poll model. */
  public enum Rule {
    /** A share (or a bound of a published range) lies in [0, 100] percentage points. */
    SHARE_IN_PERCENTAGE_POINTS,
    /** A published range's low bound does not exceed its high bound. */
    RANGE_IN_ORDER,
    /** A share given with a published range lies inside that range. */
    VALUE_INSIDE_RANGE,
    /** Fieldwork does not end before it starts. */
    FIELDWORK_IN_ORDER,
    /** A sample size, when reported, is positive and finite. */
    SAMPLE_SIZE_POSITIVE,
    /** A poll reports at least one share. */
    AT_LEAST_ONE_SHARE
  }

  /** The rule broken. */
  private final Rule rule;

  /** The argument that broke it. */
  private final String argument;

  RuleViolation(Rule rule, String argument, String message) {
    super(message);
    this.rule = Objects.requireNonNull(rule, "rule");
    this.argument = Objects.requireNonNull(argument, "argument");
  }

  /**
   * The rule that was broken.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * The argument that broke it, as named in the constructor ({@code "value"}, {@code "low"}, {@code
   * "high"}, {@code "fieldEnd"}, {@code "sampleSize"}, {@code "shares"}).
   *
   * @return the argument's name
   */
  public String argument() {
    return argument;
  }
}
