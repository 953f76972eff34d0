package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders the Ukraine NATO demo chart to {@code target/chart-demo/} so that a person can look at
 * it; checks only that the files decode at the size set.
 */
class TrendChartDemoTest {

  private static final Path DIR = Path.of("target", "chart-demo");

  @Test
  void renders_the_ukraine_nato_demo_chart() throws Exception {
    Path png = UkraineNatoDemo.chart().savePng(DIR.resolve("ukraine-nato.png"));
    UkraineNatoDemo.chart().saveSvg(DIR.resolve("ukraine-nato.svg"));
    UkraineNatoDemo.chart().savePdf(DIR.resolve("ukraine-nato.pdf"));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1000, image.getWidth());
    assertEquals(600, image.getHeight());
  }
}
