package io.github.pollkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CellEvaluatorTest {

  private static CellEvaluator cells;

  @BeforeAll
  static void start() {
    cells = CellEvaluator.start();
  }

  @AfterAll
  static void close() {
    cells.close();
  }

  @Test
  void state_carries_across_cells_and_the_last_expression_is_the_value() {
    assertNull(cells.eval("int answer = 40;"));
    assertEquals(42, cells.eval("answer += 1;\nanswer + 1"));
  }

  @Test
  void a_cell_of_declarations_only_has_no_value() {
    assertNull(cells.eval("var greeting = \"hello\";\nString twice(String s) { return s + s; }"));
    assertEquals("hellohello", cells.eval("twice(greeting)"));
  }

  @Test
  void pollkit_is_imported_from_the_start() {
    // Margin of the lead of 53 over 29 among n = 2,400 at 95%, by hand:
    // 1.959964 * sqrt((0.53 + 0.29 - (0.53 - 0.29)^2) / 2400) = 0.034933, i.e. 3.49 points.
    Object margin = cells.eval("Proportions.leadMargin(53, 29, 2400, 0.95)");
    assertEquals(3.4933, (Double) margin, 1e-4);
  }

  @Test
  void system_out_is_the_cells_output() {
    PrintStream old = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      cells.eval("System.out.println(\"under the cell\");");
    } finally {
      System.setOut(old);
    }
    assertEquals("under the cell\n", captured.toString(StandardCharsets.UTF_8));
  }

  @Test
  void printf_shows_its_output_not_the_stream_it_returns() {
    PrintStream old = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    Object value;
    try {
      value = cells.eval("System.out.printf(\"%.1f%n\", 3.49)");
    } finally {
      System.setOut(old);
    }
    assertNull(value);
    assertEquals("3.5\n", captured.toString(StandardCharsets.UTF_8));
  }

  @Test
  void a_compile_error_names_its_line_and_the_session_goes_on() {
    CellException e =
        assertThrows(
            CellException.class, () -> cells.eval("int fine = 1;\n\nint broken = nosuchname;"));
    assertEquals("CompileError", e.kind());
    assertTrue(e.getMessage().startsWith("line 3: cannot find symbol"), e.getMessage());
    assertTrue(e.getMessage().endsWith("\n    int broken = nosuchname;"), e.getMessage());
    assertEquals(1, cells.eval("fine"));
  }

  @Test
  void an_exception_names_its_line_and_message() {
    CellException e =
        assertThrows(
            CellException.class,
            () ->
                cells.eval(
                    "double ok = 1;\n" + "Proportions.leadMargin(53, 29, 2400,\n" + "    1.5)"));
    assertEquals("IllegalArgumentException", e.kind());
    assertTrue(
        e.getMessage().startsWith("line 2: confidence must be in (0, 1), was 1.5"), e.getMessage());
    assertEquals(1.0, cells.eval("ok"));
  }

  @Test
  void an_exception_in_a_method_of_an_earlier_cell_names_the_line_in_that_cell() {
    cells.eval(
        "int fail(int x) {\n  int y = x + 1;\n  throw new IllegalStateException(\"no\");\n}");
    CellException e =
        assertThrows(
            CellException.class, () -> cells.eval("int before = 0;\nint after = fail(2);"));
    assertEquals("IllegalStateException", e.kind());
    // the throw is on line 3 of the cell that declared fail; the call on line 2 of this one
    assertTrue(
        e.getMessage()
            .matches(
                "line 3 of In \\[\\d+\\], called from line 2: no\n    int after = fail\\(2\\);"),
        e.getMessage());
  }

  @Test
  void tab_completes_pollkit_names() {
    int[] anchor = new int[1];
    List<String> options = cells.complete("Proportions.leadMar", 19, anchor);
    assertEquals(List.of("leadMargin("), options);
    assertEquals(12, anchor[0]); // the replaced text starts after "Proportions."
  }

  @Test
  void an_unfinished_cell_says_so() {
    CellException e =
        assertThrows(CellException.class, () -> cells.eval("for (int i = 0; i < 3; i++) {"));
    assertEquals("IncompleteCell", e.kind());
    assertTrue(e.getMessage().startsWith("line 1: "), e.getMessage());
  }
}
