package io.github.pollkit.kernel;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Evaluates notebook cells with JShell, keeping state (variables, methods, classes, imports) from
 * one cell to the next.
 *
 * <p>A cell may hold several statements and declarations; they run in order, and the value of the
 * last one, if it is an expression, is the cell's value (unless it is a {@code PrintStream}, as
 * {@code System.out.printf(...)} returns: its output is already under the cell). The first compile
 * error or exception stops the cell with a {@link CellException} whose message names the line of
 * the cell. The evaluator runs snippets in this JVM, with this JVM's class path (pollkit, Tablesaw,
 * XChart), so the values it returns are the objects themselves.
 */
public final class CellEvaluator implements AutoCloseable {

  /** What every session starts with: JShell's default imports, pollkit's and Tablesaw's. */
  public static final List<String> STARTUP_IMPORTS =
      List.of(
          "java.io.*",
          "java.math.*",
          "java.net.*",
          "java.nio.file.*",
          "java.time.*",
          "java.util.*",
          "java.util.concurrent.*",
          "java.util.function.*",
          "java.util.regex.*",
          "java.util.stream.*",
          "io.github.pollkit.*",
          "io.github.pollkit.io.*",
          "io.github.pollkit.model.*",
          "io.github.pollkit.stats.*",
          "io.github.pollkit.trend.*",
          "io.github.pollkit.chart.*",
          "io.github.pollkit.weighting.*",
          "tech.tablesaw.api.*",
          "static io.github.pollkit.kernel.Notebook.*");

  private final JShell shell;
  private final CapturingExecutionControl control;

  /** Where each snippet began: the cell (its number, as Jupyter's In [n]) and its line there. */
  private final Map<String, int[]> snippetLines = new HashMap<>();

  private int cellNumber;

  private CellEvaluator(JShell shell, CapturingExecutionControl control) {
    this.shell = shell;
    this.control = control;
  }

