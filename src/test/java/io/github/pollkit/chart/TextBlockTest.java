package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlockTest {

  private static Graphics2D graphics() {
    return new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
  }

  @Test
  void caption_wraps_at_spaces_to_fit_the_width_and_keeps_every_word() {
    Graphics2D g = graphics();
    TextBlock block = TextBlock.wrap(g, UkraineNatoDemo.CAPTION, ChartStyle.CAPTION_FONT, 400);
    assertTrue(block.lines().size() >= 3, block.lines().toString());
    for (String line : block.lines()) {
      assertTrue(TextBlock.width(g, line, ChartStyle.CAPTION_FONT) <= 400, line);
    }
    assertEquals(UkraineNatoDemo.CAPTION, String.join(" ", block.lines()));
  }

  @Test
  void newline_starts_a_new_line_and_null_gives_no_lines() {
    Graphics2D g = graphics();
    assertEquals(
        List.of("Question: x", "Source: y"),
        TextBlock.wrap(g, "Question: x\nSource: y", ChartStyle.CAPTION_FONT, 1000).lines());
    assertEquals(List.of(), TextBlock.wrap(g, null, ChartStyle.CAPTION_FONT, 1000).lines());
    assertEquals(0, TextBlock.wrap(g, "  ", ChartStyle.CAPTION_FONT, 1000).height());
  }

  @Test
  void a_word_longer_than_the_width_gets_its_own_line() {
    Graphics2D g = graphics();
    assertEquals(
        List.of("a", "https://example.org/a-very-long-source-address", "b"),
        TextBlock.wrap(
                g,
                "a https://example.org/a-very-long-source-address b",
                ChartStyle.CAPTION_FONT,
                60)
            .lines());
  }
}
