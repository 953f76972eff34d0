package io.github.pollkit.bench;

import io.github.pollkit.chart.ToplineChart;
import io.github.pollkit.chart.TrendChart;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Building and rendering the Ukraine NATO trend chart: 26 referendum polls (support and oppose,
 * rows of data/ukraine-nato/ukraine-nato-membership.csv with base "all respondents"), Wald 95%
 * intervals where n is known, a line and band per option through yearly means / min–max, the
 * published 1995–2004 range as a box, two events, title and a three-line caption; 1000 × 600 px.
 * The peers (src/bench/peer/) draw the same chart with matplotlib and with R base graphics.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TrendChartBench {

  /** fieldEnd (y, m, d), support, oppose, sample size (0 = not reported). */
  private static final double[][] POLLS = {
    {2006, 9, 17, 21.5, 60.2, 2010},
    {2008, 4, 25, 22.3, 54.9, 2000},
    {2012, 4, 4, 15, 62, 2009},
    {2015, 6, 13, 40, 32, 2000},
    {2016, 6, 14, 39, 32, 2400},
    {2016, 9, 26, 39, 31, 2040},
    {2018, 3, 31, 43, 33, 2400},
    {2018, 6, 21, 41.1, 30.7, 2005},
    {2018, 10, 14, 45, 31, 2400},
    {2018, 12, 18, 45.5, 29.4, 2000},
    {2019, 6, 23, 53, 29, 2400},
    {2019, 12, 10, 51.2, 30.1, 0},
    {2019, 12, 17, 52, 30, 2500},
    {2020, 1, 27, 46.2, 31.5, 2000},
    {2020, 7, 28, 47.7, 32.8, 4000},
    {2020, 8, 15, 46.8, 33.3, 3012},
    {2020, 9, 28, 52.5, 30.5, 2000},
    {2021, 3, 21, 48, 28, 2400},
    {2021, 12, 16, 59.2, 28.1, 1203},
    {2022, 6, 19, 76, 10, 1200},
    {2022, 7, 20, 71, 7, 2000},
    {2022, 10, 2, 83, 4, 2000},
    {2023, 1, 16, 86, 3, 1000},
    {2023, 9, 12, 79, 5, 2000},
    {2023, 11, 23, 77, 5, 1000},
    {2024, 2, 21, 77, 5, 2000}
  };

  private static final String CAPTION =
      "Question: if a referendum on joining NATO were held, how would you vote? Shares of all"
          + " respondents; dots are polls (dated by end of fieldwork) with 95% margins of error"
          + " where the sample size is known; lines join each year's mean on 1 July, bands span"
          + " that year's polls; the box is a published summary, not a poll. Sources: Sofia,"
          + " FOM-Ukraine, DIF, Razumkov, Rating, IRI, KIIS, SOCIS, SMC, Gorshenin.";

  static TrendChart trendChart() {
    TrendChart chart =
        TrendChart.create()
            .title("Should Ukraine join NATO?")
            .yLabel("Share of respondents (%)")
            .caption(CAPTION)
            .yRange(0, 100)
            .size(1000, 600)
            .range(
                "support",
                "published range, 1990s–early 2000s",
                LocalDate.of(1995, 1, 1),
                LocalDate.of(2004, 12, 31),
                20,
                25)
            .event(LocalDate.of(2014, 3, 18), "Crimea annexed")
            .event(LocalDate.of(2022, 2, 24), "Full-scale invasion");
    return addOption(addOption(chart, "support", 3), "oppose", 4);
  }

  private static TrendChart addOption(TrendChart chart, String option, int column) {
    List<LocalDate> dates = new ArrayList<>();
    double[] shares = new double[POLLS.length];
    List<LocalDate> ivDates = new ArrayList<>();
    List<Double> lower = new ArrayList<>();
    List<Double> upper = new ArrayList<>();
    for (int i = 0; i < POLLS.length; i++) {
      double[] p = POLLS[i];
      LocalDate day = LocalDate.of((int) p[0], (int) p[1], (int) p[2]);
      dates.add(day);
      shares[i] = p[column];
      if (p[5] > 0) {
        double moe = 1.959964 * Math.sqrt(p[column] * (100 - p[column]) / p[5]);
        ivDates.add(day);
        lower.add(p[column] - moe);
        upper.add(p[column] + moe);
      }
    }
    TrendChart withPolls = chart.points(option, dates, shares);
    TrendChart withIntervals =
        withPolls.intervals(
            option,
            ivDates,
            lower.stream().mapToDouble(Double::doubleValue).toArray(),
            upper.stream().mapToDouble(Double::doubleValue).toArray());
    List<LocalDate> years = new ArrayList<>();
    List<double[]> stats = new ArrayList<>();
    for (int i = 0; i < POLLS.length; ) {
      int year = (int) POLLS[i][0];
      double sum = 0;
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      int n = 0;
      for (; i < POLLS.length && (int) POLLS[i][0] == year; i++, n++) {
        sum += shares[i];
        min = Math.min(min, shares[i]);
        max = Math.max(max, shares[i]);
      }
      years.add(LocalDate.of(year, 7, 1));
      stats.add(new double[] {sum / n, min, max});
    }
    return withIntervals.line(
        option,
        years,
        stats.stream().mapToDouble(s -> s[0]).toArray(),
        stats.stream().mapToDouble(s -> s[1]).toArray(),
        stats.stream().mapToDouble(s -> s[2]).toArray());
  }

  /** Builder calls and validation, then the XChart chart (no drawing). */
  @Benchmark
  public Object trendChartBuild() {
    return trendChart().toXChart();
  }

  /** Build and encode a 1000 × 600 PNG in memory (the work of savePng without the disk). */
  @Benchmark
  public byte[] trendChartPng() throws IOException {
    return BitmapEncoder.getBitmapBytes(trendChart().toXChart(), BitmapEncoder.BitmapFormat.PNG);
  }

  /** Build and write an SVG document in memory. */
  @Benchmark
  public int trendChartSvg() throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    VectorGraphicsEncoder.saveVectorGraphic(
        trendChart().toXChart(), out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    return out.size();
  }

  /** A three-group topline bar chart with error bars, 900 × 500 PNG in memory. */
  @Benchmark
  public byte[] toplineChartPng() throws IOException {
    String[] options = {"support", "oppose", "undecided", "would not vote"};
    double[] kiis = {41.1, 30.7, 15.7, 12.2};
    double[] socis = {45.5, 29.4, 16.6, 8.5};
    double[] iri = {53, 29, 14, 4};
    ToplineChart chart =
        ToplineChart.create()
            .title("If a referendum on joining NATO were held, how would you vote?")
            .yLabel("Share of respondents (%)")
            .options(options)
            .group("KIIS, June 2018", kiis, margins(kiis, 2005))
            .group("SOCIS, Dec 2018", socis, margins(socis, 2000))
            .group("Rating/IRI, June 2019", iri, margins(iri, 2400))
            .caption("All respondents. Error bars: 95% margins of error.")
            .size(900, 500);
    return BitmapEncoder.getBitmapBytes(chart.toXChart(), BitmapEncoder.BitmapFormat.PNG);
  }

  private static double[] margins(double[] shares, int n) {
    double[] m = new double[shares.length];
    for (int i = 0; i < m.length; i++) {
      m[i] = 1.959964 * Math.sqrt(shares[i] * (100 - shares[i]) / n);
    }
    return m;
  }
}
