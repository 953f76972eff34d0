package io.github.pollkit.chart;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.DoubleStream;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.CategoryStyler;

/**
 * A topline as a bar chart: one bar per answer option, its share written on it, and an error bar
 * of ± the margin of error on top. Several groups (e.g. regions, or waves of a survey) give
 * side-by-side bars per option, one colour per group, with a legend; a single group has no legend.
 *
 * <pre>{@code
 * ToplineChart.create()
 *     .title("If a referendum on joining NATO were held, how would you vote?")
 *     .options("support", "oppose", "undecided", "would not vote")
 *     .group("June 2019", new double[] {53, 29, 14, 4}, new double[] {2.0, 1.8, 1.4, 0.8})
 *     .caption("Rating Group for IRI, June 2019, n = 2,400; 95% margins of error")
 *     .savePng(Path.of("topline.png"));
 * }</pre>
 *
 * <p>Shares and margins are in percentage points. Error bars are symmetric (share ± margin), as
 * toplines publish them; XChart 3.8.8 category charts draw no asymmetric bars. The look, the
 * caption under the chart and the saving methods are those of {@link TrendChart}. Group colours
 * come from the same colour-blind-safe palette; a single group is drawn in blue.
 *
 * <p>The value axis starts at 0 (bars start there) unless a bar or an error bar goes below, and
 * ends at the smallest multiple of 10 at or above the highest error bar, unless {@link
 * #yRange(double, double)} is given; a given range must include 0 and cover every error bar.
 *
 * <p>Arguments are checked as for {@link TrendChart}: a bad one gives an {@link
 * IllegalArgumentException} naming it; so does drawing a chart whose wrapped title and caption
 * leave less than 120 pixels of height for the bars.
 *
 * <p>This builder is mutable and not thread-safe; each {@link #toXChart()} and each save builds a
 * new XChart chart.
 */
public final class ToplineChart {
  private static final int MIN_SIZE = 200;
  private static final int MAX_SIZE = 10_000;

  private List<String> options;
  private final Map<String, double[][]> groups = new LinkedHashMap<>();
  private String title;
  private String xLabel;
  private String yLabel;
  private String caption;
  private Double yMin;
  private Double yMax;
  private int width = 800;
  private int height = 500;

  private ToplineChart() {}

  /** Starts an empty chart of 800 × 500 pixels. */
  public static ToplineChart create() {
    return new ToplineChart();
  }

  /** The title above the chart; {@code null} for none. */
  public ToplineChart title(String title) {
    this.title = title;
    return this;
  }

  /** The label under the option names; {@code null} (the default) for none. */
  public ToplineChart xLabel(String xLabel) {
    this.xLabel = xLabel;
    return this;
  }

  /** The label of the value axis, e.g. {@code "Share of respondents (%)"}; {@code null} for none. */
  public ToplineChart yLabel(String yLabel) {
    this.yLabel = yLabel;
    return this;
  }

  /** The caption under the chart (question, source, sample); wraps; {@code null} for none. */
  public ToplineChart caption(String caption) {
    this.caption = caption;
    return this;
  }

  /**
   * Fixes the value axis to [{@code min}, {@code max}] in percentage points.
   *
   * @throws IllegalArgumentException if a bound is not finite or {@code min >= max}
   */
  public ToplineChart yRange(double min, double max) {
    Args.requireFinite(min, "min");
    Args.requireFinite(max, "max");
    if (min >= max) {
      throw new IllegalArgumentException(
          "min must be less than max, was min = " + min + ", max = " + max);
    }
    this.yMin = min;
    this.yMax = max;
    return this;
  }

  /**
   * The size of the image in pixels (PNG) or points (SVG, PDF).
   *
   * @throws IllegalArgumentException if a side is outside [200, 10000]
   */
  public ToplineChart size(int width, int height) {
    this.width = Args.requireInRange(width, MIN_SIZE, MAX_SIZE, "width");
    this.height = Args.requireInRange(height, MIN_SIZE, MAX_SIZE, "height");
    return this;
  }

  /**
   * The answer options, in the order of the bars. Given once, before any group.
   *
   * @throws IllegalArgumentException if none is given, a name is null, blank or repeated, or the
   *     options were already given
   */
  public ToplineChart options(String... options) {
    Args.requireNonNull(options, "options");
    if (options.length == 0) {
      throw new IllegalArgumentException("options must name at least one option");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < options.length; i++) {
      Args.requireName(options[i], "options[" + i + "]");
      if (!seen.add(options[i])) {
        throw new IllegalArgumentException(
            "options[" + i + "] repeats '" + options[i] + "': each option is one bar");
      }
    }
    if (this.options != null) {
      throw new IllegalArgumentException("options were already given: " + this.options);
    }
    this.options = List.of(options);
    return this;
  }

