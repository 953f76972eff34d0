import io.github.pollkit.PollSet;
import io.github.pollkit.Polls;
import io.github.pollkit.Smoothers;
import io.github.pollkit.Smoothing;
import io.github.pollkit.chart.TrendChart;
import io.github.pollkit.model.DatePlacement;
import io.github.pollkit.model.ElectionResult;
import io.github.pollkit.model.Poll;
import io.github.pollkit.trend.JointPollAverage;
import io.github.pollkit.trend.TrendBand;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Fifty years of Swedish polls: reads {@code data/swedish-polls/Polls.csv} as published, prints the
 * backtest of the real-time poll average against the 2002–2018 elections beside the naive
 * final-week mean (the table of {@code VALIDATION.md}), and draws two charts: the eight parties
 * from 2000 on with the election results, {@code charts/swedish-polls.png}, and the last four
 * years, {@code charts/swedish-polls-recent.png}.
 *
 * <p>Run from the repository root: {@code mvn -q test-compile exec:java@swedish-polls}. An argument
 * names another output directory. The backtest re-estimates each party's average every week of five
 * electoral cycles and takes about a minute.
 */
public final class SwedishPollsExample {

  /**
   * The parties' customary colours: the colours of their own graphic profiles as Wikipedia's party
   * templates record them ("Template:Moderate Party/meta/color" and so on): Moderaterna light blue,
   * Liberalerna blue, Centerpartiet green, Kristdemokraterna dark blue, Socialdemokraterna red,
   * Vänsterpartiet dark red, Miljöpartiet light green, Sverigedemokraterna yellow. SD's yellow
   * (#DDDD00) is darkened to #C8B400 so its line stays visible on white.
   */
  static final Map<String, Color> PARTY_COLOURS = partyColours();

  /** The charts' width in pixels (a system property {@code chart.width} may change it). */
  static final int WIDTH = Integer.getInteger("chart.width", 1000);

  /** The charts' height in pixels (a system property {@code chart.height} may change it). */
  static final int HEIGHT = Integer.getInteger("chart.height", 600);

  /**
   * The 2022 general election (11 September 2022, Valmyndigheten), marked on the recent chart; its
   * result is not in {@code elections.csv}, so no result is drawn.
   */
  static final LocalDate ELECTION_2022 = LocalDate.of(2022, 9, 11);

  /** Sweden's threshold for seats in the Riksdag: 4% of the vote nationally. */
  static final double THRESHOLD = 4;

  /** The first day of the long chart. */
  static final LocalDate CHART_START = LocalDate.of(2000, 1, 1);

