package io.github.pollkit.chart;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What every pollkit chart has around its data: a title and a subtitle above it, axis labels, a
 * caption and a source under it, the range of the value axis and the size of the image. The same
 * frame can be given to any chart kind ({@link FramedChart#frame(ChartFrame)}), so a series of
 * charts can share one caption, source and size.
 *
 * <p>Immutable: each method that takes a value returns a new frame. Texts may be {@code null} for
 * none. The title is painted left-aligned and wrapped to the chart's width, the subtitle under it
 * in a lighter, smaller font; the caption is painted under the chart, wrapped, with the source as
 * its last line ({@code "Source: "} followed by the text).
 */
public final class ChartFrame {
  /** The smallest width or height of a chart. */
  static final int MIN_SIZE = 200;

  /** The largest width or height of a chart. */
  static final int MAX_SIZE = 10_000;

  // Set only on a fresh copy inside this class, never after it is handed out.
  private String title;
  private String subtitle;
  private String xLabel;
  private String yLabel;
  private String caption;
  private String source;
  private double yMin = Double.NaN;
  private double yMax = Double.NaN;
  private int width;
  private int height;

  private ChartFrame() {}

  /**
   * A frame with nothing but a size: no texts and a value axis fitted to the data.
   *
   * @param width the width in pixels (PNG) or points (SVG, PDF)
   * @param height the height in pixels (PNG) or points (SVG, PDF)
   * @return the frame
   * @throws IllegalArgumentException if a side is outside [200, 10000]
   */
  public static ChartFrame ofSize(int width, int height) {
    return new ChartFrame().size(width, height);
  }

  private ChartFrame copy() {
    ChartFrame f = new ChartFrame();
    f.title = title;
    f.subtitle = subtitle;
    f.xLabel = xLabel;
    f.yLabel = yLabel;
    f.caption = caption;
    f.source = source;
    f.yMin = yMin;
    f.yMax = yMax;
    f.width = width;
    f.height = height;
    return f;
  }

  /**
   * Sets the title.
   *
   * @param title the title above the chart; {@code null} for none
   * @return a new frame with that title
   */
  public ChartFrame title(String title) {
    ChartFrame f = copy();
    f.title = title;
    return f;
  }

  /**
   * Sets the subtitle.
   *
   * @param subtitle a line (or a few, wrapped) under the title, in a lighter font; {@code null}
   *     for none
   * @return a new frame with that subtitle
   */
  public ChartFrame subtitle(String subtitle) {
    ChartFrame f = copy();
    f.subtitle = subtitle;
    return f;
  }

  /**
   * Sets the label of the x axis (time or answer options).
   *
   * @param xLabel the label under the x axis; {@code null} for none
   * @return a new frame with that label
   */
  public ChartFrame xLabel(String xLabel) {
    ChartFrame f = copy();
    f.xLabel = xLabel;
    return f;
  }

  /**
   * Sets the label of the value axis.
   *
   * @param yLabel the label, e.g. {@code "Share of respondents (%)"}; {@code null} for none
   * @return a new frame with that label
   */
  public ChartFrame yLabel(String yLabel) {
    ChartFrame f = copy();
    f.yLabel = yLabel;
    return f;
  }

  /**
   * Sets the caption under the chart: the question, notes. Long text wraps to the chart's width and
   * {@code \n} starts a new line.
   *
   * @param caption the caption; {@code null} for none
   * @return a new frame with that caption
   */
  public ChartFrame caption(String caption) {
    ChartFrame f = copy();
    f.caption = caption;
    return f;
  }

  /**
   * Sets the source, painted as the last line of the caption, {@code "Source: "} followed by it.
   *
   * @param source the sources, e.g. {@code "Rating, KIIS, Razumkov, IRI"}; {@code null} for none
   * @return a new frame with that source
   */
  public ChartFrame source(String source) {
    ChartFrame f = copy();
    f.source = source;
    return f;
  }

  /**
   * Fixes the value axis to [{@code min}, {@code max}] in percentage points. Every value drawn must
   * lie inside, or building the chart fails: nothing is clipped silently.
   *
   * @param min the lower end of the axis
   * @param max the upper end of the axis
   * @return a new frame with that range
   * @throws IllegalArgumentException if a bound is not finite or {@code min >= max}
   */
  public ChartFrame yRange(double min, double max) {
    Args.requireFinite(min, "min");
    Args.requireFinite(max, "max");
    if (min >= max) {
      throw new IllegalArgumentException(
          "min must be less than max, was min = " + min + ", max = " + max);
    }
    ChartFrame f = copy();
    f.yMin = min;
    f.yMax = max;
    return f;
  }

  /**
   * Sets the size of the image.
   *
   * @param width the width in pixels (PNG) or points (SVG, PDF)
   * @param height the height in pixels (PNG) or points (SVG, PDF)
   * @return a new frame of that size
   * @throws IllegalArgumentException if a side is outside [200, 10000]
   */
  public ChartFrame size(int width, int height) {
    ChartFrame f = copy();
    f.width = Args.requireInRange(width, MIN_SIZE, MAX_SIZE, "width");
    f.height = Args.requireInRange(height, MIN_SIZE, MAX_SIZE, "height");
    return f;
  }

  /**
   * The title.
   *
   * @return the title, or {@code null}
   */
  public String title() {
    return title;
  }

  /**
   * The subtitle.
   *
   * @return the subtitle, or {@code null}
   */
  public String subtitle() {
    return subtitle;
  }

  /**
   * The label of the x axis.
   *
   * @return the label, or {@code null}
   */
  public String xLabel() {
    return xLabel;
  }

  /**
   * The label of the value axis.
   *
   * @return the label, or {@code null}
   */
  public String yLabel() {
    return yLabel;
  }

  /**
   * The caption, without the source.
   *
   * @return the caption, or {@code null}
   */
  public String caption() {
    return caption;
  }

  /**
   * The source.
   *
   * @return the source, or {@code null}
   */
  public String source() {
    return source;
  }

  /**
   * The lower end of the value axis, if one was fixed with {@link #yRange(double, double)}.
   *
   * @return the lower end, or empty when the axis is fitted to the data
   */
  public OptionalDouble yMin() {
    return Double.isNaN(yMin) ? OptionalDouble.empty() : OptionalDouble.of(yMin);
  }

  /**
   * The upper end of the value axis, if one was fixed with {@link #yRange(double, double)}.
   *
   * @return the upper end, or empty when the axis is fitted to the data
   */
  public OptionalDouble yMax() {
    return Double.isNaN(yMax) ? OptionalDouble.empty() : OptionalDouble.of(yMax);
  }

  /**
   * The width of the image.
   *
   * @return the width in pixels (PNG) or points (SVG, PDF)
   */
  public int width() {
    return width;
  }

  /**
   * The height of the image.
   *
   * @return the height in pixels (PNG) or points (SVG, PDF)
   */
  public int height() {
    return height;
  }

  /** The text painted under the chart: the caption, then the source line; {@code null} if none. */
  String captionAndSource() {
    String sourceLine = source == null ? null : "Source: " + source;
    if (caption == null || sourceLine == null) {
      return caption == null ? sourceLine : caption;
    }
    return caption + "\n" + sourceLine;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChartFrame f
        && Objects.equals(title, f.title)
        && Objects.equals(subtitle, f.subtitle)
        && Objects.equals(xLabel, f.xLabel)
        && Objects.equals(yLabel, f.yLabel)
        && Objects.equals(caption, f.caption)
        && Objects.equals(source, f.source)
        && Double.compare(yMin, f.yMin) == 0
        && Double.compare(yMax, f.yMax) == 0
        && width == f.width
        && height == f.height;
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, subtitle, xLabel, yLabel, caption, source, yMin, yMax, width, height);
  }

  @Override
  public String toString() {
    return "ChartFrame["
        + width
        + " × "
        + height
        + (title == null ? "" : ", title '" + title + "'")
        + (subtitle == null ? "" : ", subtitle '" + subtitle + "'")
        + (xLabel == null ? "" : ", x label '" + xLabel + "'")
        + (yLabel == null ? "" : ", y label '" + yLabel + "'")
        + (caption == null ? "" : ", caption '" + caption + "'")
        + (source == null ? "" : ", source '" + source + "'")
        + (Double.isNaN(yMin) ? "" : ", y " + yMin + " to " + yMax)
        + "]";
  }
}
