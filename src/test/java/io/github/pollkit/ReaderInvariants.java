package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.io.ReadResult;
import io.github.pollkit.model.PollColumns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * What must hold for every input of the poll reader, however malformed: the checks of the fuzz test
 * and of the regression corpus, written once.
 *
 * <ul>
 *   <li>strict reading returns a set or throws {@link PollDataException}, nothing else; so does
 *       lenient reading, which throws only when strict reading does (a problem of the whole file);
 *   <li>lenient reading accounts for every record (accepted + rejected = read), accepts what strict
 *       reading accepts, and on a bad file rejects first the record strict reading names, with the
 *       same message;
 *   <li>accepted shares are numbers in [0, 100], and the table starts with the standard columns;
 *   <li>a set that reads gives its wide table, converts to a long table and back ({@code
 *       PollSet.of}) to an equal set, and is written and read back to an equal set.
 * </ul>
 */
final class ReaderInvariants {
  private ReaderInvariants() {}

  /** The outcome of one input, for the fuzz test's count of accepted and rejected inputs. */
  enum Outcome {
    ACCEPTED,
    REJECTED
  }

  /**
   * Checks every invariant for the file, failing the test with {@code shown} in the message.
   *
   * @param written where to write the set for the round trip (overwritten)
   */
  static Outcome check(Path file, ReadOptions options, Path written, String shown) {
    PollSet strict = null;
    PollDataException strictError = null;
    try {
      strict = Polls.read(file, options);
    } catch (PollDataException e) {
      strictError = e;
    } catch (Throwable t) {
      fail("strict read threw " + t + " for " + shown, t);
    }
    ReadResult lenient = null;
    try {
      lenient = Polls.readLenient(file, options).result();
    } catch (PollDataException e) {
      assertTrue(strictError != null, "lenient threw but strict did not, " + shown);
      assertEquals(strictError.getMessage(), e.getMessage(), shown);
      return Outcome.REJECTED;
    } catch (Throwable t) {
      fail("lenient read threw " + t + " for " + shown, t);
    }
    Table rejected = lenient.rejected();
    assertEquals(lenient.recordsRead(), lenient.recordsAccepted() + rejected.rowCount(), shown);
    if (strict != null) {
      assertEquals(0, rejected.rowCount(), shown);
      assertEquals(strict.polls(), lenient.polls(), shown);
    } else {
      assertTrue(rejected.rowCount() > 0, "strict failed with " + strictError + ", " + shown);
      // strict reports the first record rejected for its own error (not along with its poll)
      int first = -1;
      for (int r = 0; r < rejected.rowCount() && first < 0; r++) {
        if (!rejected.stringColumn("reason").get(r).startsWith("belongs to poll")) {
          first = r;
        }
      }
      assertEquals(strictError.line(), (long) rejected.intColumn("line").getInt(first), shown);
      assertEquals(strictError.getMessage(), rejected.stringColumn("reason").get(first), shown);
    }
    Table accepted = lenient.accepted();
    assertEquals(
        PollColumns.STANDARD,
        accepted.columnNames().subList(0, PollColumns.STANDARD.size()),
        shown);
    DoubleColumn share = accepted.doubleColumn(PollColumns.SHARE);
    assertEquals(0, share.countMissing(), shown);
    for (double s : share.asDoubleArray()) {
      assertTrue(s >= 0 && s <= 100, shown);
    }
    if (strict == null) {
      return Outcome.REJECTED;
    }
    checkAccepted(strict, written, shown);
    return Outcome.ACCEPTED;
  }

  /** The wide table, the long table back to a set, and the written file back to a set. */
  static void checkAccepted(PollSet set, Path written, String shown) {
    try {
      Table wide = set.wide();
      assertEquals(set.size(), wide.rowCount(), shown);
      Set<String> options = Set.copyOf(set.options());
      assertTrue(wide.columnCount() >= options.size(), shown);
      assertEquals(set, PollSet.of(set.table()), "long table back to a set, " + shown);
      Files.deleteIfExists(written); // see PollReaderFuzzTest: a rewritten file is flushed
      set.write(written);
    } catch (AssertionError e) {
      throw e;
    } catch (Throwable t) {
      fail("a set that reads threw " + t + " for " + shown, t);
    }
    PollSet back;
    try {
      back = Polls.read(written);
    } catch (Throwable t) {
      fail("the written set does not read back: " + t + ", " + shown, t);
      return;
    }
    assertEquals(set, back, "written and read back, " + shown);
  }
}
