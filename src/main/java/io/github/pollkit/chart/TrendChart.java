package io.github.pollkit.chart;

import io.github.pollkit.chart.TrendOption.PublishedRange;
import io.github.pollkit.chart.TrendOption.Series;
import io.github.pollkit.internal.Checks;
import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.XYStyler;

/**
 * A poll trend chart as newspapers and poll aggregators publish them: polls as dots (optionally
 * with their intervals as thin bars), a trend line with its uncertainty band, published ranges
 * ("20–25% in the 1990s") as boxes spanning their period and their range of shares, dated events as
 * dashed vertical markers, and, where a line went long without a poll, that stretch dashed with a
 * faded band ({@link #gaps(String, List, int)}). Shares are in percentage points; the y axis is
 * labelled in percent and the time axis in years.
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
 * ({@code "support"}); everything drawn for one name shares one colour: the one given with {@link
 * #color(String, Color)}, else the session's ({@link ChartColors}), else a default from the
 * colour-blind-safe palette of Okabe &amp; Ito (2008): {@code support} blue, {@code oppose}
 * vermillion, {@code undecided} grey, {@code would_not_vote} reddish purple, and for other names,
 * in the order they first appear, the palette colour that differs most (CIEDE2000) from those
 * already on the chart, so up to eight options never share a hue family needlessly and any two
 * differ by ΔE<sub>00</sub> &gt; 20. {@link #colours()} tells which. The legend names each option
 * once.
 *
 * <p><b>Look.</b> White background, light horizontal grid, no plot border, legend on the right,
 * title on top, and under the plot the years, the x-axis label (if any) and the caption, wrapped to
 * the chart's width. Years, x-axis label and caption are painted by pollkit rather than by XChart
 * (XChart has no caption, and its date axis puts yearly ticks off 1 January), so they appear in
 * PNG, SVG and PDF alike.
 *
 * <p><b>Axes.</b> The time axis runs from 1 January of the earliest year to 1 January after the
 * latest year found in any points, interval, line, range or event (XChart would not widen the axis
 * for the events). The value axis runs over the frame's {@link #yRange(double, double)} when given,
 * and must then cover every value; otherwise it runs from the largest multiple of 10 at or below
 * the smallest value to the smallest multiple of 10 at or above the largest one.
 *
 * <p><b>Validation.</b> Every argument is checked when it is given: a list and its arrays must have
 * the same length, no date may be null, no value NaN or infinite, a lower bound may not exceed its
 * upper bound, and a range may not end before it starts; each failure is an {@link
 * IllegalArgumentException} that names the argument and, for arrays, the index. Nothing is skipped.
 * Asking for a chart without any data ({@link #toXChart()} or a save) fails the same way, and so
 * does drawing a chart whose wrapped title and caption leave less than 120 pixels of height for the
 * plot (the message says how much was left).
 *
 * <p><b>Frame.</b> Title, subtitle, axis labels, caption, source, value range, size and saving are
 * those of every pollkit chart: see {@link FramedChart} and {@link ChartFrame}.
 *
 * <p>A chart is immutable: each method that adds data or changes the frame returns a new chart, so
 * a chart can be kept and varied, and shared between threads. Each {@link #toXChart()} and each
 * save builds a new XChart chart.
 *
 * <p>The class is longer than most because each kind of data (points, intervals, lines, bands,
 * ranges, gaps, events) is a public method that checks its arrays and documents each failure; the
 * drawing is in {@code TrendSeries} and {@code TrendOverlay}.
 */
public final class TrendChart extends FramedChart<TrendChart> {

  /** The kinds of XChart series a trend chart is made of; see {@link #toXChart()}. */
  enum Part {
    BAND("band"),
    GAP_BAND("gap band"),
    RANGE("range"),
    INTERVALS("intervals"),
    POLLS("polls"),
    TREND("trend"),
    GAP("gap");

    private final String label;

    Part(String label) {
      this.label = label;
    }
  }

  /** Options in the order they first appeared; never changed once the chart is made. */
  private final Map<String, TrendOption> options;

  private final List<TrendOverlay.Event> events;

  /** The gap rule's number of days, the same for every option; 0 before any gaps are given. */
  private final int gapDays;

