package io.github.pollkit.chart;

import io.github.pollkit.internal.Checks;
import java.util.Locale;

/**
 * What every pollkit chart has around its data: a title and a subtitle above it, axis labels, a
 * caption and a source under it, the range of the value axis and the size of the image. Set through
 * the chart's methods ({@link FramedChart}); one chart's frame can be given to another with {@link
 * FramedChart#frame(ChartFrame)}, so a series of charts shares one caption, source and size.
 *
 * <p>The title is painted left-aligned and wrapped to the chart's width, the subtitle under it in a
 * lighter, smaller font; the caption is painted under the chart, wrapped ({@code \n} starts a new
 * line), with the source as its last line ({@code "Source: "} followed by the text).
 *
 * @param title the title above the chart, or {@code null}
 * @param subtitle the text under the title, or {@code null}
 * @param xLabel the label of the x axis (time or answer options), or {@code null}
 * @param yLabel the label of the value axis, e.g. {@code "Share of respondents (%)"}, or {@code
 *     null}
 * @param caption the caption under the chart (question, notes), or {@code null}
 * @param source the sources, painted as the caption's last line, or {@code null}
 * @param yRange the range of the value axis, or {@code null} to fit it to the data
 * @param width the width in pixels (PNG) or points (SVG, PDF), in [200, 10000]
 * @param height the height in pixels (PNG) or points (SVG, PDF), in [200, 10000]
 */
public record ChartFrame(
    String title,
    String subtitle,
    String xLabel,
    String yLabel,
    String caption,
    String source,
    YRange yRange,
    int width,
    int height) {

  /**
   * Makes a frame; texts may be {@code null} for none.
   *
   * @param title the title
   * @param subtitle the subtitle
   * @param xLabel the label of the x axis
   * @param yLabel the label of the value axis
   * @param caption the caption
   * @param source the sources
   * @param yRange the range of the value axis, or {@code null} to fit it to the data
   * @param width the width
   * @param height the height
   * @throws IllegalArgumentException if a side is outside [200, 10000]
   */
  public ChartFrame {
    Checks.inRange(width, 200, 10_000, "width");
    Checks.inRange(height, 200, 10_000, "height");
  }

  /**
   * A fixed range of the value axis in percentage points. Every value drawn must lie inside, or
   * building the chart fails: nothing is clipped silently.
   *
   * @param min the lower end of the axis
   * @param max the upper end of the axis
   */
  public record YRange(double min, double max) {
    /**
     * Makes a range.
     *
     * @param min the lower end
     * @param max the upper end
     * @throws IllegalArgumentException if a bound is not finite or {@code min >= max}
     */
    public YRange {
      Args.requireFinite(min, "min");
      Args.requireFinite(max, "max");
      if (min >= max) {
        throw new IllegalArgumentException(
            "min must be less than max, was min = " + min + ", max = " + max);
      }
    }
  }

  /**
   * A frame with nothing but a size: no texts and a value axis fitted to the data.
   *
   * @param width the width in pixels (PNG) or points (SVG, PDF)
   * @param height the height in pixels (PNG) or points (SVG, PDF)
   * @return the frame
   * @throws IllegalArgumentException if a side is outside [200, 10000]
   */
  public static ChartFrame ofSize(int width, int height) {
    return new ChartFrame(null, null, null, null, null, null, null, width, height);
  }

  ChartFrame withTitle(String t) {
    return new ChartFrame(t, subtitle, xLabel, yLabel, caption, source, yRange, width, height);
  }

  ChartFrame withSubtitle(String s) {
    return new ChartFrame(title, s, xLabel, yLabel, caption, source, yRange, width, height);
  }

  ChartFrame withXLabel(String x) {
    return new ChartFrame(title, subtitle, x, yLabel, caption, source, yRange, width, height);
  }

  ChartFrame withYLabel(String y) {
    return new ChartFrame(title, subtitle, xLabel, y, caption, source, yRange, width, height);
  }

  ChartFrame withCaption(String c) {
    return new ChartFrame(title, subtitle, xLabel, yLabel, c, source, yRange, width, height);
  }

  ChartFrame withSource(String s) {
    return new ChartFrame(title, subtitle, xLabel, yLabel, caption, s, yRange, width, height);
  }

  ChartFrame withYRange(YRange r) {
    return new ChartFrame(title, subtitle, xLabel, yLabel, caption, source, r, width, height);
  }

  ChartFrame withSize(int w, int h) {
    return new ChartFrame(title, subtitle, xLabel, yLabel, caption, source, yRange, w, h);
  }

  /**
   * The text painted under the chart: the caption, then the source line; {@code null} if none. The
   * source line is {@code "Source: "} and the source, unless the source already starts with {@code
   * "Source:"} or {@code "Sources:"} (any case), which is then kept as written, not doubled.
   */
  String captionAndSource() {
    String sourceLine = source == null ? null : sourceLine(source);
    if (caption == null || sourceLine == null) {
      return caption == null ? sourceLine : caption;
    }
    return caption + "\n" + sourceLine;
  }

  private static String sourceLine(String source) {
    String lower = source.stripLeading().toLowerCase(Locale.ROOT);
    return lower.startsWith("source:") || lower.startsWith("sources:")
        ? source.strip()
        : "Source: " + source;
  }
}
