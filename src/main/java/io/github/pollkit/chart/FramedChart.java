package io.github.pollkit.chart;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.swing.ImageIcon;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * A chart in a {@link ChartFrame}: the one place where every chart kind gets its title, subtitle,
 * axis labels, caption, source, value range, size and file export. Charts are immutable: each
 * method that takes a value returns a new chart of the same kind ({@code C}), and {@link
 * #toXChart()} and each save draw a new XChart chart from it.
 *
 * <p>A chart is also a value to look at: {@link #toString()} says what it holds, {@link
 * #toBufferedImage()} draws it for a notebook kernel or any Java2D code, and {@link #show()} opens
 * it in a window on a desktop.
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

  /**
   * Draws the chart into an image of exactly {@link #size} pixels, as {@link #savePng} would write
   * it; works without a display ({@code java.awt.headless=true}), e.g. for a Java notebook kernel
   * that shows images inline.
   *
   * @return a new ARGB image
   * @throws IllegalArgumentException as {@link #toXChart()}
   */
  public final BufferedImage toBufferedImage() {
    return BitmapEncoder.getBufferedImage(toXChart());
  }

  /**
   * Shows the chart in a window, when Java has a display. Without one (a server, a container, or
   * {@code java.awt.headless=true}) nothing is opened: one line on standard error says so and names
   * the alternatives ({@link #savePng}, {@link #toBufferedImage()}), with no exception and no stack
   * trace, so the same script runs on a desktop and on a server. The window shows the chart at its
   * {@link #size}; closing it closes only the window.
   *
   * @return {@code true} if a window was opened, {@code false} if there is no display
   * @throws IllegalArgumentException as {@link #toXChart()} (checked before looking for a display)
   */
  public final boolean show() {
    BufferedImage image = toBufferedImage();
    if (GraphicsEnvironment.isHeadless()) {
      System.err.println(
          "pollkit: no display (Java runs headless), so the chart is not shown in a window;"
              + " save it with savePng(path) or draw it with toBufferedImage(): "
              + this);
      return false;
    }
    String windowTitle = frame.title() != null ? frame.title() : kind();
    SwingUtilities.invokeLater(
        () -> {
          JFrame window = new JFrame(windowTitle);
          window.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
          window.add(new JLabel(new ImageIcon(image)));
          window.pack();
          window.setLocationByPlatform(true);
          window.setVisible(true);
        });
    return true;
  }

  /**
   * What the chart holds, for {@link #toString()}: e.g. {@code ["options support, oppose", "77
   * polls"]}. Kinds override it; the default is empty.
   *
   * @return short phrases, in the order they are printed
   */
  protected List<String> contents() {
    return List.of();
  }

  /** The chart's kind as printed: the class's simple name. */
  private String kind() {
    return getClass().getSimpleName();
  }

  /**
   * The chart in one line: its kind, what it holds ({@link #contents()}), its size and its title,
   * e.g. {@code PollChart[options support, oppose; 72 polls; LOESS (span 0.4); 1000 × 600; "Should
   * Ukraine join NATO?"]}.
   *
   * @return the description
   */
  @Override
  public final String toString() {
    List<String> parts = new ArrayList<>(contents());
    parts.add(String.format(Locale.ROOT, "%d × %d", frame.width(), frame.height()));
    if (frame.title() != null) {
      parts.add('"' + frame.title() + '"');
    }
    return kind() + "[" + String.join("; ", parts) + "]";
  }
}