  /** Colours given to this chart by option name; see {@link #color(String, Color)}. */
  private final Map<String, Color> colours;

  private TrendChart(
      ChartFrame frame,
      Map<String, TrendOption> options,
      List<TrendOverlay.Event> events,
      int gapDays,
      Map<String, Color> colours) {
    super(frame);
    this.options = options;
    this.events = events;
    this.gapDays = gapDays;
    this.colours = colours;
  }

  /**
   * Starts an empty chart of 1000 × 600 pixels.
   *
   * @return the chart
   */
  public static TrendChart create() {
    return new TrendChart(ChartFrame.ofSize(1000, 600), Map.of(), List.of(), 0, Map.of());
  }

  @Override
  protected TrendChart withFrame(ChartFrame frame) {
    return new TrendChart(frame, options, events, gapDays, colours);
  }

  /**
   * A new chart whose option {@code name} (added at the end if new) is changed by {@code change}.
   */
  private TrendChart withOption(String name, UnaryOperator<TrendOption> change) {
    Map<String, TrendOption> changed = new LinkedHashMap<>(options);
    changed.put(name, change.apply(options.getOrDefault(name, TrendOption.EMPTY)));
    return new TrendChart(frame(), Collections.unmodifiableMap(changed), events, gapDays, colours);
  }

  /**
   * Polls of one option as dots: one dot per poll at its date and share.
   *
   * @param option the answer option, e.g. {@code "support"}
   * @param dates the date that places each poll on the time axis
   * @param shares each poll's share in percentage points, one per date
   * @return a new chart with these polls
   * @throws IllegalArgumentException on a null date, a non-finite share, lengths that differ, or if
   *     points were already given for this option
   * @throws NullPointerException if an argument is null
   */
  public TrendChart points(String option, List<LocalDate> dates, double[] shares) {
    Args.requireName(option, "option");
    List<LocalDate> days = Args.requireDates(dates, "dates");
    double[] values = Args.requireValues(shares, "shares", days.size(), "dates");
    return withOption(option, o -> o.withPoints(option, new Series(days, values, null, null)));
  }

  /**
   * Intervals of the polls of one option (confidence intervals or margins of error) as thin
   * vertical bars from {@code lower} to {@code upper}; they need not be symmetric.
   *
   * @param option the answer option
   * @param dates the date of each poll
   * @param lower the lower bound of each poll's interval, in percentage points
   * @param upper the upper bound of each poll's interval, in percentage points
   * @return a new chart with these intervals
   * @throws IllegalArgumentException on a null date, a non-finite bound, lengths that differ,
   *     {@code lower[i] > upper[i]}, or if intervals were already given for this option
   * @throws NullPointerException if an argument is null
   */
  public TrendChart intervals(
      String option, List<LocalDate> dates, double[] lower, double[] upper) {
    Args.requireName(option, "option");
    List<LocalDate> days = Args.requireDates(dates, "dates");
    double[] low = Args.requireValues(lower, "lower", days.size(), "dates");
    double[] high = Args.requireValues(upper, "upper", days.size(), "dates");
    Args.requireOrdered(low, "lower", high, "upper");
    return withOption(option, o -> o.withIntervals(option, new Series(days, null, low, high)));
  }

  /**
   * A trend line of one option (a smoother's or a model's estimate), without a band.
   *
   * @param option the answer option, or a name of its own (e.g. another source's average)
   * @param days the days of the estimate, strictly increasing
   * @param estimate the estimate of each day, in percentage points
   * @return a new chart with this line
   * @throws IllegalArgumentException on a null or repeated day, days out of order, a non-finite
   *     estimate, lengths that differ, or if a line was already given for this option
   * @throws NullPointerException if an argument is null
   */
  public TrendChart line(String option, List<LocalDate> days, double[] estimate) {
    Args.requireName(option, "option");
    List<LocalDate> checkedDays = Args.requireIncreasing(days, "days");
    double[] values = Args.requireValues(estimate, "estimate", checkedDays.size(), "days");
    return withOption(option, o -> o.withLine(option, new Series(checkedDays, values, null, null)));
  }

