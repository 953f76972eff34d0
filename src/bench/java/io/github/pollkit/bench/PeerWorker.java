package io.github.pollkit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A peer script run as one long-lived worker fed through stdin/stdout, so that its calls can be
 * interleaved with pollkit's in one run: each command is one line, each answer one line (the peer
 * times itself and answers with its time first). Closing it sends {@code quit} and waits.
 */
final class PeerWorker implements AutoCloseable {
  private final Process process;
  private final PrintWriter toPeer;
  private final BufferedReader fromPeer;

  private PeerWorker(Process process) {
    this.process = process;
    this.toPeer = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    this.fromPeer =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Starts {@code python script worker}; the worker's stderr goes to ours. */
  static PeerWorker start(String python, String script) throws IOException {
    return new PeerWorker(
        new ProcessBuilder(python, script, "worker")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start());
  }

  /** Sends one command and returns the worker's one-line answer. */
  String ask(String command) throws IOException {
    toPeer.println(command);
    String line = fromPeer.readLine();
    if (line == null) {
      throw new IOException("the peer worker ended on '" + command + "'");
    }
    return line;
  }

  @Override
  public void close() throws InterruptedException {
    toPeer.println("quit");
    process.waitFor();
  }
}