  /**
   * An election result: a diamond of 13 pixels in the party's colour with a white and a dark
   * outline, larger than the poll dots so it reads as a different kind of mark.
   */
  static final Marker RESULT_MARKER =
      new Marker() {
        @Override
        public void paint(Graphics2D g, double x, double y, int markerSize) {
          double r = 6.5;
          Path2D.Double diamond = new Path2D.Double();
          diamond.moveTo(x, y - r);
          diamond.lineTo(x + r, y);
          diamond.lineTo(x, y + r);
          diamond.lineTo(x - r, y);
          diamond.closePath();
          g.fill(diamond);
          g.setStroke(new BasicStroke(1.5f));
          g.setColor(new Color(0x222222));
          g.draw(diamond);
        }
      };

  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "charts");
    Polls.LenientRead read = Polls.readLenient(SwedishPolls.POLLS, SwedishPolls.READ_OPTIONS);
    System.out.println(read);
    PollSet polls = read.polls();
    List<ElectionResult> elections = SwedishPolls.elections(SwedishPolls.ELECTIONS);

    JointPollAverage average = JointPollAverage.builder().build();
    Map<String, List<SwedishBacktest.Score>> averages = new LinkedHashMap<>();
    averages.put("joint average", SwedishBacktest.runJoint(polls, elections, average, false));
    averages.put(
        "joint average, anchored", SwedishBacktest.runJoint(polls, elections, average, true));
    System.out.println();
    System.out.println("Mean absolute error over the parties on election eve, in points");
    System.out.println();
    System.out.print(SwedishBacktest.summary(averages));
    System.out.println();
    System.out.println("Naive mean of the final week: estimate minus result, in points");
    System.out.println();
    System.out.print(SwedishBacktest.partyErrors(averages.get("joint average"), true));
    for (Map.Entry<String, List<SwedishBacktest.Score>> e : averages.entrySet()) {
      System.out.println();
      System.out.println(e.getKey() + " on election eve: estimate minus result, in points");
      System.out.println();
      System.out.print(SwedishBacktest.partyErrors(e.getValue(), false));
    }
    System.out.println();
    System.out.println(
        "¹ SD in 2006: asked in 5 polls, all in the final week, fewer than the average needs ("
            + JointPollAverage.MINIMUM_POLLS
            + "); the naive mean stands in. – not asked in any poll.");

    charts(polls, elections, out);
  }

  /**
   * Draws both charts into {@code out}: one poll average of the eight parties from 2000 on (house
   * effects, variances by maximum likelihood), drawn whole in the first chart and over its last
   * four years in the second, so that the recent chart's lines do not start from nothing at its
   * left edge.
   *
   * @param polls every poll of the file
   * @param elections the elections
   * @param out the folder
   */
  static void charts(PollSet polls, List<ElectionResult> elections, Path out) {
    LocalDate last =
        polls.polls().stream()
            .map(p -> p.fieldEnd())
            .filter(d -> d != null)
            .max(LocalDate::compareTo)
            .orElseThrow();
    PollSet since2000 =
        polls
            .between(CHART_START, last)
            .placedAt(DatePlacement.END)
            .option(SwedishPolls.PARTIES.toArray(new String[0]));
    Smoothing average = since2000.smooth(Smoothers.average());
    save(
        longChart(since2000, average, elections).size(WIDTH, HEIGHT).toXChart(),
        elections,
        CHART_START,
        out.resolve("swedish-polls.png"));
    LocalDate from = last.minusYears(4).plusDays(1);
    save(
        recentChart(since2000, average, from, last).size(WIDTH, HEIGHT).toXChart(),
        elections,
        from,
        out.resolve("swedish-polls-recent.png"));
  }

  /**
   * {@return the chart of the eight parties from 2000 on: polls, averages with 95% bands, election
   * days}
   *
   * @param polls the polls from 2000 on, placed at their field end
   * @param average their average
   * @param elections the elections (their results are drawn by {@link #save})
   */
  static TrendChart longChart(PollSet polls, Smoothing average, List<ElectionResult> elections) {
    TrendChart chart =
        window(polls, average, CHART_START, LocalDate.MAX)
            .title("Swedish voting intention since 2000")
            .subtitle(
                "Polls (dots), poll average with house effects and 95% band;"
                    + " diamonds: election results 2002–2018; dashed: the 4% threshold")
            .yLabel("Share of the vote (%)")
            .yRange(0, 50)
            .source("SwedishPolls (github.com/MansMeg/SwedishPolls); results: Valmyndigheten");
    for (ElectionResult e : elections) {
      chart = chart.event(e.date(), "Election " + e.date().getYear());
    }
    return chart;
  }

  /**
   * {@return the chart of the last four years}
   *
   * @param polls the polls from 2000 on, placed at their field end
   * @param average their average
   * @param from the first day
   * @param last the last poll's field end
   */
  static TrendChart recentChart(PollSet polls, Smoothing average, LocalDate from, LocalDate last) {
    TrendChart chart = window(polls, average, from, last);
    if (!ELECTION_2022.isBefore(from)) {
      chart = chart.event(ELECTION_2022, "Election 2022");
    }
    return chart
        .title("Swedish voting intention, the last four years")
        .subtitle(
            "Polls (dots), poll average with house effects and 95% band, to "
                + last
                + " (field end of the last poll); dashed: the 4% threshold")
        .yLabel("Share of the vote (%)")
        .yRange(0, 40)
        .source("SwedishPolls (github.com/MansMeg/SwedishPolls)");
  }

  /** The polls and the average's line and band of every party from {@code from} to {@code to}. */
  private static TrendChart window(PollSet polls, Smoothing average, LocalDate from, LocalDate to) {
    TrendChart chart = TrendChart.create();
    for (String party : SwedishPolls.PARTIES) {
      chart = chart.color(party, PARTY_COLOURS.get(party));
      List<LocalDate> dates = new ArrayList<>();
      List<Double> shares = new ArrayList<>();
      for (Poll p : polls.polls()) {
        LocalDate d = p.fieldEnd();
        if (d != null && !d.isBefore(from) && !d.isAfter(to) && p.share(party).isPresent()) {
          dates.add(d);
          shares.add(p.share(party).get().value());
        }
      }
      chart = chart.points(party, dates, shares.stream().mapToDouble(x -> x).toArray());
      TrendBand band = average.get(party).band();
      List<LocalDate> days = new ArrayList<>();
      List<Integer> rows = new ArrayList<>();
      for (int i = 0; i < band.size(); i++) {
        LocalDate d = band.dates().get(i);
        if (!d.isBefore(from) && !d.isAfter(to) && !Double.isNaN(band.estimate()[i])) {
          days.add(d);
          rows.add(i);
        }
      }
      chart =
          chart.line(
              party,
              days,
              rows.stream().mapToDouble(i -> band.estimate()[i]).toArray(),
              rows.stream().mapToDouble(i -> band.lower()[i]).toArray(),
              rows.stream().mapToDouble(i -> band.upper()[i]).toArray());
    }
    return chart;
  }

  /**
   * {@return {@code chart} with the election results on or after {@code from} added as diamonds in
   * the parties' colours, one series per party named {@code "result M"} and so on, not in the
   * legend (the subtitle explains the diamonds)}
   *
   * @param chart the chart
   * @param elections the elections
   * @param from the chart's first day
   */
  static XYChart withResults(XYChart chart, List<ElectionResult> elections, LocalDate from) {
    for (String party : SwedishPolls.PARTIES) {
      List<Date> days = new ArrayList<>();
      List<Double> shares = new ArrayList<>();
      for (ElectionResult e : elections) {
        if (!e.date().isBefore(from) && e.has(party)) {
          days.add(Date.from(e.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
          shares.add(e.share(party));
        }
      }
      if (days.isEmpty()) {
        continue;
      }
      XYSeries s = chart.addSeries("result " + party, days, shares);
      s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      s.setMarker(RESULT_MARKER);
      s.setMarkerColor(PARTY_COLOURS.get(party));
      s.setShowInLegend(false);
    }
    return chart;
  }

  /**
   * {@return {@code chart} with the 4% threshold as a thin dashed grey line across the time axis,
   * named {@code "4% threshold"} in the legend}
   *
   * @param chart the chart, with at least one series on a date axis
   */
  static XYChart withThreshold(XYChart chart) {
    double first = Double.POSITIVE_INFINITY;
    double last = Double.NEGATIVE_INFINITY;
    for (XYSeries s : chart.getSeriesMap().values()) {
      for (double x : s.getXData()) {
        first = Math.min(first, x);
        last = Math.max(last, x);
      }
    }
    XYSeries line =
        chart.addSeries(
            "4% threshold",
            List.of(new Date((long) first), new Date((long) last)), List.of(THRESHOLD, THRESHOLD));
    line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    line.setMarker(SeriesMarkers.NONE);
    line.setLineColor(new Color(0x555555));
    line.setLineStyle(
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    return chart;
  }

  /** Adds the election results on or after {@code from} and the threshold, then writes the PNG. */
  private static void save(
      XYChart chart, List<ElectionResult> elections, LocalDate from, Path file) {
    withResults(chart, elections, from);
    withThreshold(chart);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (OutputStream stream = Files.newOutputStream(file)) {
        BitmapEncoder.saveBitmap(chart, stream, BitmapEncoder.BitmapFormat.PNG);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }

  private static Map<String, Color> partyColours() {
    Map<String, Color> colours = new LinkedHashMap<>();
    colours.put("M", new Color(0x52BDEC));
    colours.put("L", new Color(0x006AB3));
    colours.put("C", new Color(0x009933));
    colours.put("KD", new Color(0x000077));
    colours.put("S", new Color(0xE8112D));
    colours.put("V", new Color(0x9B0D12));
    colours.put("MP", new Color(0x83CF39));
    colours.put("SD", new Color(0xC8B400));
    return colours;
  }
}
