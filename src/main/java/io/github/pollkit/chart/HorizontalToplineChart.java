package io.github.pollkit.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A topline of one poll as horizontal bars, for option names too long to stand under vertical bars
 * ("Join NATO, even if it takes years"): one bar per option from the top down in the order given,
 * its name written above it across the plot's width, its share at the end of its whisker, and a
 * whisker of ± the margin of error. Made by {@link ToplineChart#horizontal()} from a topline chart
 * of one group.
 *
 * <p>XChart 3.8.8's {@code CategoryChart} draws vertical bars only, so the bars are drawn on an
 * {@link XYChart}: option {@code i} of {@code n} sits at y = n − 1 − i. Series: {@code "bars"} (a
 * {@code PolygonArea} of one rectangle per option, 0.5 high, from 0 to the share, NaN between them)
 * and {@code "margins"} (a {@code Line}: for each option the whisker from share − margin to share +
 * margin at the bar's centre and a cap at each end, NaN between the pieces). Names and values are
 * painted by pollkit over the plot. The value axis runs from 0 to the smallest multiple of 10 at or
 * above the longest whisker, or over {@link #yRange(double, double)} (which must include 0 and
 * every whisker).
 */
public final class HorizontalToplineChart extends FramedChart<HorizontalToplineChart> {
  /** Half the height of a bar, in rows. */
  private static final double HALF_BAR = 0.25;

  /** Half the height of a whisker's cap, in rows. */
  private static final double HALF_CAP = 0.12;

  private final List<String> options;
  private final double[] shares;
  private final double[] margins;
  private final Color colour;

  HorizontalToplineChart(
      ChartFrame frame, List<String> options, double[] shares, double[] margins, Color colour) {
    super(frame);
    this.options = options;
    this.shares = shares;
    this.margins = margins;
    this.colour = colour;
  }

  @Override
  protected HorizontalToplineChart withFrame(ChartFrame frame) {
    return new HorizontalToplineChart(frame, options, shares, margins, colour);
  }

  /** The row (y value) of option {@code i}: the first option at the top. */
  double row(int i) {
    return options.size() - 1 - i;
  }

  /**
   * Builds the XChart chart; see the class description for its series.
   *
   * @return a new XChart chart
   * @throws IllegalArgumentException if a whisker lies outside {@link #yRange(double, double)}
   */
  @Override
  public XYChart toXChart() {
    ValueExtent extent = new ValueExtent("error bar", "option ", 0);
    for (int i = 0; i < shares.length; i++) {
      extent.add(shares[i] - margins[i], options.get(i));
      extent.add(shares[i] + margins[i], options.get(i));
    }
    ChartFrame.YRange given = frame().yRange();
    if (given != null && (given.min() > 0 || given.max() < 0)) {
      throw new IllegalArgumentException(
          "yRange [" + given.min() + ", " + given.max() + "] must include 0, where the bars start");
    }
    double max = Math.ceil(extent.high() / 10) * 10;
    double[] range =
        extent.axis(frame(), new double[] {Math.floor(extent.low() / 10) * 10, max > 0 ? max : 10});

    Labels labels = new Labels();
    Framed chart = new Framed(frame(), labels);
    XYStyler styler = chart.getStyler();
    ChartStyle.apply(styler);
    styler.setLegendVisible(false);
    styler.setYAxisTicksVisible(false);
    styler.setPlotGridHorizontalLinesVisible(false);
    styler.setPlotGridVerticalLinesVisible(true);
    styler.setXAxisDecimalPattern(ChartStyle.PERCENT_PATTERN);
    styler.setXAxisMin(range[0]);
    styler.setXAxisMax(range[1]);
    styler.setYAxisMin(-0.5);
    styler.setYAxisMax(options.size() - 0.5 + 0.35); // room for the top name
    styler.setMarkerSize(0);

    List<Double> bx = new ArrayList<>();
    List<Double> by = new ArrayList<>();
    List<Double> wx = new ArrayList<>();
    List<Double> wy = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      double y = row(i);
      double s = shares[i];
      double m = margins[i];
      add(
          bx,
          by,
          0,
          y - HALF_BAR,
          s,
          y - HALF_BAR,
          s,
          y + HALF_BAR,
          0,
          y + HALF_BAR,
          0,
          y - HALF_BAR,
          Double.NaN,
          Double.NaN);
      add(wx, wy, s - m, y, s + m, y, Double.NaN, Double.NaN);
      add(wx, wy, s - m, y - HALF_CAP, s - m, y + HALF_CAP, Double.NaN, Double.NaN);
      add(wx, wy, s + m, y - HALF_CAP, s + m, y + HALF_CAP, Double.NaN, Double.NaN);
    }
    XYSeries bars = chart.addSeries("bars", bx, by);
    bars.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
    bars.setFillColor(colour);
    bars.setLineColor(colour);
    bars.setMarker(SeriesMarkers.NONE);
    XYSeries whiskers = chart.addSeries("margins", wx, wy);
    whiskers.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    whiskers.setLineColor(ChartStyle.TEXT);
    whiskers.setLineStyle(new BasicStroke(1.5f));
    whiskers.setMarker(SeriesMarkers.NONE);
    return chart;
  }

  private static void add(List<Double> x, List<Double> y, double... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      x.add(pairs[i]);
      y.add(pairs[i + 1]);
    }
  }

  /**
   * One bar chart, its option, share and margin, for {@link #toString()}.
   *
   * @return e.g. {@code ["options support, oppose", "horizontal"]}
   */
  @Override
  protected List<String> contents() {
    return List.of("options " + String.join(", ", options), "horizontal");
  }

  /** The XY chart inside its frame (title, subtitle, caption painted by {@link FrameLayout}). */
  private static final class Framed extends XYChart {
    private final ChartFrame frame;

    Framed(ChartFrame frame, Labels labels) {
      super(frame.width(), frame.height());
      this.frame = frame;
      setTitle(frame.title());
      setXAxisTitle(frame.yLabel());
      setYAxisTitle(frame.xLabel());
      addAnnotation(labels);
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
      FrameLayout.paint(
          g, width, height, frame, 0, bodyHeight -> super.paint(g, width, bodyHeight));
      setHeight(height);
    }
  }

  /** Each option's name above its bar, left-aligned, and its share after its whisker. */
  private final class Labels extends Annotation {
    Labels() {
      super(false);
    }

    @Override
    public void paint(Graphics2D g) {
      Object antialias = g.getRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      FontMetrics names = g.getFontMetrics(ChartStyle.AXIS_TITLE_FONT);
      FontMetrics values = g.getFontMetrics(ChartStyle.LABEL_FONT);
      double left = chart.getScreenXFromChart(0);
      for (int i = 0; i < options.size(); i++) {
        double top = chart.getScreenYFromChart(row(i) + HALF_BAR);
        double centre = chart.getScreenYFromChart(row(i));
        g.setColor(ChartStyle.TEXT);
        g.setFont(ChartStyle.AXIS_TITLE_FONT);
        g.drawString(options.get(i), (float) left, (float) (top - names.getDescent() - 3));
        g.setFont(ChartStyle.LABEL_FONT);
        String value = String.format(Locale.ROOT, "%.0f%%", shares[i]);
        double end = chart.getScreenXFromChart(shares[i] + margins[i]);
        g.drawString(
            value,
            (float) (end + 6),
            (float) (centre + (values.getAscent() - values.getDescent()) / 2.0));
      }
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, antialias);
    }
  }
}
