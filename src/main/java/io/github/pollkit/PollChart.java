package io.github.pollkit;

import io.github.pollkit.chart.ChartColors;
import io.github.pollkit.chart.ChartFrame;
import io.github.pollkit.chart.FramedChart;
import io.github.pollkit.chart.TrendChart;
import io.github.pollkit.internal.Checks;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.Share;
import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.knowm.xchart.XYChart;

/**
 * The trend chart of a {@link PollSet}: its polls as dots, published ranges as boxes over their
 * dates and bounds, an optional smoothed line with its band per option, and dated events. Made by
 * {@link PollSet#chart()}; every method returns a new chart, so a chart can be kept and varied.
 * Title, subtitle, labels, caption, source, value range, size and saving are those of every pollkit
 * chart ({@link FramedChart}); the value axis is labelled "Share of respondents (%)" unless
 * changed. {@link #trendChart()} gives the same chart as a {@link TrendChart}, to add more lines.
 *
 * <pre>{@code
 * adults.chart().options("support", "oppose").smooth(Smoothers.kalman())
 *     .event(LocalDate.of(2014, 3, 18), "Crimea annexed")
 *     .title("Should Ukraine join NATO?").source("Rating, KIIS, Razumkov, IRI")
 *     .savePng(Path.of("charts/nato.png"));
 * }</pre>
 *
 * <p>Polls are placed by the set's {@link PollSet#placement()}; undated polls have no place on the
 * axis and are not drawn ({@link #leftOut()} lists them). Days on which a smoother has no estimate
 * (a rolling-average window without polls) are not drawn; the line joins the days on either side.
 *
 * <p><b>Gaps.</b> Where more than {@value #DEFAULT_GAP_DAYS} days (see {@link
 * #gapsLongerThan(int)}) pass between two consecutive polls that a line used, the line there is
 * drawn dashed and its band faded, and the caption says so in one sentence ({@link
 * TrendChart#gaps(String, List, int)}): in such a stretch the line only joins the polls on either
 * side, and a reader should see that no poll measured it.
 */
public final class PollChart extends FramedChart<PollChart> {
  private record Event(LocalDate date, String label) {}

  /**
   * The default gap rule: more than 365 days between consecutive polls. Published series are polled
   * monthly, quarterly or, at the sparsest, in yearly waves, so a stretch of more than a year means
   * at least one reading is missing rather than a series that is sparse by design; shorter silences
   * are ordinary between waves, and the width of the band already shows them. The rule is stated in
   * days, not relative to a chart's typical spacing, so the same silence reads the same in a chart
   * of daily trackers and in one of yearly surveys.
   */
  public static final int DEFAULT_GAP_DAYS = 365;

  // Set only on a fresh copy inside this class, never after it is handed out.
  private final PollSet polls;
  private List<String> options;
  private Smoother smoother;
  private List<Event> events = List.of();
  private int gapDays; // 0: not set, DEFAULT_GAP_DAYS applies
  private boolean adjusted;
  private Map<String, Color> colours = Map.of();

  PollChart(PollSet polls) {
    this(polls, TrendChart.create().yLabel("Share of respondents (%)").frame());
    this.options = polls.options();
  }

  private PollChart(PollSet polls, ChartFrame frame) {
    super(frame);
    this.polls = polls;
  }

  @Override
  protected PollChart withFrame(ChartFrame frame) {
    PollChart c = new PollChart(polls, frame);
    c.options = options;
    c.smoother = smoother;
    c.events = events;
    c.gapDays = gapDays;
    c.adjusted = adjusted;
    c.colours = colours;
    return c;
  }

  private PollChart copy() {
    return withFrame(frame());
  }

  /**
   * Only these options, in this order (default: all options of the set).
   *
   * @param names the options to draw
   * @return a new chart of these options
   * @throws IllegalArgumentException if no name is given or a name is not an option of the set
   */
  public PollChart options(String... names) {
    if (Checks.notNull(names, "options").length == 0) {
      throw new IllegalArgumentException("options must name at least one option");
    }
    for (String n : names) {
      if (!polls.options().contains(n)) {
        throw new IllegalArgumentException(
            "option '" + n + "' is not in this set; options are " + polls.options());
      }
    }
    PollChart c = copy();
    c.options = List.of(names);
    return c;
  }

  /**
   * Draws each option's line with its band, made by this smoother.
   *
   * @param with the smoother
   * @return a new chart with the smoothed lines
   * @throws NullPointerException if {@code with} is null
   */
  public PollChart smooth(Smoother with) {
    PollChart c = copy();
    c.smoother = Objects.requireNonNull(with, "smoother");
    return c;
  }

