package io.github.pollkit.chart;

import io.github.pollkit.internal.Checks;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
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
 * A topline as a bar chart: one bar per answer option, its share written on it, and an error bar of
 * ± the margin of error on top. Several groups (e.g. regions, or waves of a survey) give
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
 * toplines publish them; XChart 3.8.8 category charts draw no asymmetric bars. The look is that of
 * {@link TrendChart}; title, subtitle, labels, caption, source, value range, size and saving are
 * those of every pollkit chart ({@link FramedChart}, {@link ChartFrame}). Group colours come from
 * the same colour-blind-safe palette; a single group is drawn in blue.
 *
 * <p>The value axis starts at 0 (bars start there) unless a bar or an error bar goes below, and
 * ends at the smallest multiple of 10 at or above the highest error bar, unless {@link
 * #yRange(double, double)} is given; a given range must include 0 and cover every error bar.
 *
 * <p>Arguments are checked as for {@link TrendChart}: a bad one gives an {@link
 * IllegalArgumentException} naming it; so does drawing a chart whose wrapped title and caption
 * leave less than 120 pixels of height for the bars.
 *
 * <p>A chart is immutable: each method returns a new chart. Each {@link #toXChart()} and each save
 * builds a new XChart chart.
 */
public final class ToplineChart extends FramedChart<ToplineChart> {
  private final List<String> options;

  /** Each group's {shares, margins}, in the order given; never changed once the chart is made. */
  private final Map<String, double[][]> groups;

  private ToplineChart(ChartFrame frame, List<String> options, Map<String, double[][]> groups) {
    super(frame);
    this.options = options;
    this.groups = groups;
  }

  /**
   * Starts an empty chart of 800 × 500 pixels.
   *
   * @return the chart
   */
  public static ToplineChart create() {
    return new ToplineChart(ChartFrame.ofSize(800, 500), null, Map.of());
  }

  @Override
  protected ToplineChart withFrame(ChartFrame frame) {
    return new ToplineChart(frame, options, groups);
  }

  /**
   * The answer options, in the order of the bars. Given once, before any group.
   *
   * @param options the names of the options
   * @return a new chart with these options
   * @throws IllegalArgumentException if none is given, a name is blank or repeated, or the options
   *     were already given
   * @throws NullPointerException if {@code options} or a name is null
   */
  public ToplineChart options(String... options) {
    Checks.notNull(options, "options");
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
    return new ToplineChart(frame(), List.of(options), groups);
  }

  /**
   * One group's shares and margins of error, one per option in the order of {@link
   * #options(String...)}.
   *
   * @param group the group's name, shown in the legend when there are several groups
   * @param shares shares in percentage points
   * @param marginsOfError half-widths of the error bars in percentage points, each &gt;= 0
   * @return a new chart with this group
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
        throw new IllegalArgumentException("marginsOfError[" + i + "] must be >= 0, was " + m[i]);
      }
    }
    if (groups.containsKey(group)) {
      throw new IllegalArgumentException("group '" + group + "' was already given");
    }
    Map<String, double[][]> more = new LinkedHashMap<>(groups);
    more.put(group, new double[][] {s, m});
    return new ToplineChart(frame(), options, Collections.unmodifiableMap(more));
  }

  /**
   * Builds the XChart chart: one {@code Bar} series per group, named after the group, with the
   * options as categories, the shares as values and the margins of error as error bars.
   *
   * @return a new XChart chart
   * @throws IllegalArgumentException if no group was given, or a value lies outside {@link
   *     #yRange(double, double)}
   */
  @Override
  public CategoryChart toXChart() {
    if (groups.isEmpty()) {
      throw new IllegalArgumentException(
          "the chart has no data: give options and at least one group before building it");
    }
    double[] range = valueRange();
    ToplineCategoryChart chart = new ToplineCategoryChart(frame());
    CategoryStyler styler = chart.getStyler();
    ChartStyle.apply(styler);
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

    Palette palette = new Palette(List.copyOf(groups.keySet()), Map.of());
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

  /** [min, max] of the value axis: from 0 (or below) to the highest error bar, or the y range. */
  private double[] valueRange() {
    ValueExtent extent = new ValueExtent("error bar", "group ", 0);
    groups.forEach(
        (name, g) -> {
          for (int i = 0; i < g[0].length; i++) {
            extent.add(g[0][i] - g[1][i], name);
            extent.add(g[0][i] + g[1][i], name);
          }
        });
    ChartFrame.YRange given = frame().yRange();
    if (given != null && (given.min() > 0 || given.max() < 0)) {
      throw new IllegalArgumentException(
          "yRange [" + given.min() + ", " + given.max() + "] must include 0, where the bars start");
    }
    double max = Math.ceil(extent.high() / 10) * 10;
    return extent.axis(
        frame(), new double[] {Math.floor(extent.low() / 10) * 10, max > 0 ? max : 10});
  }
}
