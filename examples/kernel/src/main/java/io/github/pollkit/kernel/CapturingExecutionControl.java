package io.github.pollkit.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs JShell snippets in the kernel's own JVM and keeps each snippet's value as an object, so that
 * the kernel can show a chart as an image and a table as HTML instead of their {@code toString()}.
 *
 * <p>JShell's own local execution turns every value into a string at once. Here the value is stored
 * under a key, the key is what JShell sees as the value, and {@link #take} hands the object to the
 * kernel. Each snippet runs on a thread of its own so that {@link #stop()} (a Jupyter interrupt)
 * can end a runaway cell without ending the kernel.
 */
final class CapturingExecutionControl extends DirectExecutionControl {

  private static final String KEY_PREFIX = "pollkit-value-";

  private final Map<String, Object> values = new HashMap<>();
  private long next;
  private volatile Thread running;
  private volatile boolean stopRequested;

  /** A provider that hands JShell this control. */
  ExecutionControlProvider provider() {
    CapturingExecutionControl control = this;
    return new ExecutionControlProvider() {
      @Override
      public String name() {
        return "pollkit-capturing";
      }

      @Override
      public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return control;
      }
    };
  }

  @Override
  protected String invoke(Method doitMethod) throws Exception {
    AtomicReference<Object> value = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                value.set(doitMethod.invoke(null));
              } catch (Throwable t) {
                failure.set(t);
              }
            },
            "pollkit-cell");
    thread.setContextClassLoader(doitMethod.getDeclaringClass().getClassLoader());
    stopRequested = false;
    running = thread;
    thread.start();
    try {
      thread.join();
    } finally {
      running = null;
    }
    Throwable t = failure.get();
    if (t != null) {
      if (stopRequested) {
        throw new ExecutionControl.StoppedException();
      }
      if (t instanceof Exception e) {
        throw e; // an InvocationTargetException: JShell reports its cause as the user's exception
      }
      throw new InvocationTargetException(t);
    }
    synchronized (values) {
      String key = KEY_PREFIX + next++;
      values.put(key, value.get());
      return key;
    }
  }

  /**
   * Removes and returns the value stored under a key that {@link #invoke(Method)} returned.
   *
   * @param key the value string of a JShell snippet event
   * @return the object, or {@code null} if the key is not one of ours or the value was null
   */
  Object take(String key) {
    synchronized (values) {
      return key == null ? null : values.remove(key);
    }
  }

  /** Forgets every stored value (called after each cell, so that no value is kept alive). */
  void clear() {
    synchronized (values) {
      values.clear();
    }
  }

  @Override
  @SuppressWarnings({"deprecation", "removal"})
  public void stop() {
    Thread thread = running;
    if (thread != null) {
      stopRequested = true;
      thread.interrupt();
      try {
        thread.stop(); // as JShell's LocalExecutionControl does; ends loops that ignore interrupts
      } catch (UnsupportedOperationException e) {
        // Java 20 and later: only the interrupt above is possible
      }
    }
  }
}
