package io.github.pollkit.chart;

import java.nio.file.Path;
import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart in a {@link ChartFrame}: the one place where every chart kind gets its title, subtitle,
 * axis labels, caption, source, value range, size and file export. Charts are immutable: each
 * method that takes a value returns a new chart of the same kind ({@code C}), and {@link
 * #toXChart()} and each save draw a new XChart chart from it.
 *
 * @param <C> the chart kind, returned by every method that changes something
 */
public abstract class FramedChart<C extends FramedChart<C>> {
  private final ChartFrame frame;

  /**
   * Makes a chart with the given frame.
   *
   * @param frame the frame
   * @throws NullPointerException if {@code frame} is null
   */
  protected FramedChart(ChartFrame frame) {
    this.frame = Objects.requireNonNull(frame, "frame");
  }

  /**
   * A copy of this chart, with everything but its frame unchanged.
   *
   * @param frame the new frame, not null
   * @return the new chart
   */
  protected abstract C withFrame(ChartFrame frame);

  /**
   * The frame: title, labels, caption, source, value range and size.
   *
   * @return the frame
   */
  public final ChartFrame frame() {
    return frame;
  }

  /**
   * Replaces the whole frame, e.g. to give several charts the same one.
   *
   * @param frame the new frame
   * @return a new chart with that frame
   * @throws NullPointerException if {@code frame} is null
   */
  public final C frame(ChartFrame frame) {
    return withFrame(Objects.requireNonNull(frame, "frame"));
  }

  /**
   * Sets the title; see {@link ChartFrame#title()}.
   *
   * @param title the title above the chart; {@code null} for none
   * @return a new chart with that title
   */
  public final C title(String title) {
    return withFrame(frame.withTitle(title));
  }

  /**
   * Sets the subtitle; see {@link ChartFrame#subtitle()}.
   *
   * @param subtitle the text under the title; {@code null} for none
   * @return a new chart with that subtitle
   */
  public final C subtitle(String subtitle) {
    return withFrame(frame.withSubtitle(subtitle));
  }

  /**
   * Sets the label of the x axis; see {@link ChartFrame#xLabel()}.
   *
   * @param xLabel the label; {@code null} for none
   * @return a new chart with that label
   */
  public final C xLabel(String xLabel) {
    return withFrame(frame.withXLabel(xLabel));
  }

  /**
   * Sets the label of the value axis; see {@link ChartFrame#yLabel()}.
   *
   * @param yLabel the label, e.g. {@code "Share of respondents (%)"}; {@code null} for none
   * @return a new chart with that label
   */
  public final C yLabel(String yLabel) {
    return withFrame(frame.withYLabel(yLabel));
  }

  /**
   * Sets the caption under the chart; see {@link ChartFrame#caption()}.
   *
   * @param caption the caption; wraps, {@code \n} starts a new line; {@code null} for none
   * @return a new chart with that caption
   */
  public final C caption(String caption) {
    return withFrame(frame.withCaption(caption));
  }

  /**
   * Sets the source, the caption's last line; see {@link ChartFrame#source()}.
   *
   * @param source the sources; {@code null} for none
   * @return a new chart with that source
   */
  public final C source(String source) {
    return withFrame(frame.withSource(source));
  }

  /**
   * Fixes the value axis; see {@link ChartFrame.YRange}.
   *
   * @param min the lower end of the axis in percentage points
   * @param max the upper end of the axis in percentage points
   * @return a new chart with that range
   * @throws IllegalArgumentException if a bound is not finite or {@code min >= max}
   */
  public final C yRange(double min, double max) {
    return withFrame(frame.withYRange(new ChartFrame.YRange(min, max)));
  }

  /**
   * Sets the size of the image; see {@link ChartFrame#width()}.
   *
   * @param width the width in pixels (PNG) or points (SVG, PDF)
   * @param height the height in pixels (PNG) or points (SVG, PDF)
   * @return a new chart of that size
   * @throws IllegalArgumentException if a side is outside [200, 10000]
   */
  public final C size(int width, int height) {
    return withFrame(frame.withSize(width, height));
  }

  /**
   * Builds the XChart chart, for inspection or for further styling with XChart's own API.
   *
   * @return a new XChart chart
   * @throws IllegalArgumentException if the chart has no data, or a value lies outside the frame's
   *     value range
   */
  public abstract Chart<?, ?> toXChart();

  /**
   * Draws the chart into a PNG file (72 DPI, one pixel per unit of {@link #size}).
   *
   * @param file the file, written at exactly this path; missing folders are made
   * @return {@code file}
   * @throws IllegalArgumentException as {@link #toXChart()}
   * @throws NullPointerException if {@code file} is null
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public final Path savePng(Path file) {
    return ChartFiles.save(this, file, ChartFiles.Format.PNG);
  }

  /**
   * Draws the chart into an SVG file.
   *
   * @param file the file, written at exactly this path; missing folders are made
   * @return {@code file}
   * @throws IllegalArgumentException as {@link #toXChart()}
   * @throws NullPointerException if {@code file} is null
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public final Path saveSvg(Path file) {
    return ChartFiles.save(this, file, ChartFiles.Format.SVG);
  }

  /**
   * Draws the chart into a PDF file (not byte-identical across runs: PDF embeds an ID).
   *
   * @param file the file, written at exactly this path; missing folders are made
   * @return {@code file}
   * @throws IllegalArgumentException as {@link #toXChart()}
   * @throws NullPointerException if {@code file} is null
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public final Path savePdf(Path file) {
    return ChartFiles.save(this, file, ChartFiles.Format.PDF);
  }
}
