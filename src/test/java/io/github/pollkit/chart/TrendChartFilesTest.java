package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved files are what their names say, at the size set, at exactly the path given. */
class TrendChartFilesTest {

  /** The eight-byte PNG signature (PNG specification, section 5.2). */
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  @TempDir Path dir;

  @Test
  void png_has_the_signature_and_decodes_at_the_size_set() throws Exception {
    Path file = UkraineNatoDemo.chart().size(900, 500).savePng(dir.resolve("nato.png"));
    assertEquals(dir.resolve("nato.png"), file);
    byte[] bytes = Files.readAllBytes(file);
    assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8));
    BufferedImage image = ImageIO.read(file.toFile());
    assertEquals(900, image.getWidth());
    assertEquals(500, image.getHeight());
  }

  @Test
  void png_is_the_same_byte_for_byte_when_saved_twice() throws Exception {
    byte[] first = Files.readAllBytes(UkraineNatoDemo.chart().savePng(dir.resolve("a.png")));
    byte[] second = Files.readAllBytes(UkraineNatoDemo.chart().savePng(dir.resolve("b.png")));
    assertArrayEquals(first, second);
  }

  @Test
  void svg_is_an_svg_document_of_the_size_set() throws Exception {
    Path file = UkraineNatoDemo.chart().saveSvg(dir.resolve("nato.svg"));
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), text.substring(0, 40));
    assertTrue(text.contains("<svg"));
    assertTrue(text.contains("width=\"1000") && text.contains("height=\"600"), "size in SVG");
    assertTrue(text.strip().endsWith("</svg>"));
  }

  @Test
  void pdf_starts_with_the_pdf_header() throws Exception {
    Path file = UkraineNatoDemo.chart().savePdf(dir.resolve("nato.pdf"));
    byte[] bytes = Files.readAllBytes(file);
    assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
    assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("%%EOF"));
  }

  @Test
  void saving_creates_missing_directories_and_keeps_the_name() throws Exception {
    Path file = dir.resolve("charts/2024/nato-without-extension");
    UkraineNatoDemo.chart().savePng(file);
    assertTrue(Files.isRegularFile(file));
  }
}
