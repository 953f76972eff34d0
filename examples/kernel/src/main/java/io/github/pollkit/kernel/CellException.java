package io.github.pollkit.kernel;

/**
 * A cell that could not run to its end: a compile error or an exception, with a short message that
 * names the line of the cell. The kernel shows the message under the cell and stays alive.
 */
public final class CellException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String kind;

  /**
   * Makes the exception.
   *
   * @param kind what went wrong, shown as the error's name (e.g. {@code "CompileError"} or the
   *     simple name of the exception the cell threw)
   * @param message the short message, starting with the line ({@code "line 3: ..."})
   */
  public CellException(String kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  /**
   * What went wrong: {@code "CompileError"}, {@code "IncompleteCell"} or the simple name of the
   * exception the cell threw.
   *
   * @return the kind
   */
  public String kind() {
    return kind;
  }
}
