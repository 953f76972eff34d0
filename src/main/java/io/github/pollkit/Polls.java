package io.github.pollkit;

import io.github.pollkit.io.PollReader;
import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.io.ReadResult;
import java.nio.file.Path;

/**
 * Where pollkit starts: reading poll files into a {@link PollSet}.
 *
 * <pre>{@code
 * PollSet polls = Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"));
 *
 * PollSet approval = Polls.read(Path.of("approval_polllist.csv"), ReadOptions.builder()
 *     .datePattern("M/d/yyyy").options("approve", "disapprove").build());
 * }</pre>
 *
 * <p>The file format (wide or long, recognised columns, share syntax, missing markers) is
 * described in {@link PollReader} and in the README.
 */
public final class Polls {
  private Polls() {}

  /**
   * Reads a poll file strictly with the default options.
   *
   * @throws PollDataException at the first bad record, naming file, line, column, value and rule
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static PollSet read(Path file) {
    return read(file, ReadOptions.defaults());
  }

  /** Reads a poll file strictly with the given options. */
  public static PollSet read(Path file, ReadOptions options) {
    return PollSet.of(PollReader.read(file, options));
  }

  /**
   * Reads a poll file leniently: every good poll, and every rejected record with its line and
   * reason; accepted + rejected records = records read.
   */
  public static LenientRead readLenient(Path file, ReadOptions options) {
    ReadResult r = PollReader.readLenient(file, options);
    return new LenientRead(PollSet.of(r.accepted()), r);
  }

  /**
   * The outcome of a lenient read.
   *
   * @param polls the accepted polls
   * @param result the reader's full result: the rejected records (line, record, reason) and counts
   */
  public record LenientRead(PollSet polls, ReadResult result) {
    @Override
    public String toString() {
      return polls + ", " + result.rejected().rowCount() + " of " + result.recordsRead()
          + " records rejected";
    }
  }
}
