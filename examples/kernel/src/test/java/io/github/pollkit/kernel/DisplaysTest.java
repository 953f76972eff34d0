package io.github.pollkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.chart.TrendChart;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DisplaysTest {

  private static Renderer renderer() {
    Renderer renderer = new Renderer();
    Displays.registerAll(renderer);
    return renderer;
  }

  private static TrendChart chart() {
    return TrendChart.create()
        .title("Support")
        .points(
            "support",
            List.of(LocalDate.of(2019, 6, 18), LocalDate.of(2022, 5, 20)),
            new double[] {53, 76})
        .size(400, 300);
  }

  @Test
  void a_chart_shows_as_a_png_of_its_size_with_a_line_of_text() throws IOException {
    DisplayData data = renderer().render(chart());
    byte[] png = Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_PNG));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(400, image.getWidth());
    assertEquals(300, image.getHeight());
    assertEquals(chart().toString(), data.getData(MIMEType.TEXT_PLAIN)); // the chart's own line
  }

  @Test
  void svg_gives_the_chart_as_svg_only() {
    DisplayData data = Notebook.svg(chart());
    String svg = (String) data.getData(MIMEType.IMAGE_SVG);
    assertTrue(svg.contains("<svg") && svg.contains("width=\"400px\""), svg.substring(0, 300));
    assertEquals(null, data.getData(MIMEType.IMAGE_PNG));
  }

  @Test
  void svg_of_something_else_names_what_it_got() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Notebook.svg("text"));
    assertEquals(
        "chart must be a pollkit chart or an XChart chart, was java.lang.String", e.getMessage());
  }

  @Test
  void a_table_shows_its_size_and_rows_as_html_with_rounded_escaped_cells() {
    Table table =
        Table.create(
            "t",
            StringColumn.create("who", "<b>Rating</b>", "KIIS"),
            DoubleColumn.create("share", 53.123456, 41.1),
            IntColumn.create("n", 2400, 2005));
    String html = (String) renderer().render(table).getData(MIMEType.TEXT_HTML);
    assertEquals(
        "<div><p><b>t</b>: 2 rows × 3 columns</p>\n<table>\n"
            + "<thead><tr><th>who</th><th>share</th><th>n</th></tr></thead>\n<tbody>\n"
            + "<tr><td>&lt;b&gt;Rating&lt;/b&gt;</td><td>53.123</td><td>2400</td></tr>\n"
            + "<tr><td>KIIS</td><td>41.1</td><td>2005</td></tr>\n"
            + "</tbody>\n</table></div>",
        html);
  }

  @Test
  void a_long_table_shows_its_first_ten_rows_and_says_so() {
    double[] values = new double[25];
    for (int i = 0; i < values.length; i++) {
      values[i] = i;
    }
    Table table = Table.create("long", DoubleColumn.create("x", values));
    DisplayData data = renderer().render(table);
    String html = (String) data.getData(MIMEType.TEXT_HTML);
    assertTrue(html.contains("25 rows × 1 column, the first 10 shown"), html);
    assertEquals(10, html.split("<tr><td>", -1).length - 1);
    assertTrue(
        ((String) data.getData(MIMEType.TEXT_PLAIN)).startsWith("long: 25 rows × 1 column\n"));
  }
}