  /**
   * Sets the gap rule: a stretch of more than {@code days} days between consecutive polls used by a
   * line is drawn dashed with a faded band, and explained in the caption (default {@value
   * #DEFAULT_GAP_DAYS}; see the class description).
   *
   * @param days the longest stretch between polls that is not a gap, at least 1
   * @return a new chart with this rule
   * @throws IllegalArgumentException if {@code days < 1}
   * @throws IllegalStateException if the rule was already set
   */
  public PollChart gapsLongerThan(int days) {
    if (gapDays != 0) {
      throw new IllegalStateException("the gap rule was already set to " + gapDays + " days");
    }
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, was " + days);
    }
    PollChart c = copy();
    c.gapDays = days;
    return c;
  }

  /**
   * Plots each poll with its pollster's estimated house effect removed: what the poll would have
   * read from the average pollster ({@link
   * io.github.pollkit.trend.PollAverageFit#adjustedValues()}, from the retrospective fit of all
   * polls of the option; a published range is shifted by its pollster's effect). Needs a poll
   * average ({@link Smoothers#average()} or {@link Smoothers#averageRealTime()}) as the chart's
   * smoother, whose line is already the average pollster's reading. The caption says so in one
   * sentence.
   *
   * @return a new chart with adjusted polls
   * @throws IllegalStateException if already asked for
   */
  public PollChart adjustedForHouseEffects() {
    if (adjusted) {
      throw new IllegalStateException("adjustedForHouseEffects() was already asked for");
    }
    PollChart c = copy();
    c.adjusted = true;
    return c;
  }

  /**
   * Gives an option its own colour on this chart (e.g. a party's colour), over the session's
   * ({@link ChartColors}) and the default; see {@link TrendChart#color(String, Color)}.
   *
   * @param option an option of the set
   * @param colour its colour
   * @return a new chart with this colour
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code option} is not an option of the set
   * @throws IllegalStateException if this option was already given a colour on this chart
   */
  public PollChart color(String option, Color colour) {
    Checks.notNull(option, "option");
    Checks.notNull(colour, "colour");
    if (!polls.options().contains(option)) {
      throw new IllegalArgumentException(
          "option '" + option + "' is not in this set; options are " + polls.options());
    }
    Checks.notSetYet(
        colours.containsKey(option), "the colour of '" + option + "'", colours.get(option));
    Map<String, Color> more = new LinkedHashMap<>(colours);
    more.put(option, colour);
    PollChart c = copy();
    c.colours = Collections.unmodifiableMap(more);
    return c;
  }

  /**
   * Marks an event with a dashed vertical line and a label.
   *
   * @param date the day of the event
   * @param label the text beside the line
   * @return a new chart with the event
   * @throws NullPointerException if an argument is null
   */
  public PollChart event(LocalDate date, String label) {
    Event e =
        new Event(Objects.requireNonNull(date, "date"), Objects.requireNonNull(label, "label"));
    PollChart c = copy();
    c.events = Stream.concat(events.stream(), Stream.of(e)).toList();
    return c;
  }

  /**
   * The lines drawn.
   *
   * @return one line per option, empty without {@link #smooth(Smoother)}
   */
  public List<SmoothedTrend> lines() {
    if (smoother == null) {
      return List.of();
    }
    Smoothing s = polls.option(options.toArray(new String[0])).smooth(smoother);
    return options.stream().map(s::get).toList();
  }

  /**
   * The polls not drawn.
   *
   * @return the polls of the chosen options that are not drawn because they have no date
   */
  public List<Exclusion> leftOut() {
    List<Exclusion> out = new ArrayList<>();
    for (Poll p : polls.option(options.toArray(new String[0])).polls()) {
      if (p.date(polls.placement()) == null) {
        out.add(new Exclusion(PollSet.label(p), "no date"));
      }
    }
    return out;
  }

  /**
   * The chart as a pollkit {@link TrendChart} with the same frame, e.g. to add lines of another
   * source with {@link TrendChart#line(String, List, double[])}.
   *
   * @return the trend chart
   * @throws IllegalStateException if {@link #adjustedForHouseEffects()} was asked for but the
   *     smoother is not a poll average
   */
  public TrendChart trendChart() {
    TrendChart chart = TrendChart.create().frame(frame());
    for (Map.Entry<String, Color> e : colours.entrySet()) {
      chart = chart.color(e.getKey(), e.getValue());
    }
    Smoothing smoothing = null;
    if (smoother != null) {
      smoothing = polls.option(options.toArray(new String[0])).smooth(smoother);
    }
    if (adjusted) {
      if (!(smoother instanceof ByAverage)) {
        throw new IllegalStateException(
            "adjustedForHouseEffects() needs a poll average as the smoother"
                + " (Smoothers.average() or Smoothers.averageRealTime()), not "
                + (smoother == null ? "no smoother" : smoother.toString()));
      }
      String note = "Polls adjusted: each pollster's estimated house effect removed.";
      chart = chart.caption(frame().caption() == null ? note : frame().caption() + " " + note);
    }
    for (String option : options) {
      chart = adjusted ? withAdjustedPolls(chart, option, smoothing) : withPolls(chart, option);
    }
    if (smoothing != null) {
      Series.Need need = ((SmootherEngine) smoother).need();
      int rule = gapDays == 0 ? DEFAULT_GAP_DAYS : gapDays;
      for (String option : options) {
        SmoothedTrend line = smoothing.get(option);
        TrendChart withIt = withLine(chart, line);
        if (withIt != chart) {
          Series used = Series.of(polls.option(options.toArray(new String[0])), option, need);
          withIt = withIt.gaps(line.label(), used.dates(), rule);
        }
        chart = withIt;
      }
    }
    for (Event e : events) {
      chart = chart.event(e.date(), e.label());
    }
    return chart;
  }

  /** The option's polls as published: points as dots, ranges as boxes. */
  private TrendChart withPolls(TrendChart chart, String option) {
    List<LocalDate> dates = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Poll p : polls.polls()) {
      Share s = p.shares().get(option);
      LocalDate d = p.date(polls.placement());
      if (s == null || d == null) {
        continue;
      }
      if (s.isRange()) {
        chart = withRange(chart, option, p, s, d, 0);
      } else {
        dates.add(d);
        values.add(s.value());
      }
    }
    return withPoints(chart, option, dates, values);
  }

  /** The option's polls with their pollster's house effect removed (the fit's adjusted values). */
  private TrendChart withAdjustedPolls(TrendChart chart, String option, Smoothing smoothing) {
    Series used =
        Series.of(
            polls.option(options.toArray(new String[0])),
            option,
            ((SmootherEngine) smoother).need());
    double[] adjustedValues = smoothing.averageFit(option).adjustedValues();
    List<LocalDate> dates = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < used.size(); i++) {
      Poll p = used.polls.get(i);
      Share s = p.shares().get(option);
      LocalDate d = LocalDate.ofEpochDay((long) used.day[i]);
      if (s.isRange()) {
        chart = withRange(chart, option, p, s, d, adjustedValues[i] - used.value[i]);
      } else {
        dates.add(d);
        values.add(adjustedValues[i]);
      }
    }
    return withPoints(chart, option, dates, values);
  }

  private static TrendChart withRange(
      TrendChart chart, String option, Poll p, Share s, LocalDate d, double shift) {
    LocalDate from = p.fieldStart() != null ? p.fieldStart() : d;
    LocalDate to = p.fieldEnd() != null ? p.fieldEnd() : d;
    return chart.range(option, s + "%", from, to, s.low() + shift, s.high() + shift);
  }

  private static TrendChart withPoints(
      TrendChart chart, String option, List<LocalDate> dates, List<Double> values) {
    if (dates.isEmpty()) {
      return chart;
    }
    return chart.points(option, dates, values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static TrendChart withLine(TrendChart chart, SmoothedTrend line) {
    DrawnLine drawn = DrawnLine.of(line);
    if (drawn.isEmpty()) {
      return chart;
    }
    return chart.line(line.label(), drawn.days(), drawn.estimate(), drawn.lower(), drawn.upper());
  }

  /**
   * Options, polls drawn (those with a date), smoother and events, for {@link #toString()}.
   *
   * @return e.g. {@code ["options support, oppose", "72 polls", "LOESS (span 0.4)", "1 event"]}
   */
  @Override
  protected List<String> contents() {
    List<String> out = new ArrayList<>();
    out.add("options " + String.join(", ", options));
    int drawn = polls.option(options.toArray(new String[0])).polls().size() - leftOut().size();
    DrawnLine.describe(out, drawn, smoother, events.size());
    return out;
  }

  /**
   * The XChart chart, for inspection or further styling.
   *
   * @return a new XChart chart
   */
  @Override
  public XYChart toXChart() {
    return trendChart().toXChart();
  }
}
