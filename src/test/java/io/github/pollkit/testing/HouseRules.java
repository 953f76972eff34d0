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

  /**
   * A bad value: the call throws {@link IllegalArgumentException} with this message.
   *
   * @param message the expected message, e.g. {@code "confidence must be in (0, 1), was 1.5"}
   * @param call the call with the bad value
   */
  public static void assertBadArgument(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
  }

  /**
   * A setting given twice: the call throws {@link IllegalStateException} with this message.
   *
   * @param message the expected message, e.g. {@code "windowDays was already set to 14"}
   * @param call the call that gives the setting again
   */
  public static void assertSetTwice(String message, Executable call) {
    assertEquals(message, assertThrows(IllegalStateException.class, call).getMessage());
  }
}
