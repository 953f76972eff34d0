package io.github.pollkit;

import io.github.pollkit.io.CopiedTableOptions;
import io.github.pollkit.io.CopiedTableReader;
import io.github.pollkit.io.PollReader;
import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.io.ReadResult;
import io.github.pollkit.io.SubgroupReader;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;

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
 * <p>The file format (wide or long, recognised columns, share syntax, missing markers) is described
 * in {@link PollReader} and in the README.
 */
public final class Polls {
  private Polls() {}

  /**
   * Reads a poll file strictly with the default options.
   *
   * @param file the poll file
   * @return the polls
   * @throws PollDataException at the first bad record, naming file, line, column, value and rule
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static PollSet read(Path file) {
    return read(file, ReadOptions.defaults());
  }

  /**
   * Reads a poll file strictly with the given options.
   *
   * @param file the poll file
   * @param options how to read it
   * @return the polls
   * @throws PollDataException at the first bad record, naming file, line, column, value and rule
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static PollSet read(Path file, ReadOptions options) {
    return strict(PollReader.read(file, options));
  }

  /**
   * Reads poll data strictly from a reader (named by {@link ReadOptions.Builder#sourceName}).
   *
   * @param reader the text, not closed
   * @param options how to read it
   * @return the polls
   * @throws PollDataException at the first bad record, naming source, line, column, value and rule
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static PollSet read(Reader reader, ReadOptions options) {
    return strict(PollReader.read(reader, options));
  }

  /**
   * Reads a poll file leniently: every good poll, and every rejected record with its line and
   * reason; accepted + rejected records = records read.
   *
   * @param file the poll file
   * @param options how to read it
   * @return the accepted polls and the reader's full result
   * @throws PollDataException only for problems of the whole file (no header, a bad header, text
   *     that is not UTF-8)
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static LenientRead readLenient(Path file, ReadOptions options) {
    return lenient(PollReader.read(file, options));
  }

  /**
   * Reads poll data leniently from a reader; see {@link #readLenient(Path, ReadOptions)}.
   *
   * @param reader the text, not closed
   * @param options how to read it
   * @return the accepted polls and the reader's full result
   * @throws PollDataException only for problems of the whole source
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static LenientRead readLenient(Reader reader, ReadOptions options) {
    return lenient(PollReader.read(reader, options));
  }

  /**
   * Reads strictly a poll table copied from a web page (tab-separated text as a browser copies a
   * Wikipedia "Opinion polling for …" table); the conventions are described in {@link
   * CopiedTableReader}.
   *
   * <pre>{@code
   * PollSet polls = Polls.readCopiedTable(Path.of("uk-2015.tsv"),
   *     CopiedTableOptions.builder().year(2015).build());
   * }</pre>
   *
   * @param file the copied table (UTF-8 text)
   * @param options how to read it, e.g. the year of the section heading above the table
   * @return the polls
   * @throws PollDataException at the first bad row, naming file, line, column, value and rule
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static PollSet readCopiedTable(Path file, CopiedTableOptions options) {
    return strict(CopiedTableReader.read(file, options));
  }

  /**
   * Reads strictly a copied poll table from a reader, e.g. a {@link java.io.StringReader} over
   * pasted text; see {@link #readCopiedTable(Path, CopiedTableOptions)}.
   *
   * @param reader the text, not closed
   * @param options how to read it
   * @return the polls
   * @throws PollDataException at the first bad row, naming source, line, column, value and rule
   * @throws java.io.UncheckedIOException if the reader fails
   */
  public static PollSet readCopiedTable(Reader reader, CopiedTableOptions options) {
    return strict(CopiedTableReader.read(reader, options));
  }

  /**
   * Reads a copied poll table leniently: every good row, and every rejected row with its line and
   * reason (a lead that does not match the shares, a share that is not a share, …); accepted +
   * rejected rows = rows read.
   *
   * @param file the copied table (UTF-8 text)
   * @param options how to read it
   * @return the accepted polls and the reader's full result
   * @throws PollDataException only for problems of the whole table (no header, no date column)
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static LenientRead readCopiedTableLenient(Path file, CopiedTableOptions options) {
    return lenient(CopiedTableReader.read(file, options));
  }

  /**
   * Reads strictly a wide file whose columns give each subgroup's results beside the whole sample's
   * ({@code Yes, No, Dem Sample, Dem Yes, Dem No, Rep Sample, …}) into one set with a subgroup
   * dimension (the extra column {@code subgroup}: {@code "all"} for the whole sample, else the
   * group); split it with {@link PollSet#bySubgroup()} or filter with {@link
   * PollSet#subgroup(String)}. The columns are described in {@link SubgroupReader}; a group's
   * sample size comes from its own column.
   *
   * <pre>{@code
   * PollSet byParty = Polls.readSubgroups(Path.of("impeachment_polls.csv"), ReadOptions.builder()
   *     .datePattern("M/d/yyyy").column("Start", "field_start").column("End", "field_end")
   *     .options("Yes", "No", "Unsure").build(), "Rep", "Dem", "Ind");
   * PollSet democrats = byParty.subgroup("Dem");
   * }</pre>
   *
   * @param file the poll file
   * @param options how to read the whole sample's columns, naming its options
   * @param groups the subgroups, as their column names begin, at least one
   * @return the polls of the whole sample and of each subgroup
   * @throws PollDataException at the first bad record, naming file, line, column, value and rule
   * @throws IllegalArgumentException if no group is named, or one is blank, repeated or "all"
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static PollSet readSubgroups(Path file, ReadOptions options, String... groups) {
    return strict(SubgroupReader.read(file, options, List.of(groups)));
  }

  /**
   * Reads leniently a wide file with subgroup columns; see {@link #readSubgroups}. A record with a
   * bad cell, of the whole sample or of a subgroup, is rejected whole.
   *
   * @param file the poll file
   * @param options how to read the whole sample's columns, naming its options
   * @param groups the subgroups, as their column names begin, at least one
   * @return the accepted polls and the reader's full result
   * @throws PollDataException only for problems of the whole file (a bad header, a group without
   *     share columns)
   * @throws IllegalArgumentException if no group is named, or one is blank, repeated or "all"
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static LenientRead readSubgroupsLenient(Path file, ReadOptions options, String... groups) {
    return lenient(SubgroupReader.read(file, options, List.of(groups)));
  }

  private static PollSet strict(ReadResult read) {
    read.firstProblem()
        .ifPresent(
            problem -> {
              throw new PollDataException(problem);
            });
    return PollSet.of(read);
  }

  private static LenientRead lenient(ReadResult read) {
    if (read.fileProblem() != null) {
      throw new PollDataException(read.fileProblem());
    }
    return new LenientRead(PollSet.of(read), read);
  }

  /**
   * The outcome of a lenient read.
   *
   * @param polls the accepted polls
   * @param result the reader's full result: the rejected records ({@code line}, {@code raw}, {@code
   *     reason}) and the counts
   */
  public record LenientRead(PollSet polls, ReadResult result) {
    @Override
    public String toString() {
      return polls
          + ", "
          + result.rejected().rowCount()
          + " of "
          + result.recordsRead()
          + " records rejected";
    }
  }
}
