package io.github.pollkit.kernel;

import io.github.pollkit.chart.FramedChart;
import io.github.pollkit.chart.TrendChart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * How the kernel shows pollkit's values: a chart (any {@link FramedChart}, such as {@code
 * PollChart} or {@code TrendChart}, or a bare XChart chart) as a PNG image, or as SVG when asked
 * with {@link Notebook#svg}; a Tablesaw {@link Table} as an HTML table of its first rows with its
 * size (floating-point numbers rounded to {@value #DECIMALS} decimals; the plain-text form has them
 * all). Everything else (a {@code PollSet}, a trend, a margin) shows as its {@code toString()},
 * which pollkit writes to be read.
 */
public final class Displays {

  /** How many decimals of a floating-point number an HTML table shows. */
  public static final int DECIMALS = 3;

  /** How many rows of a table are shown. */
  public static final int TABLE_ROWS = 10;

  private Displays() {}

  /**
   * Registers pollkit's displays with a kernel's renderer.
   *
   * @param renderer the renderer
   */
  public static void registerAll(Renderer renderer) {
    renderer
        .createRegistration(FramedChart.class)
        .preferring(MIMEType.IMAGE_PNG)
        .supporting(MIMEType.IMAGE_SVG)
        .register((chart, context) -> renderChart(chart.toXChart(), chart.toString(), context));
    renderer
        .createRegistration(Chart.class)
        .preferring(MIMEType.IMAGE_PNG)
        .supporting(MIMEType.IMAGE_SVG)
        .register(
            (chart, context) ->
                renderChart(
                    chart,
                    "XChart " + chart.getClass().getSimpleName() + ": " + chart.getTitle(),
                    context));
    renderer
        .createRegistration(Table.class)
        .preferring(MIMEType.TEXT_HTML)
        .register(
            (table, context) -> {
              context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> plain(table));
              context.renderIfRequested(MIMEType.TEXT_HTML, () -> html(table));
            });
  }

  /**
   * Draws a small chart and forgets it, so that the first chart of a session does not also pay for
   * loading fonts and the drawing classes. The kernel calls it on a background thread at start.
   */
  static void warmUp() {
    try {
      png(
          TrendChart.create()
              .title("warm-up")
              .caption("warm-up")
              .points(
                  "support",
                  List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)),
                  new double[] {40, 50})
              .line(
                  "support",
                  List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)),
                  new double[] {40, 50},
                  new double[] {35, 45},
                  new double[] {45, 55})
              .size(300, 200)
              .toXChart());
    } catch (RuntimeException | Error e) {
      // only a head start: the first real chart reports any problem itself
    }
  }

  private static void renderChart(Chart<?, ?> chart, String text, RenderContext context) {
    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> text);
    context.renderIfRequested(MIMEType.IMAGE_PNG, () -> png(chart));
    context.renderIfRequested(MIMEType.IMAGE_SVG, () -> svg(chart));
  }

  /**
   * A chart as SVG display data (the text of the SVG file and a one-line description).
   *
   * @param chart a {@link FramedChart} or an XChart chart
   * @return the display data
   * @throws IllegalArgumentException if {@code chart} is neither
   */
  static DisplayData svgData(Object chart) {
    DisplayData data = new DisplayData();
    if (chart instanceof FramedChart<?> framed) {
      data.putText(framed.toString());
      data.putData(MIMEType.IMAGE_SVG, svg(framed.toXChart()));
    } else if (chart instanceof Chart<?, ?> xchart) {
      data.putText("XChart " + xchart.getClass().getSimpleName() + ": " + xchart.getTitle());
      data.putData(MIMEType.IMAGE_SVG, svg(xchart));
    } else {
      throw new IllegalArgumentException(
          "chart must be a pollkit chart or an XChart chart, was "
              + (chart == null ? "null" : chart.getClass().getName()));
    }
    return data;
  }

  /** A chart as base64 PNG, 72 DPI, one pixel per unit of its size (as {@code savePng}). */
  static String png(Chart<?, ?> chart) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
      return Base64.getEncoder().encodeToString(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A chart as the text of an SVG file. */
  static String svg(Chart<?, ?> chart) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      VectorGraphicsEncoder.saveVectorGraphic(
          chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String size(Table table) {
    return table.rowCount()
        + (table.rowCount() == 1 ? " row" : " rows")
        + " × "
        + table.columnCount()
        + (table.columnCount() == 1 ? " column" : " columns");
  }

  /** The table's name and size, then its first rows as Tablesaw prints them. */
  static String plain(Table table) {
    String head = (table.name() == null ? "Table" : table.name()) + ": " + size(table);
    if (table.rowCount() == 0) {
      return head;
    }
    return head + "\n" + table.first(TABLE_ROWS).printAll();
  }

  /** The table's name and size, then its first rows as an HTML table. */
  static String html(Table table) {
    StringBuilder b = new StringBuilder();
    int shown = Math.min(TABLE_ROWS, table.rowCount());
    b.append("<div><p><b>")
        .append(escape(table.name() == null ? "Table" : table.name()))
        .append("</b>: ")
        .append(size(table));
    if (shown < table.rowCount()) {
      b.append(", the first ").append(shown).append(" shown");
    }
    b.append("</p>\n<table>\n<thead><tr>");
    for (String name : table.columnNames()) {
      b.append("<th>").append(escape(name)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (int row = 0; row < shown; row++) {
      b.append("<tr>");
      for (int column = 0; column < table.columnCount(); column++) {
        b.append("<td>").append(escape(cell(table.column(column), row))).append("</td>");
      }
      b.append("</tr>\n");
    }
    return b.append("</tbody>\n</table></div>").toString();
  }

  /** A cell as text; a floating-point number with at most {@value #DECIMALS} decimals. */
  private static String cell(Column<?> column, int row) {
    if (column instanceof NumericColumn<?> numbers
        && (column.type() == ColumnType.DOUBLE || column.type() == ColumnType.FLOAT)
        && !column.isMissing(row)) {
      double value = numbers.getDouble(row);
      if (Double.isFinite(value)) {
        return BigDecimal.valueOf(value)
            .setScale(DECIMALS, RoundingMode.HALF_EVEN)
            .stripTrailingZeros()
            .toPlainString();
      }
    }
    return column.getString(row);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
