package io.github.pollkit.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
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

  /** The thinnest bars drawn when rows are short, as half their height in rows. */
  private static final double MIN_HALF_BAR = 0.12;

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
    styler.setYAxisMax(rowsTop(HALF_BAR));
    styler.setMarkerSize(0);

    List<List<Double>> data = barsAndWhiskers(HALF_BAR);
    XYSeries bars = chart.addSeries("bars", data.get(0), data.get(1));
    bars.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
    bars.setFillColor(colour);
    bars.setLineColor(colour);
    bars.setMarker(SeriesMarkers.NONE);
    XYSeries whiskers = chart.addSeries("margins", data.get(2), data.get(3));
    whiskers.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    whiskers.setLineColor(ChartStyle.TEXT);
    whiskers.setLineStyle(new BasicStroke(1.5f));
    whiskers.setMarker(SeriesMarkers.NONE);
    return chart;
  }

  /**
   * The x and y values of the bars (each {@code halfBar} rows above and below its row) and of the
   * whiskers (caps no higher than the bar).
   */
  private List<List<Double>> barsAndWhiskers(double halfBar) {
    double halfCap = Math.min(HALF_CAP, halfBar);
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
          y - halfBar,
          s,
          y - halfBar,
          s,
          y + halfBar,
          0,
          y + halfBar,
          0,
          y - halfBar,
          Double.NaN,
          Double.NaN);
      add(wx, wy, s - m, y, s + m, y, Double.NaN, Double.NaN);
      add(wx, wy, s - m, y - halfCap, s - m, y + halfCap, Double.NaN, Double.NaN);
      add(wx, wy, s + m, y - halfCap, s + m, y + halfCap, Double.NaN, Double.NaN);
    }
    return List.of(bx, by, wx, wy);
  }

  /** The top of the value axis: room above the first bar for its name. */
  private double rowsTop(double halfBar) {
    return options.size() - 1 + Math.max(0.85, 1.05 - halfBar);
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

  /**
   * The XY chart inside its frame (title, subtitle, caption painted by {@link FrameLayout}). When
   * the rows are too short for a name between two bars of half a row, the bars are drawn thinner.
   * Each paint records the boxes of what it drew ({@link #layout()}).
   */
  final class Framed extends XYChart {
    private final ChartFrame frame;
    private final Labels labels;
    private LayoutBoxes layout = new LayoutBoxes();

    Framed(ChartFrame frame, Labels labels) {
      super(frame.width(), frame.height());
      this.frame = frame;
      this.labels = labels;
      setTitle(frame.title());
      setXAxisTitle(frame.yLabel());
      setYAxisTitle(frame.xLabel());
      addAnnotation(labels);
    }

    /** The boxes of what the last paint drew, in canvas coordinates (empty before the first). */
    LayoutBoxes layout() {
      return layout;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
      XChartParts.paintScaled(
          g,
          width,
          height,
          (w, h) -> {
            bars(HALF_BAR);
            paintFramed(g, w, h, frame);
            double half = thinnestFit(g);
            if (half < MIN_HALF_BAR && frame.caption() != null) {
              // too short even for thin bars: keep the source line, drop the caption
              paintFramed(g, w, h, frame.withCaption(null));
              half = thinnestFit(g);
              bars(Math.max(MIN_HALF_BAR, Math.min(HALF_BAR, half)));
              paintFramed(g, w, h, frame.withCaption(null));
            } else if (half < HALF_BAR) {
              bars(Math.max(MIN_HALF_BAR, half));
              paintFramed(g, w, h, frame);
            }
          });
      setWidth(width);
      setHeight(height);
    }

    /**
     * The half height of bars, in rows, that leaves room between two bars of the last paint's plot
     * for the name of the lower one and the lower half of the upper one's value label where it is
     * taller than the bar; at most {@link #HALF_BAR}.
     */
    private double thinnestFit(Graphics2D g) {
      double rows = getStyler().getYAxisMax() - getStyler().getYAxisMin();
      double rowHeight = plot.getBounds().getHeight() / rows;
      double name = g.getFontMetrics(ChartStyle.AXIS_TITLE_FONT).getHeight() + 6;
      FontMetrics values = g.getFontMetrics(ChartStyle.LABEL_FONT);
      double value = name + (values.getAscent() + values.getDescent()) / 2.0;
      return Math.min(HALF_BAR, Math.min((1 - name / rowHeight) / 2, 1 - value / rowHeight));
    }

    /** Sets the bars' half height, in rows, and the top of the axis above them. */
    private void bars(double halfBar) {
      List<List<Double>> data = barsAndWhiskers(halfBar);
      updateXYSeries("bars", data.get(0), data.get(1), null);
      updateXYSeries("margins", data.get(2), data.get(3), null);
      getStyler().setYAxisMax(rowsTop(halfBar));
      labels.halfBar = halfBar;
    }

    private void paintFramed(Graphics2D g, int w, int h, ChartFrame shown) {
      LayoutBoxes boxes = new LayoutBoxes();
      labels.boxes = boxes;
      FrameLayout.paint(
          g,
          w,
          h,
          shown,
          XChartParts.BELOW_AXIS,
          bodyHeight -> {
            super.paint(g, w, bodyHeight);
            XChartParts.record(boxes, g, plot, axisPair, legend, getYAxisLeftWidth(), getStyler());
          },
          boxes);
      layout = boxes;
    }
  }

  /** Each option's name above its bar, left-aligned, and its share after its whisker. */
  private final class Labels extends Annotation {
    /** Where the next paint records the boxes of the names and values. */
    private LayoutBoxes boxes = new LayoutBoxes();

    /** The bars' half height in rows, as last set by {@link Framed}. */
    private double halfBar = HALF_BAR;

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
        double top = chart.getScreenYFromChart(row(i) + halfBar);
        double centre = chart.getScreenYFromChart(row(i));
        g.setColor(ChartStyle.TEXT);
        g.setFont(ChartStyle.AXIS_TITLE_FONT);
        double nameBaseline = top - names.getDescent() - 3;
        g.drawString(options.get(i), (float) left, (float) nameBaseline);
        boxes.add(
            LayoutBoxes.Kind.TEXT,
            "option label " + (i + 1),
            g,
            new Rectangle2D.Double(
                left,
                nameBaseline - names.getAscent(),
                names.stringWidth(options.get(i)),
                names.getAscent() + names.getDescent()));
        g.setFont(ChartStyle.LABEL_FONT);
        String value = String.format(Locale.ROOT, "%.0f%%", shares[i]);
        double end = chart.getScreenXFromChart(shares[i] + margins[i]);
        double valueBaseline = centre + (values.getAscent() - values.getDescent()) / 2.0;
        g.drawString(value, (float) (end + 6), (float) valueBaseline);
        boxes.add(
            LayoutBoxes.Kind.TEXT,
            "value label " + (i + 1),
            g,
            new Rectangle2D.Double(
                end + 6,
                valueBaseline - values.getAscent(),
                values.stringWidth(value),
                values.getAscent() + values.getDescent()));
      }
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, antialias);
    }
  }
}
