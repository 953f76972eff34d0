package io.github.pollkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Assertions for the error rules of CONTRIBUTING.md ("Errors"), shared by every test package. */
public final class HouseRules {
  private HouseRules() {}

  /**
   * A null argument: the call throws {@link NullPointerException} whose message names it.
   *
   * @param message the expected message, e.g. {@code "file must not be null"}
   * @param call the call with the null argument
   */
  public static void assertNullArgument(String message, Executable call) {
    assertEquals(message, assertThrows(NullPointerException.class, call).getMessage());
  }
}
