package io.github.pollkit;

import io.github.pollkit.chart.ChartColors;
import io.github.pollkit.chart.ChartFrame;
import io.github.pollkit.chart.FramedChart;
import io.github.pollkit.chart.LeadChart;
import io.github.pollkit.internal.Checks;
import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;

/**
 * The lead (net) chart of a {@link PollSet}: the lead of one option over another, {@code a − b} in
 * percentage points. Each poll that reports both options with a date and point shares is a dot at
 * its own lead; with {@link #smooth(Smoother)} the lead is smoothed by {@link
 * Smoothing#lead(String, String)}, drawn as a line with its band (dashed and faded across stretches
 * of more than {@value PollChart#DEFAULT_GAP_DAYS} days without a poll, as on {@link PollChart});
 * the zero line is emphasised. Made by {@link PollSet#leadChart(String, String)}; every method
 * returns a new chart.
 *
 * <pre>{@code
 * adults.leadChart("support", "oppose").smooth(Smoothers.loess(0.4))
 *     .event(LocalDate.of(2014, 3, 18), "Crimea annexed")
 *     .title("Support for joining NATO overtook opposition in 2014")
 *     .source("Rating, KIIS, Razumkov, IRI")
 *     .savePng(Path.of("charts/nato-lead.png"));
 * }</pre>
 *
 * <p>Polls are placed by the set's {@link PollSet#placement()}. A poll that reports only one of the
 * two options, or a published range, has no lead of its own and is not drawn; {@link #leftOut()}
 * lists every poll not drawn with its reason. Title, labels, caption, source, value range, size and
 * saving are those of every pollkit chart ({@link FramedChart}); the value axis is labelled "a − b
 * (points)" unless changed. {@link #leadChart()} gives the same chart as a {@link LeadChart}.
 */
public final class PollLeadChart extends FramedChart<PollLeadChart> {
  private record Event(LocalDate date, String label) {}

  private record Colour(String option, Color colour) {}

  private final PollSet polls;
  private final String a;
  private final String b;
  private final Smoother smoother;
  private final List<Event> events;
  private final List<Colour> colours;

  PollLeadChart(PollSet polls, String a, String b) {
    this(
        polls,
        a,
        b,
        null,
        List.of(),
        List.of(),
        LeadChart.create(checked(polls, a, "a"), checked(polls, b, "b")).frame());
  }

  private PollLeadChart(
      PollSet polls,
      String a,
      String b,
      Smoother smoother,
      List<Event> events,
      List<Colour> colours,
      ChartFrame frame) {
    super(frame);
    this.polls = polls;
    this.a = a;
    this.b = b;
    this.smoother = smoother;
    this.events = events;
    this.colours = colours;
  }

  private static String checked(PollSet polls, String option, String name) {
    Checks.notNull(option, name);
    if (!polls.options().contains(option)) {
      throw new IllegalArgumentException(
          name
              + " must be an option of this set, was '"
              + option
              + "'; options are "
              + polls.options());
    }
    return option;
  }

  @Override
  protected PollLeadChart withFrame(ChartFrame frame) {
    return new PollLeadChart(polls, a, b, smoother, events, colours, frame);
  }

  /**
   * Draws the smoothed lead with its band, made by this smoother from the per-poll leads ({@link
   * Smoothing#lead(String, String)}).
   *
   * @param with the smoother
   * @return a new chart with the smoothed lead
   * @throws NullPointerException if {@code with} is null
   * @throws IllegalStateException if a smoother was already given
   */
  public PollLeadChart smooth(Smoother with) {
    Objects.requireNonNull(with, "smoother");
    Checks.notSetYet(smoother != null, "the smoother", smoother);
    return new PollLeadChart(polls, a, b, with, events, colours, frame());
  }

  /**
   * Marks an event with a dashed vertical line and a label.
   *
   * @param date the day of the event
   * @param label the text beside the line
   * @return a new chart with the event
   * @throws NullPointerException if an argument is null
   */
  public PollLeadChart event(LocalDate date, String label) {
    List<Event> more = new ArrayList<>(events);
    more.add(
        new Event(Objects.requireNonNull(date, "date"), Objects.requireNonNull(label, "label")));
    return new PollLeadChart(polls, a, b, smoother, List.copyOf(more), colours, frame());
  }

