package io.github.pollkit.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A poll trend chart as newspapers and poll aggregators publish them: polls as dots (optionally
 * with their intervals as thin bars), a trend line with its uncertainty band, published ranges
 * ("20–25% in the 1990s") as boxes spanning their period and their range of shares, and dated
 * events as dashed vertical markers. Shares are in percentage points; the y axis is labelled in
 * percent and the time axis in years.
 *
 * <pre>{@code
 * TrendChart.create()
 *     .title("Should Ukraine join NATO?")
 *     .points("support", List.of(LocalDate.of(2019, 6, 23), LocalDate.of(2022, 10, 2)),
 *             new double[] {53, 83})
 *     .range("support", "1990s–early 2000s", LocalDate.of(1995, 1, 1), LocalDate.of(2004, 12, 31),
 *            20, 25)
 *     .event(LocalDate.of(2014, 3, 18), "Crimea annexed")
 *     .caption("Source: Rating, KIIS, Razumkov, IRI")
 *     .yRange(0, 100)
 *     .savePng(Path.of("nato.png"));
 * }</pre>
 *
 * <p><b>Options and colours.</b> Every method that adds data takes the name of an answer option
 * ({@code "support"}); everything drawn for one name shares one colour from a fixed
 * colour-blind-safe palette (Okabe &amp; Ito 2008): {@code support} blue, {@code oppose}
 * vermillion, {@code undecided} grey, {@code would_not_vote} reddish purple, other names sky blue,
 * bluish green, orange, … in the order they first appear. The legend names each option once.
 *
 * <p><b>Look.</b> White background, light horizontal grid, no plot border, legend on the right,
 * title on top, and under the plot the years, the x-axis label (if any) and the caption, wrapped
 * to the chart's width. Years, x-axis label and caption are painted by pollkit rather than by
 * XChart (XChart has no caption, and its date axis puts yearly ticks off 1 January), so they
 * appear in PNG, SVG and PDF alike.
 *
 * <p><b>Axes.</b> The time axis runs from 1 January of the earliest year to 1 January after the
 * latest year found in any points, interval, line, range or event (XChart would not widen the
 * axis for the events). The value axis runs over {@link #yRange(double, double)} when given, and
 * must then cover every value; otherwise it runs from the largest multiple of 10 at or below the
 * smallest value to the smallest multiple of 10 at or above the largest one.
 *
 * <p><b>Validation.</b> Every argument is checked when it is given: a list and its arrays must
 * have the same length, no date may be null, no value NaN or infinite, a lower bound may not
 * exceed its upper bound, and a range may not end before it starts; each failure is an {@link
 * IllegalArgumentException} that names the argument and, for arrays, the index. Nothing is
 * skipped. Asking for a chart without any data ({@link #toXChart()} or a save) fails the same way,
 * and so does drawing a chart whose wrapped title and caption leave less than 120 pixels of
 * height for the plot (the message says how much was left).
 *
 * <p>This builder is mutable and not thread-safe; each {@link #toXChart()} and each save builds a
 * new XChart chart from the data given so far.
 */
public final class TrendChart {

  /** The kinds of XChart series a trend chart is made of; see {@link #toXChart()}. */
  enum Part {
    BAND("band"),
    RANGE("range"),
    INTERVALS("intervals"),
    POLLS("polls"),
    TREND("trend");

    private final String suffix;

    Part(String suffix) {
      this.suffix = suffix;
    }
  }

  private static final int DEFAULT_WIDTH = 1000;
  private static final int DEFAULT_HEIGHT = 600;
  private static final int MIN_SIZE = 200;
  private static final int MAX_SIZE = 10_000;

  private final Map<String, Option> options = new LinkedHashMap<>();
  private final List<TrendOverlay.Event> events = new ArrayList<>();
  private String title;
  private String xLabel;
  private String yLabel;
  private String caption;
  private Double yMin;
  private Double yMax;
  private int width = DEFAULT_WIDTH;
  private int height = DEFAULT_HEIGHT;

  private TrendChart() {}

  /** Starts an empty chart of 1000 × 600 pixels. */
  public static TrendChart create() {
    return new TrendChart();
  }

  /** The title above the chart; {@code null} for none. */
  public TrendChart title(String title) {
    this.title = title;
    return this;
  }

  /** The label of the time axis, drawn under the years; {@code null} (the default) for none. */
  public TrendChart xLabel(String xLabel) {
    this.xLabel = xLabel;
    return this;
  }

  /** The label of the value axis, e.g. {@code "Share of respondents (%)"}; {@code null} for none. */
  public TrendChart yLabel(String yLabel) {
    this.yLabel = yLabel;
    return this;
  }

  /**
   * The caption under the chart: the question, the source, notes. Long text wraps to the chart's
   * width and {@code \n} starts a new line; {@code null} for none.
   */
  public TrendChart caption(String caption) {
    this.caption = caption;
    return this;
  }

  /**
   * Fixes the value axis to [{@code min}, {@code max}] in percentage points. Every value drawn
   * must lie inside, or building the chart fails: nothing is clipped silently.
   *
   * @throws IllegalArgumentException if a bound is not finite or {@code min >= max}
   */
  public TrendChart yRange(double min, double max) {
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
  public TrendChart size(int width, int height) {
    this.width = Args.requireInRange(width, MIN_SIZE, MAX_SIZE, "width");
    this.height = Args.requireInRange(height, MIN_SIZE, MAX_SIZE, "height");
    return this;
  }

  /**
   * Polls of one option as dots: one dot per poll at its date and share.
   *
   * @param option the answer option, e.g. {@code "support"}
   * @param dates the date that places each poll on the time axis
   * @param shares each poll's share in percentage points, one per date
   * @throws IllegalArgumentException on a null date, a non-finite share, lengths that differ, or
   *     if points were already given for this option
   */
  public TrendChart points(String option, List<LocalDate> dates, double[] shares) {
    Args.requireName(option, "option");
    List<LocalDate> days = Args.requireDates(dates, "dates");
    double[] values = Args.requireValues(shares, "shares", days.size(), "dates");
    Option o = optionNamed(option);
    if (o.points != null) {
      throw new IllegalArgumentException("points of '" + option + "' were already given");
    }
    o.points = new Series(days, values, null, null);
    return this;
  }

  /**
   * Intervals of the polls of one option (confidence intervals or margins of error) as thin
   * vertical bars from {@code lower} to {@code upper}; they need not be symmetric.
   *
   * @throws IllegalArgumentException on a null date, a non-finite bound, lengths that differ,
   *     {@code lower[i] > upper[i]}, or if intervals were already given for this option
   */
  public TrendChart intervals(String option, List<LocalDate> dates, double[] lower, double[] upper) {
    Args.requireName(option, "option");
    List<LocalDate> days = Args.requireDates(dates, "dates");
    double[] low = Args.requireValues(lower, "lower", days.size(), "dates");
    double[] high = Args.requireValues(upper, "upper", days.size(), "dates");
    Args.requireOrdered(low, "lower", high, "upper");
    Option o = optionNamed(option);
    if (o.intervals != null) {
      throw new IllegalArgumentException("intervals of '" + option + "' were already given");
    }
    o.intervals = new Series(days, null, low, high);
    return this;
  }

  /**
   * A trend line of one option (a smoother's or a model's estimate), without a band.
   *
   * @param days the days of the estimate, strictly increasing
   * @throws IllegalArgumentException on a null or repeated day, days out of order, a non-finite
   *     estimate, lengths that differ, or if a line was already given for this option
   */
  public TrendChart line(String option, List<LocalDate> days, double[] estimate) {
    Args.requireName(option, "option");
    List<LocalDate> checkedDays = requireIncreasing(days);
    double[] values = Args.requireValues(estimate, "estimate", checkedDays.size(), "days");
    setLine(optionNamed(option), option, new Series(checkedDays, values, null, null));
    return this;
  }

  /**
   * A trend line of one option with its uncertainty band from {@code lower} to {@code upper},
   * drawn as one translucent polygon (upper bound forward in time, lower bound backward).
   *
   * @param days the days of the estimate, strictly increasing
   * @throws IllegalArgumentException as {@link #line(String, List, double[])}, and unless {@code
   *     lower[i] <= estimate[i] <= upper[i]} for every day
   */
  public TrendChart line(
      String option, List<LocalDate> days, double[] estimate, double[] lower, double[] upper) {
    Args.requireName(option, "option");
    List<LocalDate> checkedDays = requireIncreasing(days);
    int n = checkedDays.size();
    double[] values = Args.requireValues(estimate, "estimate", n, "days");
    double[] low = Args.requireValues(lower, "lower", n, "days");
    double[] high = Args.requireValues(upper, "upper", n, "days");
    Args.requireOrdered(low, "lower", values, "estimate");
    Args.requireOrdered(values, "estimate", high, "upper");
    setLine(optionNamed(option), option, new Series(checkedDays, values, low, high));
    return this;
  }

  /**
   * A published range of one option, such as "20–25% in the 1990s and early 2000s", drawn as a
   * translucent box from ({@code from}, {@code low}) to ({@code to}, {@code high}) with its label
   * above it. One option may have several ranges.
   *
   * @param label the text shown above the box, e.g. {@code "1990s–early 2000s"}
   * @throws IllegalArgumentException on a null or blank label, a null date, {@code from} after
   *     {@code to}, a non-finite bound or {@code low > high}
   */
  public TrendChart range(
      String option, String label, LocalDate from, LocalDate to, double low, double high) {
    Args.requireName(option, "option");
    Args.requireName(label, "label");
    Args.requireNonNull(from, "from");
    Args.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to, was " + from + " > " + to);
    }
    Args.requireFinite(low, "low");
    Args.requireFinite(high, "high");
    if (low > high) {
      throw new IllegalArgumentException("low must not exceed high, was " + low + " > " + high);
    }
    Option o = optionNamed(option);
    for (PublishedRange existing : o.ranges) {
      if (existing.label().equals(label)) {
        throw new IllegalArgumentException(
            "range '" + label + "' of '" + option + "' was already given");
      }
    }
    o.ranges.add(new PublishedRange(label, from, to, low, high));
    return this;
  }

  /**
   * An event, drawn as a dashed vertical line at its date with its label at the top of the plot.
   *
   * @throws IllegalArgumentException on a null date or a null or blank label
   */
  public TrendChart event(LocalDate date, String label) {
    Args.requireNonNull(date, "date");
    Args.requireName(label, "label");
    events.add(new TrendOverlay.Event(date, label));
    return this;
  }

  /**
   * Builds the XChart chart, for inspection or for further styling with XChart's own API.
   *
   * <p>Each option becomes up to five series, named {@code "<option> · band"} (a {@code
   * PolygonArea}: upper bound forward, lower bound backward), {@code "<option> · range <label>"}
   * (a {@code PolygonArea} of five vertices: (from, low), (from, high), (to, high), (to, low),
   * (from, low)), {@code "<option> · intervals"} (a {@code Line} of three points per poll: lower,
   * upper, then a NaN gap), {@code "<option> · polls"} ({@code Scatter}) and {@code "<option> ·
   * trend"} ({@code Line}), drawn in that order so that lines lie on top. Dates are {@link
   * java.util.Date}s at midnight UTC. Exactly one series per option is shown in the legend, with
   * the option's name: the trend if there is one, else the polls, else the intervals, else the
   * first range.
   *
   * @throws IllegalArgumentException if the chart has no data, or values lie outside {@link
   *     #yRange(double, double)}
   */
  public XYChart toXChart() {
    if (options.isEmpty()) {
      throw new IllegalArgumentException(
          "the chart has no data: give points, intervals, a line or a range before building it");
    }
    double[] valueRange = valueRange();
    LocalDate first = Collections.min(allDays());
    LocalDate last = Collections.max(allDays());
    LocalDate axisStart = LocalDate.of(first.getYear(), 1, 1);
    LocalDate axisEnd = LocalDate.of(last.getYear() + 1, 1, 1);

    Palette palette = new Palette();
    Map<String, Color> colours = new LinkedHashMap<>();
    options.keySet().forEach(name -> colours.put(name, palette.colourOf(name)));
    List<TrendOverlay.RangeLabel> rangeLabels = new ArrayList<>();
    options.forEach(
        (name, o) ->
            o.ranges.forEach(
                r ->
                    rangeLabels.add(
                        new TrendOverlay.RangeLabel(
                            r.label(), r.from(), r.to(), r.high(), colours.get(name)))));
    TrendXYChart chart =
        new TrendXYChart(
            width,
            height,
            new TrendOverlay(events, rangeLabels),
            axisStart,
            axisEnd,
            xLabel,
            caption);
    chart.setTitle(title);
    chart.setYAxisTitle(yLabel);
    style(chart.getStyler());
    chart.getStyler().setXAxisMin(Dates.toMillis(axisStart));
    chart.getStyler().setXAxisMax(Dates.toMillis(axisEnd));
    chart.getStyler().setYAxisMin(valueRange[0]);
    chart.getStyler().setYAxisMax(valueRange[1]);

    int dots = options.values().stream().mapToInt(o -> o.points == null ? 0 : o.points.values().length).sum();
    chart.getStyler().setMarkerSize(dots > 500 ? 4 : 7); // smaller dots for thousands of polls
    for (Part part : Part.values()) {
      options.forEach((name, o) -> addSeries(chart, part, name, o, colours.get(name)));
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

  /** The XChart series name of one part of an option; see {@link #toXChart()}. */
  static String seriesName(String option, Part part) {
    return option + " · " + part.suffix;
  }

  static String rangeSeriesName(String option, String label) {
    return seriesName(option, Part.RANGE) + " " + label;
  }

  // ------------------------------------------------------------------ building

  private static void style(XYStyler styler) {
    ChartStyle.apply(styler);
    styler.setChartTitleVisible(false); // the Frame draws it, left-aligned and wrapped
    styler.setXAxisTicksVisible(false);
    styler.setXAxisTitleVisible(false);
    styler.setTimezone(TimeZone.getTimeZone("UTC"));
    styler.setMarkerSize(7);
  }

  private void addSeries(TrendXYChart chart, Part part, String name, Option o, Color colour) {
    switch (part) {
      case BAND -> {
        if (o.line != null && o.line.lower() != null) {
          addBand(chart, name, o.line, colour);
        }
      }
      case RANGE -> {
        for (PublishedRange r : o.ranges) {
          XYSeries s = addRange(chart, name, r, colour);
          s.setShowInLegend(o.legendPart() == Part.RANGE && r == o.ranges.get(0));
        }
      }
      case INTERVALS -> {
        if (o.intervals != null) {
          addIntervals(chart, name, o, colour);
        }
      }
      case POLLS -> {
        if (o.points != null) {
          addPoints(chart, name, o, colour);
        }
      }
      case TREND -> {
        if (o.line != null) {
          addTrend(chart, name, o, colour);
        }
      }
    }
  }

  private static void addBand(TrendXYChart chart, String name, Series line, Color colour) {
    int n = line.dates().size();
    List<Date> x = new ArrayList<>(2 * n);
    List<Double> y = new ArrayList<>(2 * n);
    for (int i = 0; i < n; i++) {
      x.add(Dates.toDate(line.dates().get(i)));
      y.add(line.upper()[i]);
    }
    for (int i = n - 1; i >= 0; i--) {
      x.add(Dates.toDate(line.dates().get(i)));
      y.add(line.lower()[i]);
    }
    XYSeries s = chart.addSeries(seriesName(name, Part.BAND), x, y);
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineStyle(SeriesLines.NONE);
    s.setLineColor(colour);
    s.setFillColor(Palette.withAlpha(colour, 0.18));
    s.setShowInLegend(false);
    s.setLabel(name);
  }

  private static XYSeries addRange(TrendXYChart chart, String name, PublishedRange r, Color colour) {
    Date from = Dates.toDate(r.from());
    Date to = Dates.toDate(r.to());
    XYSeries s =
        chart.addSeries(
            rangeSeriesName(name, r.label()),
            List.of(from, from, to, to, from),
            List.of(r.low(), r.high(), r.high(), r.low(), r.low()));
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(colour);
    s.setLineStyle(new BasicStroke(1.2f));
    s.setFillColor(Palette.withAlpha(colour, 0.25));
    s.setLabel(name);
    return s;
  }

  private static void addIntervals(TrendXYChart chart, String name, Option o, Color colour) {
    Series iv = o.intervals;
    int n = iv.dates().size();
    List<Date> x = new ArrayList<>(3 * n);
    List<Double> y = new ArrayList<>(3 * n);
    for (int i = 0; i < n; i++) {
      Date day = Dates.toDate(iv.dates().get(i));
      x.addAll(List.of(day, day, day));
      y.addAll(List.of(iv.lower()[i], iv.upper()[i], Double.NaN));
    }
    XYSeries s = chart.addSeries(seriesName(name, Part.INTERVALS), x, y);
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(Palette.withAlpha(colour, 0.5));
    s.setLineStyle(new BasicStroke(1.2f));
    s.setShowInLegend(o.legendPart() == Part.INTERVALS);
    s.setLabel(name);
  }

  private static void addPoints(TrendXYChart chart, String name, Option o, Color colour) {
    Series p = o.points;
    XYSeries s =
        chart.addSeries(
            seriesName(name, Part.POLLS),
            p.dates().stream().map(Dates::toDate).toList(),
            DoubleStream.of(p.values()).boxed().toList());
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
    s.setMarker(SeriesMarkers.CIRCLE);
    s.setMarkerColor(Palette.withAlpha(colour, dotOpacity(o)));
    s.setLineColor(colour);
    s.setShowInLegend(o.legendPart() == Part.POLLS);
    s.setLabel(name);
  }

  /**
   * Dots are nearly opaque on their own; under a trend line they fade, the more the denser they
   * are (0.55 up to 50 polls, then 0.55·√(50/n), at least 0.12), so the line stays visible.
   */
  private static double dotOpacity(Option o) {
    if (o.line == null) {
      return 0.9;
    }
    int n = o.points.values().length;
    return Math.max(0.12, Math.min(0.55, 0.55 * Math.sqrt(50.0 / n)));
  }

  private static void addTrend(TrendXYChart chart, String name, Option o, Color colour) {
    Series line = o.line;
    XYSeries s =
        chart.addSeries(
            seriesName(name, Part.TREND),
            line.dates().stream().map(Dates::toDate).toList(),
            DoubleStream.of(line.values()).boxed().toList());
    s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(Palette.darker(colour));
    s.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    s.setShowInLegend(true);
    s.setLabel(name);
  }

  // ------------------------------------------------------------------ checks and extents

  /** The option of that name, added (in order of first appearance) once its data passed checks. */
  private Option optionNamed(String name) {
    return options.computeIfAbsent(name, n -> new Option());
  }

  private static void setLine(Option o, String name, Series line) {
    if (o.line != null) {
      throw new IllegalArgumentException("the line of '" + name + "' was already given");
    }
    o.line = line;
  }

  private static List<LocalDate> requireIncreasing(List<LocalDate> days) {
    List<LocalDate> checked = Args.requireDates(days, "days");
    for (int i = 1; i < checked.size(); i++) {
      if (!checked.get(i).isAfter(checked.get(i - 1))) {
        throw new IllegalArgumentException(
            "days must be strictly increasing, but days["
                + i
                + "] = "
                + checked.get(i)
                + " is not after days["
                + (i - 1)
                + "] = "
                + checked.get(i - 1));
      }
    }
    return checked;
  }

  private List<LocalDate> allDays() {
    List<LocalDate> days = new ArrayList<>();
    for (Option o : options.values()) {
      Stream.of(o.points, o.intervals, o.line)
          .filter(s -> s != null)
          .forEach(s -> days.addAll(s.dates()));
      o.ranges.forEach(r -> days.addAll(List.of(r.from(), r.to())));
    }
    events.forEach(e -> days.add(e.date()));
    return days;
  }

  /** [min, max] of the value axis: the given y range, checked, or a default rounded to tens. */
  private double[] valueRange() {
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    String lowPart = null;
    String highPart = null;
    for (Map.Entry<String, Option> e : options.entrySet()) {
      for (Map.Entry<String, double[]> values : e.getValue().valuesByPart(e.getKey()).entrySet()) {
        for (double v : values.getValue()) {
          if (v < low) {
            low = v;
            lowPart = values.getKey();
          }
          if (v > high) {
            high = v;
            highPart = values.getKey();
          }
        }
      }
    }
    if (yMin == null) {
      double min = Math.floor(low / 10) * 10;
      double max = Math.ceil(high / 10) * 10;
      return min == max ? new double[] {min - 10, max + 10} : new double[] {min, max};
    }
    if (low < yMin || high > yMax) {
      boolean tooLow = low < yMin;
      throw new IllegalArgumentException(
          "yRange ["
              + yMin
              + ", "
              + yMax
              + "] must cover every value, but '"
              + (tooLow ? lowPart : highPart)
              + "' goes "
              + (tooLow ? "down to " + low : "up to " + high));
    }
    return new double[] {yMin, yMax};
  }

  // ------------------------------------------------------------------ data

  /** Dates with values (points, line) and/or lower and upper bounds (intervals, band). */
  private record Series(List<LocalDate> dates, double[] values, double[] lower, double[] upper) {}

  private record PublishedRange(String label, LocalDate from, LocalDate to, double low, double high) {}

  /** Everything given for one answer option. */
  private static final class Option {
    Series points;
    Series intervals;
    Series line;
    final List<PublishedRange> ranges = new ArrayList<>();

    Part legendPart() {
      if (line != null) {
        return Part.TREND;
      }
      if (points != null) {
        return Part.POLLS;
      }
      return intervals != null ? Part.INTERVALS : Part.RANGE;
    }

    Map<String, double[]> valuesByPart(String name) {
      Map<String, double[]> values = new LinkedHashMap<>();
      if (points != null) {
        values.put(seriesName(name, Part.POLLS), points.values());
      }
      if (intervals != null) {
        values.put(
            seriesName(name, Part.INTERVALS),
            DoubleStream.concat(Arrays.stream(intervals.lower()), Arrays.stream(intervals.upper()))
                .toArray());
      }
      if (line != null) {
        values.put(seriesName(name, Part.TREND), line.values());
        if (line.lower() != null) {
          values.put(
              seriesName(name, Part.BAND),
              DoubleStream.concat(Arrays.stream(line.lower()), Arrays.stream(line.upper()))
                  .toArray());
        }
      }
      for (PublishedRange r : ranges) {
        values.put(rangeSeriesName(name, r.label()), new double[] {r.low(), r.high()});
      }
      return values;
    }
  }
}
