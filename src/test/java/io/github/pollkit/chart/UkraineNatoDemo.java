package io.github.pollkit.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Real data for chart tests: the 26 referendum rows of {@code
 * data/ukraine-nato/ukraine-nato-membership.csv} with base "all respondents", a field end date and
 * both a support and an oppose share (copied by hand: poll_id, field_end, support, oppose,
 * sample_size; 0 where the source gives no sample size), and the published 1995–2004 range of
 * 20–25% support (row {@code various-1995-2004}).
 */
final class UkraineNatoDemo {
  private UkraineNatoDemo() {}

  record Poll(String id, LocalDate fieldEnd, double support, double oppose, int sampleSize) {}

  static final List<Poll> POLLS =
      List.of(
          poll("sofia-2006-09", 2006, 9, 17, 21.5, 60.2, 2010),
          poll("fom-2008-04", 2008, 4, 25, 22.3, 54.9, 2000),
          poll("dif-razumkov-2012-04", 2012, 4, 4, 15, 62, 2009),
          poll("rating-2015-06", 2015, 6, 13, 40, 32, 2000),
          poll("rating-iri-2016-06", 2016, 6, 14, 39, 32, 2400),
          poll("kiis-2016-09", 2016, 9, 26, 39, 31, 2040),
          poll("rating-iri-2018-03", 2018, 3, 31, 43, 33, 2400),
          poll("kiis-2018-06", 2018, 6, 21, 41.1, 30.7, 2005),
          poll("rating-iri-2018-09", 2018, 10, 14, 45, 31, 2400),
          poll("socis-2018-12", 2018, 12, 18, 45.5, 29.4, 2000),
          poll("rating-iri-2019-06", 2019, 6, 23, 53, 29, 2400),
          poll("gorshenin-fes-2019-12", 2019, 12, 10, 51.2, 30.1, 0),
          poll("rating-2019-12", 2019, 12, 17, 52, 30, 2500),
          poll("socis-2020-01", 2020, 1, 27, 46.2, 31.5, 2000),
          poll("socis-razumkov-2020-07", 2020, 7, 28, 47.7, 32.8, 4000),
          poll("smc-2020-08", 2020, 8, 15, 46.8, 33.3, 3012),
          poll("socis-2020-09", 2020, 9, 28, 52.5, 30.5, 2000),
          poll("rating-iri-2021-03", 2021, 3, 21, 48, 28, 2400),
          poll("kiis-2021-12", 2021, 12, 16, 59.2, 28.1, 1203),
          poll("rating-2022-06", 2022, 6, 19, 76, 10, 1200),
          poll("kiis-2022-07", 2022, 7, 20, 71, 7, 2000),
          poll("rating-2022-10", 2022, 10, 2, 83, 4, 2000),
          poll("rating-2023-01", 2023, 1, 16, 86, 3, 1000),
          poll("rating-iri-2023-09", 2023, 9, 12, 79, 5, 2000),
          poll("rating-2023-11", 2023, 11, 23, 77, 5, 1000),
          poll("rating-iri-2024-02", 2024, 2, 21, 77, 5, 2000));

  static final LocalDate RANGE_FROM = LocalDate.of(1995, 1, 1);
  static final LocalDate RANGE_TO = LocalDate.of(2004, 12, 31);
  static final double RANGE_LOW = 20;
  static final double RANGE_HIGH = 25;

  static final String CAPTION =
      "Question: if a referendum on joining NATO were held, how would you vote? Shares of all"
          + " respondents; dots are polls (dated by end of fieldwork) with 95% margins of error"
          + " where the sample size is known; lines join each year's mean on 1 July, bands span"
          + " that year's polls; the box is a published summary, not a poll. Sources: Sofia,"
          + " FOM-Ukraine, DIF, Razumkov, Rating, IRI, KIIS, SOCIS, SMC, Gorshenin.";

  private static Poll poll(String id, int y, int m, int d, double support, double oppose, int n) {
    return new Poll(id, LocalDate.of(y, m, d), support, oppose, n);
  }

  static List<LocalDate> dates() {
    return POLLS.stream().map(Poll::fieldEnd).toList();
  }

  static double[] support() {
    return POLLS.stream().mapToDouble(Poll::support).toArray();
  }

  static double[] oppose() {
    return POLLS.stream().mapToDouble(Poll::oppose).toArray();
  }

  /** Polls with a sample size. */
  static List<Poll> withSampleSize() {
    return POLLS.stream().filter(p -> p.sampleSize() > 0).toList();
  }

  /**
   * Half-width of the Wald 95% interval of a share p (points) from n respondents, in points:
   * 1.959964 * sqrt(p (100 - p) / n) (simple random sampling, no design effect).
   */
  static double waldMargin(double share, int n) {
    return 1.959964 * Math.sqrt(share * (100 - share) / n);
  }

  /**
   * Per calendar year with polls: {mean, min, max} of the given shares, keyed by year. A plain
   * summary for drawing a demo line and band, not a trend estimate.
   */
  static TreeMap<Integer, double[]> yearly(double[] shares) {
    TreeMap<Integer, List<Double>> byYear = new TreeMap<>();
    for (int i = 0; i < POLLS.size(); i++) {
      byYear
          .computeIfAbsent(POLLS.get(i).fieldEnd().getYear(), y -> new ArrayList<>())
          .add(shares[i]);
    }
    TreeMap<Integer, double[]> summary = new TreeMap<>();
    for (Map.Entry<Integer, List<Double>> e : byYear.entrySet()) {
      List<Double> v = e.getValue();
      summary.put(
          e.getKey(),
          new double[] {
            v.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
            v.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
            v.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
          });
    }
    return summary;
  }

  /** The full demo chart: both options, intervals, yearly lines and bands, range, two events. */
  static TrendChart chart() {
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
                RANGE_FROM,
                RANGE_TO,
                RANGE_LOW,
                RANGE_HIGH)
            .event(LocalDate.of(2014, 3, 18), "Crimea annexed")
            .event(LocalDate.of(2022, 2, 24), "Full-scale invasion");
    return addOption(addOption(chart, "support", support()), "oppose", oppose());
  }

  private static TrendChart addOption(TrendChart chart, String option, double[] shares) {
    TrendChart withPolls = chart.points(option, dates(), shares);
    List<LocalDate> ivDates = new ArrayList<>();
    List<double[]> bounds = new ArrayList<>();
    for (int i = 0; i < POLLS.size(); i++) {
      Poll p = POLLS.get(i);
      if (p.sampleSize() > 0) {
        double moe = waldMargin(shares[i], p.sampleSize());
        ivDates.add(p.fieldEnd());
        bounds.add(new double[] {shares[i] - moe, shares[i] + moe});
      }
    }
    TrendChart withIntervals =
        withPolls.intervals(
            option,
            ivDates,
            bounds.stream().mapToDouble(b -> b[0]).toArray(),
            bounds.stream().mapToDouble(b -> b[1]).toArray());
    TreeMap<Integer, double[]> yearly = yearly(shares);
    return withIntervals.line(
        option,
        yearly.keySet().stream().map(y -> LocalDate.of(y, 7, 1)).toList(),
        yearly.values().stream().mapToDouble(v -> v[0]).toArray(),
        yearly.values().stream().mapToDouble(v -> v[1]).toArray(),
        yearly.values().stream().mapToDouble(v -> v[2]).toArray());
  }
}
