package io.github.pollkit.io;

/**
 * A cell broke a rule; the reader adds the file, line, column and value to make a {@link
 * Rejection}. Carries no stack trace: it is part of normal control flow when reading bad data.
 */
final class CellException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CellException(String rule) {
    super(rule, null, false, false);
  }

  String rule() {
    return getMessage();
  }
}