  /**
   * A trend line of one option with its uncertainty band from {@code lower} to {@code upper}, drawn
   * as one translucent polygon (upper bound forward in time, lower bound backward).
   *
   * @param option the answer option
   * @param days the days of the estimate, strictly increasing
   * @param estimate the estimate of each day, in percentage points
   * @param lower the lower end of the band on each day
   * @param upper the upper end of the band on each day
   * @return a new chart with this line and band
   * @throws IllegalArgumentException as {@link #line(String, List, double[])}, and unless {@code
   *     lower[i] <= estimate[i] <= upper[i]} for every day
   */
  public TrendChart line(
      String option, List<LocalDate> days, double[] estimate, double[] lower, double[] upper) {
    Args.requireName(option, "option");
    List<LocalDate> checkedDays = Args.requireIncreasing(days, "days");
    int n = checkedDays.size();
    double[] values = Args.requireValues(estimate, "estimate", n, "days");
    double[] low = Args.requireValues(lower, "lower", n, "days");
    double[] high = Args.requireValues(upper, "upper", n, "days");
    Args.requireOrdered(low, "lower", values, "estimate");
    Args.requireOrdered(values, "estimate", high, "upper");
    return withOption(option, o -> o.withLine(option, new Series(checkedDays, values, low, high)));
  }