  /**
   * Gives {@code a} or {@code b} its own colour on this chart, over the session's ({@link
   * ChartColors}); the lead is drawn in {@code a}'s. See {@link LeadChart#color(String, Color)}.
   *
   * @param option {@code a} or {@code b}
   * @param colour its colour
   * @return a new chart with this colour
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code option} is neither {@code a} nor {@code b}
   * @throws IllegalStateException if this option was already given a colour on this chart
   */
  public PollLeadChart color(String option, Color colour) {
    LeadChart probe = LeadChart.create(a, b);
    for (Colour c : colours) {
      probe = probe.color(c.option(), c.colour());
    }
    probe.color(option, colour); // checks the arguments, and a colour given twice
    List<Colour> more = new ArrayList<>(colours);
    more.add(new Colour(option, colour));
    return new PollLeadChart(polls, a, b, smoother, events, List.copyOf(more), frame());
  }

  /**
   * The smoothed lead drawn.
   *
   * @return the lead with its band and provenance, or {@code null} without {@link
   *     #smooth(Smoother)}
   */
  public SmoothedTrend lead() {
    return smoother == null ? null : polls.option(a, b).smooth(smoother).lead(a, b);
  }

  /**
   * The polls not drawn as dots, each with its reason (no date, a range, only one of the options).
   *
   * @return the polls of the two options without a lead of their own
   */
  public List<Exclusion> leftOut() {
    return Series.lead(polls.option(a, b), a, b, Series.Need.POINT).leftOut;
  }

  /**
   * The chart as a pollkit {@link LeadChart} with the same frame, colours and events.
   *
   * @return the lead chart
   */
  public LeadChart leadChart() {
    LeadChart chart = LeadChart.create(a, b).frame(frame());
    for (Colour c : colours) {
      chart = chart.color(c.option(), c.colour());
    }
    PollSet both = polls.option(a, b);
    Series dots = Series.lead(both, a, b, Series.Need.POINT);
    if (dots.size() > 0) {
      chart = chart.polls(dots.dates(), dots.value.clone());
    }
    if (smoother != null) {
      SmoothedTrend line = both.smooth(smoother).lead(a, b);
      LeadChart withLine = withLine(chart, line);
      if (withLine != chart) {
        Series used = Series.lead(both, a, b, ((SmootherEngine) smoother).need());
        withLine = withLine.gaps(used.dates(), PollChart.DEFAULT_GAP_DAYS);
      }
      chart = withLine;
    }
    for (Event e : events) {
      chart = chart.event(e.date(), e.label());
    }
    return chart;
  }

  /** The line's days with an estimate and both bounds (others, e.g. empty windows, left out). */
  private static LeadChart withLine(LeadChart chart, SmoothedTrend line) {
    DrawnLine drawn = DrawnLine.of(line);
    if (drawn.isEmpty()) {
      return chart;
    }
    return chart.line(drawn.days(), drawn.estimate(), drawn.lower(), drawn.upper());
  }

  /**
   * The lead, polls drawn, smoother and events, for {@link #toString()}.
   *
   * @return e.g. {@code ["lead support − oppose", "48 polls", "LOESS (span 0.4)", "1 event"]}
   */
  @Override
  protected List<String> contents() {
    List<String> out = new ArrayList<>();
    out.add("lead " + a + " − " + b);
    int drawn = Series.lead(polls.option(a, b), a, b, Series.Need.POINT).size();
    DrawnLine.describe(out, drawn, smoother, events.size());
    return out;
  }

  /**
   * The XChart chart, for inspection or further styling; see {@link LeadChart#toXChart()}.
   *
   * @return a new XChart chart
   * @throws IllegalArgumentException if no poll reports both options with a date
   */
  @Override
  public XYChart toXChart() {
    return leadChart().toXChart();
  }
}
