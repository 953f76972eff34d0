package io.github.pollkit.bench;

import io.github.pollkit.Polls;
import io.github.pollkit.io.PollWriter;
import io.github.pollkit.io.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import tech.tablesaw.api.Table;

/**
 * Reading and writing a 14,000-poll file: the 500-poll FiveThirtyEight cut in
 * src/test/resources/data repeated 28 times (same as src/bench/peer/read_polls.py).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PollReaderBenchmark {
  static final Path CUT = Path.of("src/test/resources/data/approval_polllist_first500.csv");
  static final int COPIES = 28;

  Path dir;
  Path wide;
  Path longFile;
  Path written;
  ReadOptions approval;
  Table polls;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("pollkit-bench");
    List<String> lines = Files.readAllLines(CUT);
    List<String> big = new ArrayList<>();
    big.add(lines.get(0));
    for (int copy = 0; copy < COPIES; copy++) {
      big.addAll(lines.subList(1, lines.size()));
    }
    wide = dir.resolve("approval_14000.csv");
    Files.write(wide, big);
    approval =
        ReadOptions.builder().datePattern("M/d/yyyy").options("approve", "disapprove").build();
    polls = Polls.read(wide, approval).table();
    longFile = dir.resolve("approval_14000_long.csv");
    PollWriter.write(polls, longFile);
    written = dir.resolve("written.csv");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    for (Path p : List.of(wide, longFile, written)) {
      Files.deleteIfExists(p);
    }
    Files.deleteIfExists(dir);
  }

  /** 14,000 wide records (22 columns) to 28,000 long rows. */
  @Benchmark
  public Table readWide14000() {
    return Polls.read(wide, approval).table();
  }

  /** The same polls as a 28,000-row long file (record key, metadata agreement checks). */
  @Benchmark
  public Table readLong28000() {
    return Polls.read(longFile).table();
  }

  /** Writing the 28,000-row long table. */
  @Benchmark
  public Path writeLong28000() {
    PollWriter.write(polls, written);
    return written;
  }
}
