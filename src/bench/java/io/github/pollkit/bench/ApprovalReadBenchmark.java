package io.github.pollkit.bench;

import io.github.pollkit.PollSet;
import io.github.pollkit.Polls;
import io.github.pollkit.io.ReadOptions;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import tech.tablesaw.api.Table;

/**
 * Reading FiveThirtyEight's Trump approval poll list as shipped ({@code
 * data/trump-approval/approval_polllist.csv}: 14,313 records, 22 columns, 3.6 MB) in the same JMH
 * run: pollkit's strict read with the options the README shows (every cell parsed and every rule
 * checked, 14,313 {@code Poll} values), and Tablesaw's own plain CSV read of the same file with its
 * default options (type inference, no validation). {@link ReadVersusPandas} interleaves the same
 * two calls with pandas' {@code read_csv}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ApprovalReadBenchmark {
  /** The poll list as shipped. */
  static final Path FILE = Path.of("data/trump-approval/approval_polllist.csv");

  /** The options of the README's example. */
  static final ReadOptions OPTIONS =
      ReadOptions.builder().datePattern("M/d/yyyy").options("approve", "disapprove").build();

  /** pollkit: read and validate, strict. */
  @Benchmark
  public PollSet pollkitRead() {
    return Polls.read(FILE, OPTIONS);
  }

  /** Tablesaw: {@code Table.read().csv(...)} with its default options. */
  @Benchmark
  public Table tablesawRead() {
    return Table.read().csv(FILE.toFile());
  }
}
