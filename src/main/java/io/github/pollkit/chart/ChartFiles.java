package io.github.pollkit.chart;

import io.github.pollkit.internal.Checks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a chart to a file, at exactly the path given (XChart's own file methods append an
 * extension). PNG is written at 72 DPI, one pixel per chart unit; SVG and PDF are vector output of
 * the same drawing, the SVG made smaller by {@link SvgCompactor}. I/O failures are rethrown as
 * {@link UncheckedIOException} naming the file.
 */
final class ChartFiles {
  private ChartFiles() {}

  enum Format {
    PNG,
    SVG,
    PDF
  }

  /** Draws {@code framed} (building it first, so a chart without data fails before the path). */
  static Path save(FramedChart<?> framed, Path file, Format format) {
    Chart<?, ?> chart = framed.toXChart();
    Checks.notNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        switch (format) {
          case PNG -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
          case SVG -> {
            ByteArrayOutputStream svg = new ByteArrayOutputStream();
            VectorGraphicsEncoder.saveVectorGraphic(
                chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            String compact = SvgCompactor.compact(svg.toString(StandardCharsets.UTF_8));
            out.write(compact.getBytes(StandardCharsets.UTF_8));
          }
          case PDF ->
              VectorGraphicsEncoder.saveVectorGraphic(
                  chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.PDF);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + format + " chart to " + file, e);
    }
    return file;
  }
}
