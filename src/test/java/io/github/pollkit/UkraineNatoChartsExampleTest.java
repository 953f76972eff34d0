package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs examples/UkraineNatoChartsExample (default package, so through reflection). */
class UkraineNatoChartsExampleTest {

  @Test
  void example_writes_the_lead_and_topline_charts(@TempDir Path out) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      Class.forName("UkraineNatoChartsExample")
          .getMethod("main", String[].class)
          .invoke(null, (Object) new String[] {out.toString()});
    } finally {
      System.setOut(original);
    }
    String printed = buffer.toString(StandardCharsets.UTF_8);
    // Proportions' documented example: 53% of 2,400 is ±1.9968 at 95%
    assertTrue(printed.contains("support 53% ± 2.0, oppose 29% ± 1.8"), printed);
    assertTrue(printed.contains("PollLeadChart[lead support − oppose;"), printed);
    BufferedImage lead = ImageIO.read(out.resolve("ukraine-nato-lead.png").toFile());
    assertEquals(1000, lead.getWidth());
    assertEquals(600, lead.getHeight());
    BufferedImage topline = ImageIO.read(out.resolve("ukraine-nato-topline-2019.png").toFile());
    assertEquals(800, topline.getWidth());
    assertEquals(500, topline.getHeight());
  }
}
