package io.github.pollkit;

import io.github.pollkit.chart.TrendChart;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.knowm.xchart.XYChart;

/**
 * The trend chart of a {@link PollSet}: its polls as dots, published ranges as boxes over their
 * dates and bounds, an optional smoothed line with its band per option, and dated events. Made by
 * {@link PollSet#chart()}; every method returns a new chart, so a chart can be kept and varied.
 *
 * <pre>{@code
 * adults.chart().options("support", "oppose").smooth(Smoothers.kalman())
 *     .event(LocalDate.of(2014, 3, 18), "Crimea annexed")
 *     .title("Should Ukraine join NATO?").source("Rating, KIIS, Razumkov, IRI")
 *     .savePng(Path.of("charts/nato.png"));
 * }</pre>
 *
 * <p>Polls are placed by the set's {@link PollSet#placement()}; undated polls have no place on the
 * axis and are not drawn ({@link #leftOut()} lists them). Days on which a smoother has no
 * estimate (a rolling-average window without polls) are not drawn; the line joins the days on
 * either side.
 */
public final class PollChart {
  private record Event(LocalDate date, String label) {}

  // Set only on a fresh copy inside this class, never after it is handed out.
  private final PollSet polls;
  private List<String> options;
  private Smoother smoother;
  private List<Event> events = List.of();
  private String title;
  private String yLabel = "Share of respondents (%)";
  private String caption;
  private double[] yRange;
  private int[] size;

  PollChart(PollSet polls) {
    this.polls = polls;
    this.options = polls.options();
  }

  private PollChart copy() {
    PollChart c = new PollChart(polls);
    c.options = options;
    c.smoother = smoother;
    c.events = events;
    c.title = title;
    c.yLabel = yLabel;
    c.caption = caption;
    c.yRange = yRange;
    c.size = size;
    return c;
  }

  /** Only these options, in this order (default: all options of the set). */
  public PollChart options(String... names) {
    if (names == null || names.length == 0) {
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

  /** Draws each option's line with its band, made by this smoother. */
  public PollChart smooth(Smoother with) {
    PollChart c = copy();
    c.smoother = Objects.requireNonNull(with, "smoother");
    return c;
  }

  /** Marks an event with a dashed vertical line and a label. */
  public PollChart event(LocalDate date, String label) {
    Event e = new Event(Objects.requireNonNull(date, "date"), Objects.requireNonNull(label, "label"));
    PollChart c = copy();
    c.events = Stream.concat(events.stream(), Stream.of(e)).toList();
    return c;
  }

  /** The title above the chart. */
  public PollChart title(String text) {
    PollChart c = copy();
    c.title = text;
    return c;
  }

  /** The label of the value axis (default "Share of respondents (%)"). */
  public PollChart yLabel(String text) {
    PollChart c = copy();
    c.yLabel = text;
    return c;
  }

  /** The caption under the chart, e.g. the question and the sources. */
  public PollChart caption(String text) {
    PollChart c = copy();
    c.caption = text;
    return c;
  }

  /** Sets the caption to {@code "Source: " + sources}. */
  public PollChart source(String sources) {
    return caption("Source: " + Objects.requireNonNull(sources, "sources"));
  }

  /** The value axis from {@code min} to {@code max} points (it must cover every value drawn). */
  public PollChart yRange(double min, double max) {
    PollChart c = copy();
    c.yRange = new double[] {min, max};
    return c;
  }

  /** The size in pixels (default 1000 × 600). */
  public PollChart size(int width, int height) {
    PollChart c = copy();
    c.size = new int[] {width, height};
    return c;
  }

  /** The lines drawn, one per option (empty without {@link #smooth(Smoother)}). */
  public List<SmoothedTrend> lines() {
    if (smoother == null) {
      return List.of();
    }
    Smoothing s = polls.option(options.toArray(new String[0])).smooth(smoother);
    return options.stream().map(s::get).toList();
  }

  /** The polls of the chosen options that are not drawn because they have no date. */
  public List<Exclusion> leftOut() {
    List<Exclusion> out = new ArrayList<>();
    for (Poll p : polls.option(options.toArray(new String[0])).polls()) {
      if (p.date(polls.placement()) == null) {
        out.add(new Exclusion(PollSet.label(p), "no date"));
      }
    }
    return out;
  }

  /** The chart as a pollkit {@link TrendChart}, for further changes. */
  public TrendChart trendChart() {
    TrendChart chart = TrendChart.create().title(title).yLabel(yLabel).caption(caption);
    if (yRange != null) {
      chart.yRange(yRange[0], yRange[1]);
    }
    if (size != null) {
      chart.size(size[0], size[1]);
    }
    for (String option : options) {
      List<LocalDate> dates = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (Poll p : polls.polls()) {
        Share s = p.shares().get(option);
        LocalDate d = p.date(polls.placement());
        if (s == null || d == null) {
          continue;
        }
        if (s.isRange()) {
          LocalDate from = p.fieldStart() != null ? p.fieldStart() : d;
          LocalDate to = p.fieldEnd() != null ? p.fieldEnd() : d;
          chart.range(option, s + "%", from, to, s.low(), s.high());
        } else {
          dates.add(d);
          values.add(s.value());
        }
      }
      if (!dates.isEmpty()) {
        chart.points(option, dates, values.stream().mapToDouble(Double::doubleValue).toArray());
      }
    }
    for (SmoothedTrend line : lines()) {
      addLine(chart, line);
    }
    events.forEach(e -> chart.event(e.date(), e.label()));
    return chart;
  }

  private static void addLine(TrendChart chart, SmoothedTrend line) {
    double[] est = line.band().estimate();
    double[] lo = line.band().lower();
    double[] hi = line.band().upper();
    List<LocalDate> days = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    for (int i = 0; i < est.length; i++) {
      if (!Double.isNaN(est[i]) && !Double.isNaN(lo[i]) && !Double.isNaN(hi[i])) {
        days.add(line.band().dates().get(i));
        rows.add(new double[] {est[i], lo[i], hi[i]});
      }
    }
    if (days.isEmpty()) {
      return;
    }
    chart.line(line.label(), days, rows.stream().mapToDouble(r -> r[0]).toArray(),
        rows.stream().mapToDouble(r -> r[1]).toArray(), rows.stream().mapToDouble(r -> r[2]).toArray());
  }

  /** The XChart chart, for inspection or further styling. */
  public XYChart toXChart() {
    return trendChart().toXChart();
  }

  /** Saves the chart as PNG and returns the path. */
  public Path savePng(Path file) {
    return trendChart().savePng(file);
  }

  /** Saves the chart as SVG and returns the path. */
  public Path saveSvg(Path file) {
    return trendChart().saveSvg(file);
  }

  /** Saves the chart as PDF and returns the path. */
  public Path savePdf(Path file) {
    return trendChart().savePdf(file);
  }
}