  /**
   * A published range of one option, such as "20–25% in the 1990s and early 2000s", drawn as a
   * translucent box from ({@code from}, {@code low}) to ({@code to}, {@code high}) with its label
   * above it. One option may have several ranges.
   *
   * @param option the answer option
   * @param label the text shown above the box, e.g. {@code "1990s–early 2000s"}
   * @param from the first day of the range's period
   * @param to the last day of the range's period
   * @param low the lower end of the range, in percentage points
   * @param high the upper end of the range, in percentage points
   * @return a new chart with this range
   * @throws IllegalArgumentException on a blank label, {@code from} after {@code to}, a non-finite
   *     bound, {@code low > high}, or a label already given for the option
   * @throws NullPointerException if an argument is null
   */
  public TrendChart range(
      String option, String label, LocalDate from, LocalDate to, double low, double high) {
    Args.requireName(option, "option");
    Args.requireName(label, "label");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to, was " + from + " > " + to);
    }
    Args.requireFinite(low, "low");
    Args.requireFinite(high, "high");
    if (low > high) {
      throw new IllegalArgumentException("low must not exceed high, was " + low + " > " + high);
    }
    return withOption(
        option, o -> o.withRange(option, new PublishedRange(label, from, to, low, high)));
  }

  /**
   * Marks the stretches of an option's line without polls, so a reader sees where the line only
   * joins the polls on either side: wherever two consecutive days in {@code pollDates} (the days of
   * the polls the line was made from) are more than {@code longerThanDays} days apart, the line
   * between them is drawn dashed and its band faded, and the caption gets one sentence that says so
   * (e.g. "Dashed line, faded band: more than a year without a poll."). The rule is the same for
   * every option of a chart.
   *
   * <p>Series: the line outside the gaps stays {@code "<option> · trend"} and its band {@code
   * "<option> · band"} (a {@code PolygonArea} of one polygon per stretch between gaps, NaN between
   * them); inside the gaps the line is {@code "<option> · gap"} (a dashed {@code Line}, NaN between
   * gaps) and the band {@code "<option> · gap band"} (a lighter {@code PolygonArea}). Each gap runs
   * from the last day of the line on or before the earlier poll to the first day on or after the
   * later poll. Building the chart fails if the option has gaps but no line.
   *
   * @param option the answer option whose line has the gaps
   * @param pollDates the days of the polls the line used, in any order, repeats allowed
   * @param longerThanDays a stretch between consecutive polls longer than this many days is a gap
   * @return a new chart with the option's gaps marked (none if no stretch is that long)
   * @throws IllegalArgumentException on a null date, {@code longerThanDays < 1}, a rule other than
   *     the one given for another option, or if gaps were already given for this option
   * @throws NullPointerException if an argument is null
   */
  public TrendChart gaps(String option, List<LocalDate> pollDates, int longerThanDays) {
    Args.requireName(option, "option");
    List<LocalDate> days = new ArrayList<>(Args.requireDates(pollDates, "pollDates"));
    if (longerThanDays < 1) {
      throw new IllegalArgumentException(
          "longerThanDays must be at least 1, was " + longerThanDays);
    }
    if (gapDays != 0 && gapDays != longerThanDays) {
      throw new IllegalArgumentException(
          "longerThanDays must be the same for every option of a chart: was "
              + gapDays
              + ", now "
              + longerThanDays);
    }
    Collections.sort(days);
    List<TrendOption.Gap> found = new ArrayList<>();
    for (int i = 1; i < days.size(); i++) {
      LocalDate from = days.get(i - 1);
      LocalDate to = days.get(i);
      if (to.toEpochDay() - from.toEpochDay() > longerThanDays) {
        found.add(new TrendOption.Gap(from, to));
      }
    }
    TrendChart marked = withOption(option, o -> o.withGaps(option, found));
    return new TrendChart(marked.frame(), marked.options, events, longerThanDays, colours);
  }

  /**
   * The sentence the caption gets when a line has gaps, e.g. {@code "Dashed line, faded band: more
   * than a year without a poll."}.
   */
  static String gapSentence(int longerThanDays) {
    String span;
    if (longerThanDays % 365 == 0) {
      int years = longerThanDays / 365;
      span = years == 1 ? "a year" : years + " years";
    } else {
      span = longerThanDays + " days";
    }
    return "Dashed line, faded band: more than " + span + " without a poll.";
  }

  /**
   * An event, drawn as a dashed vertical line at its date with its label at the top of the plot.
   *
   * @param date the day of the event
   * @param label the text shown beside the line
   * @return a new chart with this event
   * @throws IllegalArgumentException on a blank label
   * @throws NullPointerException if an argument is null
   */
  public TrendChart event(LocalDate date, String label) {
    Checks.notNull(date, "date");
    Args.requireName(label, "label");
    List<TrendOverlay.Event> more = new ArrayList<>(events);
    more.add(new TrendOverlay.Event(date, label));
    return new TrendChart(frame(), options, List.copyOf(more), gapDays, colours);
  }

  /**
   * Gives an option its own colour on this chart (e.g. a party's colour): its dots, line, band,
   * intervals and ranges are drawn in it, the line a little darker. It wins over the session's
   * colour ({@link ChartColors}) and the default; options without a colour of their own keep the
   * defaults, which avoid the colours given.
   *
   * @param option the option's name, exactly as given to the chart
   * @param colour its colour
   * @return a new chart with this colour
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code option} is blank
   * @throws IllegalStateException if this option was already given a colour on this chart
   */
  public TrendChart color(String option, Color colour) {
    Args.requireName(option, "option");
    Checks.notNull(colour, "colour");
    Checks.notSetYet(
        colours.containsKey(option), "the colour of '" + option + "'", hex(colours.get(option)));
    Map<String, Color> more = new LinkedHashMap<>(colours);
    more.put(option, colour);
    return new TrendChart(frame(), options, events, gapDays, Collections.unmodifiableMap(more));
  }

  /** A colour as {@code #RRGGBB}. */
  static String hex(Color colour) {
    return colour == null ? "none" : String.format("#%06X", colour.getRGB() & 0xFFFFFF);
  }

  /**
   * The colour each option is drawn in, as {@link #toXChart()} would draw it now (after the chart's
   * own colours, the session's {@link ChartColors}, then the defaults).
   *
   * @return the colour of each option, in the order the options were first given
   */
  public Map<String, Color> colours() {
    return new Palette(List.copyOf(options.keySet()), colours)
        .colours(List.copyOf(options.keySet()));
  }

  /**
   * Builds the XChart chart, for inspection or for further styling with XChart's own API.
   *
   * <p>Each option becomes up to seven series, named {@code "<option> · band"} (a {@code
   * PolygonArea}: upper bound forward, lower bound backward), {@code "<option> · gap band"} (the
   * band inside the line's {@linkplain #gaps(String, List, int) gaps}, lighter), {@code "<option> ·
   * range <label>"} (a {@code PolygonArea} of five vertices: (from, low), (from, high), (to, high),
   * (to, low), (from, low)), {@code "<option> · intervals"} (a {@code Line} of three points per
   * poll: lower, upper, then a NaN gap), {@code "<option> · polls"} ({@code Scatter}) and {@code
   * "<option> · trend"} ({@code Line}) and {@code "<option> · gap"} (the line inside its gaps,
   * dashed), drawn in that order so that lines lie on top. Dates are {@link java.util.Date}s at
   * midnight UTC. Exactly one series per option is shown in the legend, with the option's name: the
   * trend if there is one, else the polls, else the intervals, else the first range.
   *
   * @return a new XChart chart
   * @throws IllegalArgumentException if the chart has no data, or values lie outside {@link
   *     #yRange(double, double)}
   */
  @Override
  public XYChart toXChart() {
    if (options.isEmpty()) {
      throw new IllegalArgumentException(
          "the chart has no data: give points, intervals, a line or a range before building it");
    }
    double[] valueRange = valueRange();
    List<LocalDate> days =
        Stream.concat(
                options.values().stream().flatMap(TrendOption::days),
                events.stream().map(TrendOverlay.Event::date))
            .toList();
    LocalDate axisStart = LocalDate.of(Collections.min(days).getYear(), 1, 1);
    LocalDate axisEnd = LocalDate.of(Collections.max(days).getYear() + 1, 1, 1);

    Map<String, Color> colours = colours();
    List<TrendOverlay.RangeLabel> rangeLabels = new ArrayList<>();
    for (Map.Entry<String, TrendOption> e : options.entrySet()) {
      for (PublishedRange r : e.getValue().ranges()) {
        Color colour = colours.get(e.getKey());
        rangeLabels.add(new TrendOverlay.RangeLabel(r.label(), r.from(), r.to(), r.high(), colour));
      }
    }
    for (Map.Entry<String, TrendOption> e : options.entrySet()) {
      if (e.getValue().gaps() != null && e.getValue().line() == null) {
        throw new IllegalArgumentException(
            "gaps were given for '" + e.getKey() + "' but no line: give its line too");
      }
    }
    ChartFrame framed = frame();
    if (options.values().stream().anyMatch(o -> !o.gapStretches().isEmpty())) {
      String sentence = gapSentence(gapDays);
      String caption = framed.caption();
      framed = framed.withCaption(caption == null ? sentence : caption + " " + sentence);
    }
    TrendXYChart chart =
        new TrendXYChart(framed, new TrendOverlay(events, rangeLabels), axisStart, axisEnd);
    XYStyler styler = chart.getStyler();
    ChartStyle.apply(styler);
    styler.setXAxisTicksVisible(false);
    styler.setXAxisTitleVisible(false);
    styler.setTimezone(TimeZone.getTimeZone("UTC"));
    styler.setXAxisMin(Dates.toMillis(axisStart));
    styler.setXAxisMax(Dates.toMillis(axisEnd));
    styler.setYAxisMin(valueRange[0]);
    styler.setYAxisMax(valueRange[1]);
    int dots =
        options.values().stream()
            .mapToInt(o -> o.points() == null ? 0 : o.points().values().length)
            .sum();
    styler.setMarkerSize(dots > 500 ? 4 : 7); // smaller dots for thousands of polls
    // Days per dash of a gap line: about 10 pixels of a plot about 80% as wide as the chart.
    long axisDays = axisEnd.toEpochDay() - axisStart.toEpochDay();
    int dashDays = (int) Math.max(1, Math.round(axisDays * 10.0 / (0.8 * framed.width())));
    for (Part part : Part.values()) {
      options.forEach(
          (name, o) -> TrendSeries.add(chart, part, name, o, colours.get(name), dashDays));
    }
    return chart;
  }

  /** The XChart series name of one part of an option; see {@link #toXChart()}. */
  static String seriesName(String option, Part part) {
    return option + " · " + part.label;
  }

  static String rangeSeriesName(String option, String label) {
    return seriesName(option, Part.RANGE) + " " + label;
  }

  /**
   * [min, max] of the value axis: the frame's y range, checked, or the values rounded out to tens.
   */
  private double[] valueRange() {
    ValueExtent extent = new ValueExtent("value", "", Double.POSITIVE_INFINITY);
    options.forEach((name, o) -> o.forEachValue(name, (series, v) -> extent.add(v, series)));
    double min = Math.floor(extent.low() / 10) * 10;
    double max = Math.ceil(extent.high() / 10) * 10;
    return extent.axis(
        frame(), min == max ? new double[] {min - 10, max + 10} : new double[] {min, max});
  }
}
