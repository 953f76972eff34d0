package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart as a value: what it prints, the image it draws, and show() without a display. */
class ChartValueTest {

  private static final List<LocalDate> DAYS =
      List.of(LocalDate.of(2019, 6, 23), LocalDate.of(2022, 10, 2), LocalDate.of(2023, 5, 1));

  private static TrendChart nato() {
    return TrendChart.create()
        .title("Should Ukraine join NATO?")
        .points("support", DAYS, new double[] {53, 83, 89})
        .points("oppose", DAYS, new double[] {29, 4, 3})
        .range("support", "1990s", LocalDate.of(1995, 1, 1), LocalDate.of(1999, 12, 31), 20, 25)
        .event(LocalDate.of(2014, 3, 18), "Crimea annexed")
        .size(640, 400);
  }

  @Test
  void trend_chart_prints_kind_options_polls_size_and_title() {
    assertEquals(
        "TrendChart[options support, oppose; 6 polls; 1 range; 1 event; 640 × 400;"
            + " \"Should Ukraine join NATO?\"]",
        nato().toString());
    assertEquals("TrendChart[no data; 0 polls; 1000 × 600]", TrendChart.create().toString());
  }

  @Test
  void topline_chart_prints_options_and_groups() {
    ToplineChart t =
        ToplineChart.create()
            .options("support", "oppose")
            .group("June 2019", new double[] {53, 29}, new double[] {2, 1.8});
    assertEquals(
        "ToplineChart[options support, oppose; 1 group: June 2019; 800 × 500]", t.toString());
  }

  @Test
  void buffered_image_has_the_chart_size_and_the_png_pixels(@TempDir Path dir) throws Exception {
    BufferedImage image = nato().toBufferedImage();
    assertEquals(640, image.getWidth());
    assertEquals(400, image.getHeight());
    BufferedImage png = ImageIO.read(nato().savePng(dir.resolve("nato.png")).toFile());
    assertEquals(png.getWidth(), image.getWidth());
    for (int y = 0; y < 400; y += 7) {
      for (int x = 0; x < 640; x += 7) {
        assertEquals(png.getRGB(x, y), image.getRGB(x, y), "pixel " + x + ", " + y);
      }
    }
    BufferedImage large = nato().size(1600, 900).toBufferedImage();
    assertEquals(1600, large.getWidth());
    assertEquals(900, large.getHeight());
    assertTrue(Files.size(dir.resolve("nato.png")) > 0);
  }

  @Test
  void show_without_a_display_says_so_and_throws_nothing() {
    assertTrue(GraphicsEnvironment.isHeadless(), "the build runs tests headless (pom argLine)");
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    boolean shown;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      shown = nato().show();
    } finally {
      System.setErr(err);
    }
    assertFalse(shown);
    String message = captured.toString(StandardCharsets.UTF_8);
    assertTrue(message.startsWith("pollkit: no display"), message);
    assertTrue(message.contains("savePng") && message.contains("toBufferedImage"), message);
    assertTrue(message.contains("TrendChart[options support, oppose"), message);
    assertEquals(1, message.strip().lines().count(), "one line, no stack trace: " + message);
  }

  @Test
  void show_of_a_chart_without_data_fails_as_saving_does() {
    assertThrows(IllegalArgumentException.class, () -> TrendChart.create().show());
  }

  @Test
  void source_prefix_is_not_doubled() {
    ChartFrame plain = ChartFrame.ofSize(640, 400).withSource("KIIS");
    assertEquals("Source: KIIS", plain.captionAndSource());
    assertEquals(
        "Source: KIIS", ChartFrame.ofSize(640, 400).withSource("Source: KIIS").captionAndSource());
    assertEquals(
        "Sources: KIIS, Rating",
        ChartFrame.ofSize(640, 400).withSource("Sources: KIIS, Rating").captionAndSource());
    assertEquals(
        "source: KIIS", ChartFrame.ofSize(640, 400).withSource("source: KIIS").captionAndSource());
    assertEquals(
        "Question wording varies.\nSource: KIIS",
        ChartFrame.ofSize(640, 400)
            .withCaption("Question wording varies.")
            .withSource("Source: KIIS")
            .captionAndSource());
    // a source that merely mentions the word keeps the prefix
    assertEquals(
        "Source: Open Source Polling",
        ChartFrame.ofSize(640, 400).withSource("Open Source Polling").captionAndSource());
  }
}
