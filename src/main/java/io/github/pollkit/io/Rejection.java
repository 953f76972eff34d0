package io.github.pollkit.io;

import io.github.pollkit.model.Problem;

/**
 * A record (or the whole file) broke a rule: carries the {@link Problem} from where it was found to
 * where the record is rejected. Carries no stack trace: it is part of normal control flow when
 * reading bad data, and never leaves this package.
 */
final class Rejection extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final Problem problem;

  Rejection(String file, long line, String column, String value, String rule) {
    super(rule, null, false, false);
    this.problem = new Problem(file, line, column, value, rule);
  }
}
