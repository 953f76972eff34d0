package io.github.pollkit.chart;

import io.github.pollkit.internal.Checks;
import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A lead (net) chart: the lead of one option over another, {@code a − b} in percentage points, over
 * time. Each poll's own lead is a dot, the smoothed lead a line with its uncertainty band, and the
 * zero line, where the two options are level, is drawn dark and thick beneath the data. Above zero
 * {@code a} leads, below it {@code b}; the value axis is labelled "support − oppose (points)" (for
 * {@code a = "support"}, {@code b = "oppose"}) unless changed, and always includes zero.
 *
 * <pre>{@code
 * LeadChart.create("support", "oppose")
 *     .polls(dates, leads)                          // each poll's support − oppose
 *     .line(days, estimate, lower, upper)           // e.g. Smoothing.lead("support", "oppose")
 *     .event(LocalDate.of(2014, 3, 18), "Crimea annexed")
 *     .title("Support for joining NATO now leads by 70 points")
 *     .savePng(Path.of("lead.png"));
 * }</pre>
 *
 * <p>Ticks of the value axis are signed points ({@code +20}, {@code 0}, {@code −20}); there is no
 * legend, the axis label names the lead.
 *
 * <p>Everything else is drawn as by {@link TrendChart}, of which a lead chart is one option named
 * {@code "a − b"} (so its XChart series are {@code "support − oppose · polls"}, {@code "… ·
 * trend"}, {@code "… · band"}, and {@code "zero"} for the zero line, drawn first). The lead is
 * drawn in the colour of {@code a} (see {@link #color(String, Color)} and {@link ChartColors}).
 * Title, subtitle, labels, caption, source, value range, size and saving are those of every pollkit
 * chart ({@link FramedChart}); a value range given with {@link #yRange(double, double)} must
 * include 0.
 *
 * <p>A chart is immutable: each method returns a new chart.
 */
public final class LeadChart extends FramedChart<LeadChart> {
  private final String a;
  private final String b;

  /** The lead as a one-option trend chart without a frame of its own (its frame is ignored). */
  private final TrendChart lead;

  private final Map<String, Color> colours;

  private LeadChart(
      ChartFrame frame, String a, String b, TrendChart lead, Map<String, Color> colours) {
    super(frame);
    this.a = a;
    this.b = b;
    this.lead = lead;
    this.colours = colours;
  }

  /**
   * Starts an empty lead chart of {@code a} over {@code b}, 1000 × 600 pixels.
   *
   * @param a the option whose lead is shown (positive when it is ahead)
   * @param b the option subtracted
   * @return the chart
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a name is blank or both are the same
   */
  public static LeadChart create(String a, String b) {
    Args.requireName(a, "a");
    Args.requireName(b, "b");
    if (a.equals(b)) {
      throw new IllegalArgumentException(
          "a and b must be different options, both were '" + a + "'");
    }
    ChartFrame frame = ChartFrame.ofSize(1000, 600).withYLabel(a + " − " + b + " (points)");
    return new LeadChart(frame, a, b, TrendChart.create(), Map.of());
  }

  @Override
  protected LeadChart withFrame(ChartFrame frame) {
    return new LeadChart(frame, a, b, lead, colours);
  }

  private LeadChart with(TrendChart changed) {
    return new LeadChart(frame(), a, b, changed, colours);
  }

  /**
   * The name of the lead, {@code "a − b"} (with a minus sign, U+2212), as in the legend and series.
   *
   * @return the name
   */
  public String name() {
    return a + " − " + b;
  }

  /**
   * Each poll's own lead as a dot.
   *
   * @param dates the date that places each poll on the time axis
   * @param leads each poll's share of {@code a} minus its share of {@code b}, in points
   * @return a new chart with these polls
   * @throws IllegalArgumentException as {@link TrendChart#points(String, List, double[])}
   * @throws NullPointerException if an argument is null
   */
  public LeadChart polls(List<LocalDate> dates, double[] leads) {
    return with(lead.points(name(), dates, leads));
  }

  /**
   * The smoothed lead with its band.
   *
   * @param days the days of the estimate, strictly increasing
   * @param estimate the lead on each day, in points
   * @param lower the lower end of the band on each day
   * @param upper the upper end of the band on each day
   * @return a new chart with this line
   * @throws IllegalArgumentException as {@link TrendChart#line(String, List, double[], double[],
   *     double[])}
   * @throws NullPointerException if an argument is null
   */
  public LeadChart line(List<LocalDate> days, double[] estimate, double[] lower, double[] upper) {
    return with(lead.line(name(), days, estimate, lower, upper));
  }

  /**
   * Marks the stretches of the line without polls, dashed with a faded band; see {@link
   * TrendChart#gaps(String, List, int)}.
   *
   * @param pollDates the days of the polls the line used
   * @param longerThanDays a stretch between consecutive polls longer than this is a gap
   * @return a new chart with the gaps marked
   * @throws IllegalArgumentException as {@link TrendChart#gaps(String, List, int)}
   * @throws NullPointerException if an argument is null
   */
  public LeadChart gaps(List<LocalDate> pollDates, int longerThanDays) {
    return with(lead.gaps(name(), pollDates, longerThanDays));
  }

  /**
   * An event, drawn as a dashed vertical line with its label; see {@link
   * TrendChart#event(LocalDate, String)}.
   *
   * @param date the day of the event
   * @param label the text beside the line
   * @return a new chart with this event
   * @throws IllegalArgumentException on a blank label
   * @throws NullPointerException if an argument is null
   */
  public LeadChart event(LocalDate date, String label) {
    return with(lead.event(date, label));
  }

  /**
   * Gives {@code a} or {@code b} its own colour on this chart; the lead is drawn in {@code a}'s.
   *
   * @param option {@code a} or {@code b}
   * @param colour its colour
   * @return a new chart with this colour
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code option} is neither {@code a} nor {@code b}
   * @throws IllegalStateException if this option was already given a colour on this chart
   */
  public LeadChart color(String option, Color colour) {
    Checks.notNull(option, "option");
    Checks.notNull(colour, "colour");
    if (!option.equals(a) && !option.equals(b)) {
      throw new IllegalArgumentException(
          "option must be '" + a + "' or '" + b + "' of this lead chart, was '" + option + "'");
    }
    Checks.notSetYet(
        colours.containsKey(option),
        "the colour of '" + option + "'",
        TrendChart.hex(colours.get(option)));
    Map<String, Color> more = new LinkedHashMap<>(colours);
    more.put(option, colour);
    return new LeadChart(frame(), a, b, lead, Collections.unmodifiableMap(more));
  }

  /**
   * The colour the lead is drawn in: {@code a}'s, from this chart, the session ({@link
   * ChartColors}) or the defaults.
   *
   * @return the colour
   */
  public Color colour() {
    return new Palette(List.of(a, b), colours).colourOf(a);
  }

  /**
   * The chart as a {@link TrendChart} of one option, {@link #name()}, with this chart's frame, its
   * value range widened to include zero, and the lead's colour; without the zero line.
   *
   * @return the trend chart
   * @throws IllegalArgumentException if the frame's value range does not include 0
   */
  public TrendChart trendChart() {
    ChartFrame.YRange given = frame().yRange();
    if (given != null && (given.min() > 0 || given.max() < 0)) {
      throw new IllegalArgumentException(
          "yRange [" + given.min() + ", " + given.max() + "] must include 0, the zero line");
    }
    ChartFrame framed = frame();
    if (given == null) {
      double[] extent = extent();
      if (extent != null) {
        double min = Math.min(0, Math.floor(extent[0] / 10) * 10);
        double max = Math.max(0, Math.ceil(extent[1] / 10) * 10);
        framed = framed.withYRange(new ChartFrame.YRange(min, max == min ? min + 10 : max));
      }
    }
    return lead.frame(framed).color(name(), colour());
  }

  /** [lowest, highest] value drawn, or null without data. */
  private double[] extent() {
    double[] out = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    lead.forEachValue(
        v -> {
          out[0] = Math.min(out[0], v);
          out[1] = Math.max(out[1], v);
        });
    return out[0] > out[1] ? null : out;
  }

  /**
   * Builds the XChart chart: the series of {@link #trendChart()}, after a {@code "zero"} line
   * series ({@code Line}, two points at the ends of the time axis, value 0, not in the legend).
   *
   * @return a new XChart chart
   * @throws IllegalArgumentException if the chart has no data, or the value range does not include
   *     0 or every value
   */
  @Override
  public XYChart toXChart() {
    XYChart chart = trendChart().toXChart();
    Map<String, XYSeries> drawn = new LinkedHashMap<>(chart.getSeriesMap());
    chart.getSeriesMap().clear();
    List<Date> ends =
        List.of(
            new Date(chart.getStyler().getXAxisMin().longValue()),
            new Date(chart.getStyler().getXAxisMax().longValue()));
    XYSeries zero = chart.addSeries("zero", ends, List.of(0.0, 0.0));
    zero.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    zero.setMarker(SeriesMarkers.NONE);
    zero.setLineColor(ChartStyle.TEXT);
    zero.setLineStyle(new BasicStroke(1.6f));
    zero.setShowInLegend(false);
    chart.getSeriesMap().putAll(drawn);
    // One series, named by the value axis: no legend. Ticks are signed points, not percentages.
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setyAxisTickLabelsFormattingFunction(LeadChart::tickLabel);
    return chart;
  }

  /** A tick of the lead axis: {@code "+20"}, {@code "0"}, {@code "−20"} (minus sign U+2212). */
  static String tickLabel(double value) {
    long rounded = Math.round(value);
    String digits =
        Math.abs(value - rounded) < 1e-9
            ? Long.toString(Math.abs(rounded))
            : String.format(Locale.ROOT, "%.1f", Math.abs(value));
    if (Math.abs(value) < 1e-9) {
      return "0";
    }
    return (value > 0 ? "+" : "−") + digits;
  }

  /**
   * The two options, polls, line and events, for {@link #toString()}.
   *
   * @return e.g. {@code ["lead support − oppose", "72 polls", "1 line", "1 event"]}
   */
  @Override
  protected List<String> contents() {
    List<String> out = new ArrayList<>(lead.contents());
    out.set(0, "lead " + name());
    return out;
  }
}
