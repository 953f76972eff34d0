package io.github.pollkit.bench;

import io.github.pollkit.PollSet;
import io.github.pollkit.Polls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A strict read of a 1,000,000-row synthetic long file ({@link SyntheticLongFile}: 250,000 polls of
 * 4 options, 19 columns), each call timed once (single shot), meant to run in a 1 GB heap:
 *
 * <pre>
 * mvn -Pbench test-compile exec:exec@bench \
 *     -Dbench.args="LongFileMillionBenchmark -f 1 -wi 3 -i 10 -jvmArgs -Xmx1g -prof gc"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LongFileMillionBenchmark {
  Path dir;
  Path file;

  /**
   * Generates the file.
   *
   * @throws IOException if the temporary directory cannot be made
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("pollkit-bench");
    file = SyntheticLongFile.write(dir.resolve("synthetic-long-1m.csv"), 1_000_000);
  }

  /**
   * Removes the file.
   *
   * @throws IOException if it cannot be removed
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  /** 1,000,000 rows to 250,000 polls, strict. */
  @Benchmark
  public PollSet readLongMillion() {
    PollSet polls = Polls.read(file);
    if (polls.size() != 250_000) {
      throw new IllegalStateException(polls.size() + " polls");
    }
    return polls;
  }
}