  /**
   * One group's shares and margins of error, one per option in the order of {@link
   * #options(String...)}.
   *
   * @param group the group's name, shown in the legend when there are several groups
   * @param shares shares in percentage points
   * @param marginsOfError half-widths of the error bars in percentage points, each &gt;= 0
   * @throws IllegalArgumentException if the options were not given yet, the name is blank or
   *     repeated, the lengths differ from the options, or a value is not finite or a margin
   *     negative
   */
  public ToplineChart group(String group, double[] shares, double[] marginsOfError) {
    Args.requireName(group, "group");
    if (options == null) {
      throw new IllegalArgumentException("options must be given before group '" + group + "'");
    }
    double[] s = Args.requireValues(shares, "shares", options.size(), "options");
    double[] m = Args.requireValues(marginsOfError, "marginsOfError", options.size(), "options");
    for (int i = 0; i < m.length; i++) {
      if (m[i] < 0) {
        throw new IllegalArgumentException(
            "marginsOfError[" + i + "] must be >= 0, was " + m[i]);
      }
    }
    if (groups.containsKey(group)) {
      throw new IllegalArgumentException("group '" + group + "' was already given");
    }
    groups.put(group, new double[][] {s, m});
    return this;
  }

  /**
   * Builds the XChart chart: one {@code Bar} series per group, named after the group, with the
   * options as categories, the shares as values and the margins of error as error bars.
   *
   * @throws IllegalArgumentException if no group was given, or a value lies outside {@link
   *     #yRange(double, double)}
   */
  public CategoryChart toXChart() {
    if (groups.isEmpty()) {
      throw new IllegalArgumentException(
          "the chart has no data: give options and at least one group before building it");
    }
    double[] range = valueRange();
    ToplineCategoryChart chart = new ToplineCategoryChart(width, height, caption);
    chart.setTitle(title);
    chart.setXAxisTitle(xLabel);
    chart.setYAxisTitle(yLabel);
    CategoryStyler styler = chart.getStyler();
    ChartStyle.apply(styler);
    styler.setChartTitleVisible(false); // the Frame draws it, left-aligned and wrapped
    styler.setLegendVisible(groups.size() > 1);
    styler.setLabelsVisible(groups.size() == 1);
    styler.setLabelsFont(ChartStyle.LABEL_FONT);
    styler.setLabelsPosition(0.5);
    styler.setLabelsFontColorAutomaticEnabled(true);
    styler.setErrorBarsColorSeriesColor(false);
    styler.setErrorBarsColor(ChartStyle.TEXT);
    styler.setAvailableSpaceFill(0.7);
    styler.setYAxisMin(range[0]);
    styler.setYAxisMax(range[1]);
    styler.setXAxisTicksVisible(true);

    Palette palette = new Palette();
    for (Map.Entry<String, double[][]> g : groups.entrySet()) {
      CategorySeries series =
          chart.addSeries(
              g.getKey(),
              new ArrayList<>(options),
              DoubleStream.of(g.getValue()[0]).boxed().toList(),
              DoubleStream.of(g.getValue()[1]).boxed().toList());
      Color colour = groups.size() == 1 ? Palette.BLUE : palette.colourOf(g.getKey());
      series.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Bar);
      series.setFillColor(colour);
      series.setLineColor(colour);
      series.setMarkerColor(colour);
    }
    return chart;
  }

  /** Draws the chart into a PNG file (72 DPI, one pixel per unit of {@link #size}). */
  public Path savePng(Path file) {
    return ChartFiles.save(toXChart(), file, ChartFiles.Format.PNG);
  }

  /** Draws the chart into an SVG file. */
  public Path saveSvg(Path file) {
    return ChartFiles.save(toXChart(), file, ChartFiles.Format.SVG);
  }

  /** Draws the chart into a PDF file (not byte-identical across runs: PDF embeds an ID). */
  public Path savePdf(Path file) {
    return ChartFiles.save(toXChart(), file, ChartFiles.Format.PDF);
  }

  private double[] valueRange() {
    double low = 0;
    double high = Double.NEGATIVE_INFINITY;
    String lowGroup = null;
    String highGroup = null;
    for (Map.Entry<String, double[][]> g : groups.entrySet()) {
      double[] shares = g.getValue()[0];
      double[] margins = g.getValue()[1];
      for (int i = 0; i < shares.length; i++) {
        if (shares[i] - margins[i] < low) {
          low = shares[i] - margins[i];
          lowGroup = g.getKey();
        }
        if (shares[i] + margins[i] > high) {
          high = shares[i] + margins[i];
          highGroup = g.getKey();
        }
      }
    }
    if (yMin == null) {
      double max = Math.ceil(high / 10) * 10;
      return new double[] {Math.floor(low / 10) * 10, max > 0 ? max : 10};
    }
    if (yMin > 0 || yMax < 0) {
      throw new IllegalArgumentException(
          "yRange [" + yMin + ", " + yMax + "] must include 0, where the bars start");
    }
    if (low < yMin || high > yMax) {
      boolean tooLow = low < yMin;
      throw new IllegalArgumentException(
          "yRange ["
              + yMin
              + ", "
              + yMax
              + "] must cover every error bar, but group '"
              + (tooLow ? lowGroup : highGroup)
              + "' goes "
              + (tooLow ? "down to " + low : "up to " + high));
    }
    return new double[] {yMin, yMax};
  }
}
