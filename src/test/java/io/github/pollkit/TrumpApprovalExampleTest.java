package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs examples/TrumpApprovalExample (default package, so through reflection). */
class TrumpApprovalExampleTest {

  @Test
  void example_compares_with_538_on_every_published_day(@TempDir Path out) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      Class.forName("TrumpApprovalExample").getMethod("main", String[].class)
          .invoke(null, (Object) new String[] {out.toString()});
    } finally {
      System.setOut(original);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    // data/trump-approval/SOURCES.md: 5,823 "All polls" rows; the topline has 1,293 days of them.
    assertTrue(printed.startsWith("PollSet[5823 polls, 2017–2020, options approve/disapprove]"), printed);
    assertTrue(printed.contains("over 1293 days"), printed);
    BufferedImage png = ImageIO.read(out.resolve("trump-approval.png").toFile());
    assertEquals(1000, png.getWidth());
  }
}