  /**
   * Starts JShell on this JVM's class path and runs the {@linkplain #STARTUP_IMPORTS imports}.
   *
   * @return a ready evaluator
   */
  public static CellEvaluator start() {
    CapturingExecutionControl control = new CapturingExecutionControl();
    JShell shell = JShell.builder().executionEngine(control.provider(), Map.of()).build();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        shell.addToClasspath(entry);
      }
    }
    CellEvaluator evaluator = new CellEvaluator(shell, control);
    for (String name : STARTUP_IMPORTS) {
      evaluator.eval("import " + name + ";");
    }
    evaluator.cellNumber = 0; // the next cell is In [1]
    return evaluator;
  }

  /**
   * Runs a cell.
   *
   * @param cell the cell's source
   * @return the value of the cell's last snippet if it is an expression, otherwise {@code null}
   * @throws CellException if a snippet does not compile or throws; the snippets before it have run
   */
  public Object eval(String cell) {
    cellNumber++;
    try {
      return run(cell);
    } finally {
      control.clear();
    }
  }

  private Object run(String cell) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = cell;
    int consumed = 0;
    Object value = null;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == Completeness.EMPTY) {
        break;
      }
      String source = info.source();
      if (source == null
          || info.completeness() == Completeness.DEFINITELY_INCOMPLETE
          || info.completeness() == Completeness.CONSIDERED_INCOMPLETE) {
        int line =
            lineAt(cell, consumed + (remaining.length() - remaining.stripLeading().length()));
        throw new CellException(
            "IncompleteCell",
            "line " + line + ": the cell ends inside an unfinished statement" + quote(cell, line));
      }
      // the line of the cell on which the snippet's source (as JShell keeps it) begins
      int base = lineAt(cell, consumed + offsetIn(remaining, source));
      consumed += remaining.length() - info.remaining().length();
      remaining = info.remaining();
      value = evalSnippet(cell, source, base);
    }
    return value;
  }

  private Object evalSnippet(String cell, String source, int base) {
    int line = base + lineAt(source, source.length() - source.stripLeading().length()) - 1;
    List<SnippetEvent> events = shell.eval(source);
    Object value = null;
    for (SnippetEvent event : events) {
      if (event.causeSnippet() != null) {
        continue; // a snippet of an earlier cell that this one updated
      }
      Snippet snippet = event.snippet();
      snippetLines.put(snippet.id(), new int[] {cellNumber, base});
      if (event.status() == Snippet.Status.REJECTED) {
        throw compileError(cell, snippet, base);
      }
      JShellException exception = event.exception();
      Object captured = control.take(event.value());
      if (exception != null) {
        throw runtimeError(cell, exception, snippet.id(), line);
      }
      if (event.status() == Snippet.Status.RECOVERABLE_DEFINED
          || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
        System.out.println(
            "note (line "
                + line
                + "): defined, but it can be used only once "
                + shell
                    .unresolvedDependencies(declaration(snippet))
                    .collect(Collectors.joining(", "))
                + " is declared");
      }
      if (shows(snippet)) {
        // a call that returns the output stream (System.out.printf) shows only what it printed
        value = captured instanceof java.io.PrintStream ? null : captured;
      }
    }
    return value;
  }

  private static jdk.jshell.DeclarationSnippet declaration(Snippet snippet) {
    return (jdk.jshell.DeclarationSnippet) snippet;
  }

  /** An expression's value is shown; a declaration's or a statement's is not. */
  private static boolean shows(Snippet snippet) {
    return snippet.kind() == Snippet.Kind.EXPRESSION
        || (snippet instanceof VarSnippet
            && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND);
  }

  private CellException compileError(String cell, Snippet snippet, int base) {
    List<String> messages = new ArrayList<>();
    String source = snippet.source();
    int line = base + lineAt(source, source.length() - source.stripLeading().length()) - 1;
    int firstLine = line;
    for (Diag diag : shell.diagnostics(snippet).collect(Collectors.toList())) {
      if (!diag.isError()) {
        continue;
      }
      int at = base + lineAt(source, (int) Math.max(0, diag.getStartPosition())) - 1;
      if (messages.isEmpty()) {
        firstLine = at;
      }
      messages.add("line " + at + ": " + diag.getMessage(Locale.ENGLISH));
    }
    if (messages.isEmpty()) {
      messages.add("line " + line + ": the snippet was rejected");
    }
    return new CellException("CompileError", String.join("\n", messages) + quote(cell, firstLine));
  }

  private CellException runtimeError(
      String cell, JShellException exception, String snippetId, int line) {
    if (exception instanceof UnresolvedReferenceException unresolved) {
      return new CellException(
          "UnresolvedReference",
          "line "
              + line
              + ": "
              + unresolved.getSnippet().source().strip()
              + " uses something not declared yet: "
              + shell
                  .unresolvedDependencies(unresolved.getSnippet())
                  .collect(Collectors.joining(", "))
              + quote(cell, line));
    }
    String name = exception.getClass().getSimpleName();
    String message = exception.getMessage();
    if (exception instanceof EvalException eval) {
      String className = eval.getExceptionClassName();
      name = className.substring(className.lastIndexOf('.') + 1);
    }
    int at = line;
    String where = "line " + line;
    for (StackTraceElement frame : exception.getStackTrace()) {
      String file = frame.getFileName();
      if (file != null && file.startsWith("#") && snippetLines.containsKey(file.substring(1))) {
        // JShell numbers the lines of the snippet's source, leading blank lines included, but
        // puts a whole expression on its first line: never before the snippet's first line
        int[] origin = snippetLines.get(file.substring(1));
        int from = origin[1] + Math.max(1, frame.getLineNumber()) - 1;
        if (origin[0] == cellNumber) {
          at = file.substring(1).equals(snippetId) ? Math.max(from, line) : from;
          where = "line " + at;
        } else {
          // in a method or class of an earlier cell: that cell's line, and this cell's line
          where = "line " + from + " of In [" + origin[0] + "], called from line " + line;
        }
        break;
      }
    }
    String text = where + (message == null ? "" : ": " + message);
    Throwable cause = exception.getCause();
    if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
      text += "\n  caused by " + cause.getMessage();
    }
    return new CellException(name, text + quote(cell, at));
  }

  /**
   * Completions at a cursor position, for Tab in a notebook.
   *
   * @param code the cell
   * @param cursor the cursor's offset in {@code code}
   * @param anchor receives, in its first element, where the replaced text starts
   * @return the completions in alphabetical order
   */
  public List<String> complete(String code, int cursor, int[] anchor) {
    List<SourceCodeAnalysis.Suggestion> all =
        shell.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor);
    // as JShell does: the suggestions of the expected type if there are any, otherwise all
    boolean typed = all.stream().anyMatch(SourceCodeAnalysis.Suggestion::matchesType);
    return all.stream()
        .filter(s -> !typed || s.matchesType())
        .map(SourceCodeAnalysis.Suggestion::continuation)
        .distinct()
        .sorted()
        .collect(Collectors.toList());
  }

  /**
   * Whether a cell is complete, for consoles that run a cell on Enter.
   *
   * @param code the cell
   * @return JShell's verdict
   */
  public Completeness completeness(String code) {
    return shell.sourceCodeAnalysis().analyzeCompletion(code).completeness();
  }

  /** Ends the code running in a cell (a Jupyter interrupt); the session stays. */
  public void stop() {
    shell.stop();
  }

  @Override
  public void close() {
    shell.close();
  }

  /** Where {@code source} (JShell's view of the first snippet, maybe with a ';' added) starts. */
  private static int offsetIn(String text, String source) {
    if (text.startsWith(source)) {
      return 0;
    }
    String probe = source.strip();
    int at = text.indexOf(probe);
    if (at < 0 && probe.endsWith(";")) {
      at = text.indexOf(probe.substring(0, probe.length() - 1).strip());
    }
    if (at < 0) {
      at = text.length() - text.stripLeading().length();
    }
    // JShell's source keeps the blank lines before the snippet: count from where they begin
    return Math.max(0, at - (source.length() - source.stripLeading().length()));
  }

  /** The 1-based line of an offset. */
  private static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The cell's line, indented under the message. */
  private static String quote(String cell, int line) {
    String[] lines = cell.split("\n", -1);
    if (line < 1 || line > lines.length) {
      return "";
    }
    return "\n    " + lines[line - 1].strip();
  }
}
