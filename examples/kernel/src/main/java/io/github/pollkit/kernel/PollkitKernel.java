package io.github.pollkit.kernel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.kernel.util.TextColor;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;

/**
 * pollkit's Jupyter kernel: Java cells evaluated by JShell, with pollkit, Tablesaw and XChart on
 * the class path and imported, charts shown inline as images and tables as HTML (see {@link
 * Displays}). Built on jjava-jupyter's {@link BaseKernel} (messaging, display).
 *
 * <p>The kernel answers Jupyter's first request (kernel info) at once; then JShell starts and
 * compiles the imports on a thread of its own, and the first cell waits for it. Another thread
 * draws a small chart meanwhile, so that the first chart of a session does not pay for loading
 * fonts.
 */
public final class PollkitKernel extends BaseKernel {

  /** The kernel's name in Jupyter (its kernel spec's folder). */
  public static final String NAME = "pollkit";

  private final CompletableFuture<CellEvaluator> evaluator = new CompletableFuture<>();
  private final AtomicBoolean started = new AtomicBoolean();

  /** Makes the kernel; JShell starts in the background after the first request. */
  public PollkitKernel() {
    super(
        NAME,
        "0.1.0",
        new LanguageInfo.Builder("java")
            .version(Runtime.version().toString())
            .mimetype("text/x-java-source")
            .fileExtension(".jshell")
            .pygments("java")
            .codemirror("text/x-java")
            .build(),
        List.of(new HelpLink("pollkit", "https://github.com/pollkit/pollkit")),
        null,
        new JupyterIO(StandardCharsets.UTF_8),
        new CommManager(),
        new Renderer(),
        null,
        new MagicsRegistry(),
        false,
        new StringStyler.Builder()
            .addPrimaryStyle(TextColor.BOLD_RESET_FG)
            .addSecondaryStyle(TextColor.BOLD_RED_FG)
            .addHighlightStyle(TextColor.BOLD_RESET_FG)
            .build());
    Displays.registerAll(renderer);
  }

  /**
   * Starts JShell and draws a small chart, each on a thread of its own, once: after the first
   * answer to Jupyter, so that the kernel is ready as soon as the JVM is, or at the first cell.
   */
  private void warmUp() {
    if (!started.compareAndSet(false, true)) {
      return;
    }
    Thread shell =
        new Thread(
            () -> {
              try {
                evaluator.complete(CellEvaluator.start());
              } catch (RuntimeException | Error e) {
                evaluator.completeExceptionally(e);
              }
            },
            "pollkit-jshell-start");
    shell.setDaemon(true);
    shell.start();
    Thread charts = new Thread(Displays::warmUp, "pollkit-chart-warm-up");
    charts.setDaemon(true);
    charts.start();
  }

  @Override
  protected void handleKernelInfoRequest(
      ShellReplyEnvironment env, Message<KernelInfoRequest> request) {
    super.handleKernelInfoRequest(env, request);
    warmUp();
  }

  private CellEvaluator evaluator() {
    warmUp();
    try {
      return evaluator.join();
    } catch (CompletionException e) {
      throw new CellException(
          "StartupError", "JShell did not start: " + e.getCause() + "; restart the kernel");
    }
  }

  @Override
  public Object evalRaw(String source) {
    try {
      return evaluator().eval(source);
    } catch (CellException e) {
      throw e;
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // JShell itself failed on this cell; the session stays usable
      throw new CellException("KernelError", "the cell could not be evaluated: " + e);
    }
  }

  @Override
  public DisplayData eval(String expr) {
    Object result = evalRaw(expr);
    if (result == null) {
      return null;
    }
    try {
      return result instanceof DisplayData data ? data : getRenderer().render(result);
    } catch (RuntimeException e) {
      throw new CellException(
          e.getClass().getSimpleName(), "the value could not be shown: " + e.getMessage());
    }
  }

  @Override
  public DisplayData inspect(String code, int at, boolean extraDetail) {
    return null;
  }

  @Override
  public ReplacementOptions complete(String code, int at) {
    int[] anchor = {at};
    List<String> options = evaluator().complete(code, at, anchor);
    return options.isEmpty() ? null : new ReplacementOptions(options, anchor[0], at);
  }

  @Override
  public String isComplete(String code) {
    return switch (evaluator().completeness(code)) {
      case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> IS_COMPLETE_YES;
      case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "";
      case UNKNOWN -> IS_COMPLETE_BAD;
    };
  }

  @Override
  public void interrupt() {
    if (evaluator.isDone() && !evaluator.isCompletedExceptionally()) {
      evaluator.join().stop();
    }
  }

  /**
   * A cell's error as its short message; anything else as its name, message and first frames.
   *
   * @param e the error
   * @return the lines shown under the cell
   */
  @Override
  public List<String> formatError(Throwable e) {
    List<String> lines = new ArrayList<>();
    if (e instanceof CellException cell) {
      String[] message = cell.getMessage().split("\n");
      lines.add(errorStyler.secondary(cell.kind() + ": " + message[0]));
      for (int i = 1; i < message.length; i++) {
        lines.add(message[i]);
      }
      return lines;
    }
    lines.add(errorStyler.secondary(e.toString()));
    StackTraceElement[] frames = e.getStackTrace();
    for (int i = 0; i < Math.min(5, frames.length); i++) {
      lines.add("  at " + frames[i]);
    }
    return lines;
  }

  @Override
  public void onShutdown(boolean isRestarting) {
    super.onShutdown(isRestarting);
    if (evaluator.isDone() && !evaluator.isCompletedExceptionally()) {
      evaluator.join().close();
    }
    // Jupyter starts a new process on restart; this one ends once the reply has gone out.
    Thread exit =
        new Thread(
            () -> {
              try {
                Thread.sleep(500);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              System.exit(0);
            },
            "pollkit-exit");
    exit.setDaemon(true);
    exit.start();
  }

  /**
   * Starts the kernel for Jupyter (the kernel spec's command line).
   *
   * @param args the path of the connection file Jupyter wrote
   * @throws Exception if the connection file cannot be read or the sockets cannot be bound
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: PollkitKernel <connection file> (Jupyter passes it)");
      System.exit(2);
    }
    KernelConnectionProperties properties =
        KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
    JupyterConnection connection = new JupyterConnection(properties);
    PollkitKernel kernel = new PollkitKernel();
    kernel.onStartup();
    kernel.becomeHandlerForConnection(connection);
    connection.connect();
    connection.waitUntilClose();
  }
}
