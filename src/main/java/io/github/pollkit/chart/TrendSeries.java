package io.github.pollkit.chart;

import io.github.pollkit.chart.TrendChart.Part;
import io.github.pollkit.chart.TrendOption.PublishedRange;
import io.github.pollkit.chart.TrendOption.Series;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.DoubleStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Adds the XChart series of one part of one option of a {@link TrendChart} (see {@link
 * TrendChart#toXChart()} for their names, shapes and order) in the option's colour.
 */
final class TrendSeries {
  private TrendSeries() {}

  /** Adds the series of {@code part} of option {@code name}, if the option has that part. */
  static void add(
      XYChart chart,
      Part part,
      String name,
      TrendOption o,
      Color colour,
      int dashDays,
      int chartDots) {
    switch (part) {
      case BAND -> {
        if (o.line() != null && o.line().lower() != null) {
          addBand(chart, name, o.line(), solidStretches(o), Part.BAND, colour, 0.18);
        }
      }
      case GAP_BAND -> {
        if (o.line() != null && o.line().lower() != null && !o.gapStretches().isEmpty()) {
          addBand(chart, name, o.line(), o.gapStretches(), Part.GAP_BAND, colour, 0.07);
        }
      }
      case RANGE -> {
        for (PublishedRange r : o.ranges()) {
          XYSeries s = addRange(chart, name, r, colour);
          s.setShowInLegend(o.legendPart() == Part.RANGE && r == o.ranges().get(0));
        }
      }
      case INTERVALS -> {
        if (o.intervals() != null) {
          addIntervals(chart, name, o, colour);
        }
      }
      case POLLS -> {
        if (o.points() != null) {
          addPoints(chart, name, o, colour, chartDots);
        }
      }
      case TREND -> {
        if (o.line() != null) {
          addTrend(chart, name, o.line(), solidStretches(o), colour);
        }
      }
      case GAP -> {
        if (o.line() != null && !o.gapStretches().isEmpty()) {
          addGap(chart, name, o.line(), o.gapStretches(), colour, dashDays);
        }
      }
    }
  }

  /**
   * The stretches of the line outside its gaps, as index ranges [first, last]; the whole line when
   * it has no gaps. Neighbouring stretches share their end days, so solid and dashed parts meet.
   */
  static List<int[]> solidStretches(TrendOption o) {
    int n = o.line().dates().size();
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int[] gap : o.gapStretches()) {
      if (gap[0] > start) {
        out.add(new int[] {start, gap[0]});
      }
      start = gap[1];
    }
    if (start < n - 1 || out.isEmpty() && n > 0) {
      out.add(new int[] {start, n - 1});
    }
    return out;
  }

  /**
   * One polygon per stretch (upper bound forward, lower bound backward), with a NaN point between
   * polygons, filled with {@code alpha} of the colour.
   */
  private static void addBand(
      XYChart chart,
      String name,
      Series line,
      List<int[]> stretches,
      Part part,
      Color colour,
      double alpha) {
    List<Date> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    double[] upper = line.upper();
    double[] lower = line.lower();
    for (int[] st : stretches) {
      separate(x, y, line, st);
      append(x, y, line, upper, st[0], st[1]);
      append(x, y, line, lower, st[1], st[0]);
    }
    XYSeries s = series(chart, name, part, x, y, XYSeriesRenderStyle.PolygonArea);
    s.setLineStyle(SeriesLines.NONE);
    s.setLineColor(colour);
    s.setFillColor(Palette.withAlpha(colour, alpha));
    s.setShowInLegend(false);
  }

  /** The line over the stretches, with a NaN point between stretches so they are not joined. */
  private static XYSeries addLine(
      XYChart chart, String name, Part part, Series line, List<int[]> stretches) {
    List<Date> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    double[] values = line.values();
    for (int[] st : stretches) {
      separate(x, y, line, st);
      append(x, y, line, values, st[0], st[1]);
    }
    return series(chart, name, part, x, y, XYSeriesRenderStyle.Line);
  }

  /**
   * Before every stretch but the first, a NaN point on its first day so stretches are not joined.
   */
  private static void separate(List<Date> x, List<Double> y, Series line, int[] stretch) {
    if (!x.isEmpty()) {
      x.add(Dates.toDate(line.dates().get(stretch[0])));
      y.add(Double.NaN);
    }
  }

  /** The points of {@code values} from day index {@code from} to {@code to}, either direction. */
  private static void append(
      List<Date> x, List<Double> y, Series line, double[] values, int from, int to) {
    int step = from <= to ? 1 : -1;
    for (int i = from; i != to + step; i += step) {
      x.add(Dates.toDate(line.dates().get(i)));
      y.add(values[i]);
    }
  }

  /**
   * The line inside its gaps, dashed. XChart strokes each segment of a line on its own, restarting
   * the dash pattern, so a daily line would look solid: the gap line keeps only days about {@code
   * dashDays} apart (about 10 pixels; always the first and last day of each gap), and each segment
   * is stroked as a 6-pixel dash followed by space.
   */
  private static void addGap(
      XYChart chart, String name, Series line, List<int[]> stretches, Color colour, int dashDays) {
    List<Date> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int[] st : stretches) {
      if (!x.isEmpty()) {
        x.add(Dates.toDate(line.dates().get(st[0])));
        y.add(Double.NaN);
      }
      long lastKept = Long.MIN_VALUE;
      for (int i = st[0]; i <= st[1]; i++) {
        long day = line.dates().get(i).toEpochDay();
        boolean end = i == st[1];
        boolean nearEnd = line.dates().get(st[1]).toEpochDay() - day < dashDays / 2;
        if (i == st[0] || end || (day - lastKept >= dashDays && !nearEnd)) {
          x.add(Dates.toDate(line.dates().get(i)));
          y.add(line.values()[i]);
          lastKept = day;
        }
      }
    }
    XYSeries s = series(chart, name, Part.GAP, x, y, XYSeriesRenderStyle.Line);
    s.setLineColor(Palette.darker(colour));
    s.setLineStyle(
        new BasicStroke(
            2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 1000f}, 0f));
    s.setShowInLegend(false);
  }

  private static XYSeries addRange(XYChart chart, String name, PublishedRange r, Color colour) {
    Date from = Dates.toDate(r.from());
    Date to = Dates.toDate(r.to());
    XYSeries s =
        series(
            chart,
            name,
            TrendChart.rangeSeriesName(name, r.label()),
            List.of(from, from, to, to, from),
            List.of(r.low(), r.high(), r.high(), r.low(), r.low()),
            XYSeriesRenderStyle.PolygonArea);
    s.setLineColor(colour);
    s.setLineStyle(new BasicStroke(1.2f));
    s.setFillColor(Palette.withAlpha(colour, 0.25));
    return s;
  }

  private static void addIntervals(XYChart chart, String name, TrendOption o, Color colour) {
    Series iv = o.intervals();
    int n = iv.dates().size();
    List<Date> x = new ArrayList<>(3 * n);
    List<Double> y = new ArrayList<>(3 * n);
    for (int i = 0; i < n; i++) {
      Date day = Dates.toDate(iv.dates().get(i));
      x.addAll(List.of(day, day, day));
      y.addAll(List.of(iv.lower()[i], iv.upper()[i], Double.NaN));
    }
    XYSeries s = series(chart, name, Part.INTERVALS, x, y, XYSeriesRenderStyle.Line);
    s.setLineColor(Palette.withAlpha(colour, 0.5));
    s.setLineStyle(new BasicStroke(1.2f));
    s.setShowInLegend(o.legendPart() == Part.INTERVALS);
  }

  private static void addPoints(
      XYChart chart, String name, TrendOption o, Color colour, int chartDots) {
    Series p = o.points();
    XYSeries s = series(chart, name, Part.POLLS, dates(p), values(p), XYSeriesRenderStyle.Scatter);
    s.setMarker(SeriesMarkers.CIRCLE);
    s.setMarkerColor(Palette.withAlpha(colour, dotOpacity(o, chartDots)));
    s.setLineColor(colour);
    s.setShowInLegend(o.legendPart() == Part.POLLS);
  }

  /**
   * The opacity of an option's dots. Few dots are nearly opaque (0.9); the more dots the chart has
   * in all, the lighter each one, 0.9·√(100/n) for n dots, so thousands stay visible as a cloud
   * (where dots pile up they add up to a dark patch) without hiding the lines and bands drawn with
   * them; under the option's own trend line they are lighter still, at most 0.55·√(50/n) for the
   * option's n dots. Never below 0.2 (0.12 under a line), so a lone poll is not lost.
   */
  static double dotOpacity(TrendOption o, int chartDots) {
    double alone = Math.max(0.2, Math.min(0.9, 0.9 * Math.sqrt(100.0 / chartDots)));
    if (o.line() == null) {
      return alone;
    }
    int n = o.points().values().length;
    return Math.min(alone, Math.max(0.12, Math.min(0.55, 0.55 * Math.sqrt(50.0 / n))));
  }

  /**
   * The diameter of the dots in pixels: 7 for up to 100 dots on the chart, then 7·(100/n)^¼, at
   * least 3 (about 3.5 for 1,500 dots, 3 from about 3,000).
   */
  static int dotSize(int chartDots) {
    if (chartDots <= 100) {
      return 7;
    }
    return (int) Math.max(3, Math.round(7 * Math.pow(100.0 / chartDots, 0.25)));
  }

  private static void addTrend(
      XYChart chart, String name, Series line, List<int[]> stretches, Color colour) {
    XYSeries s = addLine(chart, name, Part.TREND, line, stretches);
    s.setLineColor(Palette.darker(colour));
    s.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    s.setShowInLegend(true);
  }

  /** Adds a series without markers, labelled with the option's name. */
  private static XYSeries series(
      XYChart chart,
      String name,
      String seriesName,
      List<Date> x,
      List<Double> y,
      XYSeriesRenderStyle style) {
    XYSeries s = chart.addSeries(seriesName, x, y);
    s.setXYSeriesRenderStyle(style);
    s.setMarker(SeriesMarkers.NONE);
    s.setLabel(name);
    return s;
  }

  private static XYSeries series(
      XYChart chart,
      String name,
      Part part,
      List<Date> x,
      List<Double> y,
      XYSeriesRenderStyle style) {
    return series(chart, name, TrendChart.seriesName(name, part), x, y, style);
  }

  private static List<Date> dates(Series s) {
    return s.dates().stream().map(Dates::toDate).toList();
  }

  private static List<Double> values(Series s) {
    return DoubleStream.of(s.values()).boxed().toList();
  }
}
