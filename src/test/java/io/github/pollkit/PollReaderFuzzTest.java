package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.pollkit.io.Layout;
import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.io.ReadResult;
import io.github.pollkit.model.PollColumns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Mutates real and synthetic poll files at random (fixed seed) and checks that no input, however
 * malformed, makes the reader throw anything but {@link PollDataException}, and that lenient and
 * strict reading agree.
 */
class PollReaderFuzzTest {
  private static final int INPUTS = 2000;
  private static final byte[][] INSERTS = {
    {'"'},
    {','},
    {'\n'},
    {'\r'},
    {'\r', '\n'},
    {'-'},
    {'%'},
    {'.'},
    {' '},
    {'0'},
    {'9'},
    {'1', '0', '0'},
    {(byte) 0xE2, (byte) 0x80, (byte) 0x93},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xFF},
    {(byte) 0xC3},
    {0},
    {'"', '"'},
    {'N', 'a', 'N'},
    {'/'},
    {'t', 'o'}
  };

  @TempDir Path dir;

  static List<byte[]> seeds() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    List<String> ukraine = Files.readAllLines(PollReaderRealDataTest.UKRAINE);
    seeds.add((String.join("\n", ukraine.subList(0, 12)) + "\n").getBytes(StandardCharsets.UTF_8));
    List<String> approval = Files.readAllLines(PollReaderRealDataTest.APPROVAL);
    seeds.add(
        (String.join("\r\n", approval.subList(0, 8)) + "\r\n").getBytes(StandardCharsets.UTF_8));
    seeds.add(
        ("record,poll_id,field_end,n,option,share,share_low,share_high,note\n"
                + "1,a,2024-01-02,\"2,400\",yes,53%,,,\"x, y\"\n"
                + "1,a,2024-01-02,2400,no,20-25,,,\"x, y\"\n"
                + "2,b,,1000,yes,,40,45,\"multi\nline\"\n")
            .getBytes(StandardCharsets.UTF_8));
    return seeds;
  }

  static List<ReadOptions> optionSets() {
    return List.of(
        ReadOptions.defaults(),
        ReadOptions.builder().datePattern("M/d/yyyy").options("approve", "disapprove").build(),
        ReadOptions.builder().decimalComma().missingMarkers("x").build(),
        ReadOptions.builder().layout(Layout.LONG).pollKey("poll_id").build());
  }

  static byte[] mutate(byte[] seed, Random random) {
    if (random.nextInt(20) == 0) {
      byte[] garbage = new byte[random.nextInt(200)];
      random.nextBytes(garbage);
      return garbage;
    }
    List<Byte> bytes = new ArrayList<>();
    for (byte b : seed) {
      bytes.add(b);
    }
    int mutations = 1 + random.nextInt(6);
    for (int m = 0; m < mutations && !bytes.isEmpty(); m++) {
      int at = random.nextInt(bytes.size());
      switch (random.nextInt(5)) {
        case 0:
          bytes.set(at, (byte) random.nextInt(256));
          break;
        case 1:
          for (byte b : INSERTS[random.nextInt(INSERTS.length)]) {
            bytes.add(at++, b);
          }
          break;
        case 2:
          for (int k = Math.min(bytes.size() - at, 1 + random.nextInt(30)); k > 0; k--) {
            bytes.remove(at);
          }
          break;
        case 3:
          bytes.subList(at, bytes.size()).clear();
          break;
        default:
          int end = Math.min(bytes.size(), at + random.nextInt(40));
          bytes.addAll(random.nextInt(bytes.size() + 1), new ArrayList<>(bytes.subList(at, end)));
      }
    }
    byte[] out = new byte[bytes.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes.get(i);
    }
    return out;
  }

  @Test
  void malformed_inputs_give_only_poll_data_exceptions() throws IOException {
    Random random = new Random(20240601L);
    List<byte[]> seeds = seeds();
    List<ReadOptions> optionSets = optionSets();
    Path file = dir.resolve("fuzz.csv");
    int strictAccepted = 0;
    int strictRejected = 0;
    for (int i = 0; i < INPUTS; i++) {
      byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
      ReadOptions options = optionSets.get(random.nextInt(optionSets.size()));
      Files.write(file, input);
      String shown = "input " + i + " (base64 " + Base64.getEncoder().encodeToString(input) + ")";
      Table strict = null;
      PollDataException strictError = null;
      try {
        strict = Polls.read(file, options).table();
        strictAccepted++;
      } catch (PollDataException e) {
        strictError = e;
        strictRejected++;
      } catch (Throwable t) {
        fail("strict read threw " + t + " for " + shown, t);
      }
      ReadResult lenient = null;
      try {
        lenient = Polls.readLenient(file, options).result();
      } catch (PollDataException e) {
        assertTrue(strictError != null, "lenient threw but strict did not, " + shown);
        continue;
      } catch (Throwable t) {
        fail("lenient read threw " + t + " for " + shown, t);
      }
      Table rejected = lenient.rejected();
      assertEquals(lenient.recordsRead(), lenient.recordsAccepted() + rejected.rowCount(), shown);
      if (strict != null) {
        assertEquals(0, rejected.rowCount(), shown);
        assertEquals(strict.rowCount(), lenient.accepted().rowCount(), shown);
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
    }
    // the mutations must exercise both outcomes, or the test proves little
    assertTrue(strictAccepted > INPUTS / 20, "accepted " + strictAccepted);
    assertTrue(strictRejected > INPUTS / 5, "rejected " + strictRejected);
  }
}
