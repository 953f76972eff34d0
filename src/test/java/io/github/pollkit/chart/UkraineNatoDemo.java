package io.github.pollkit.chart;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Real data for chart tests, read from {@code data/ukraine-nato/ukraine-nato-membership.csv}: the
 * 26 referendum rows with base "all respondents", a field end date and both a support and an oppose
 * share (poll_id, field_end, support, oppose, sample_size; 0 where the source gives no sample
 * size), and the published 1995–2004 range of 20–25% support (row {@code various-1995-2004}).
 */
final class UkraineNatoDemo {
  private UkraineNatoDemo() {}

  record Poll(String id, LocalDate fieldEnd, double support, double oppose, int sampleSize) {}

  static final Path FILE = Path.of("data/ukraine-nato/ukraine-nato-membership.csv");

  private static final Table ROWS =
      Table.read()
          .usingOptions(
              CsvReadOptions.builder(FILE.toFile())
                  .columnTypes(c -> ColumnType.STRING)
                  .missingValueIndicator("")
                  .build());

  static final List<Poll> POLLS = referendumPolls();

  private static final Row RANGE = row("various-1995-2004");
  static final LocalDate RANGE_FROM = LocalDate.parse(RANGE.getString("field_start"));
  static final LocalDate RANGE_TO = LocalDate.parse(RANGE.getString("field_end"));
  static final double RANGE_LOW = Double.parseDouble(RANGE.getString("support_low"));
  static final double RANGE_HIGH = Double.parseDouble(RANGE.getString("support_high"));

  private static List<Poll> referendumPolls() {
    List<Poll> polls = new ArrayList<>();
    for (int r = 0; r < ROWS.rowCount(); r++) {
      Row row = ROWS.row(r);
      if (row.getString("base").equals("all respondents")
          && row.getString("question_group").equals("referendum")
          && !row.getString("field_end").isEmpty()
          && !row.getString("support").isEmpty()
          && !row.getString("oppose").isEmpty()) {
        String n = row.getString("sample_size");
        polls.add(
            new Poll(
                row.getString("poll_id"),
                LocalDate.parse(row.getString("field_end")),
                Double.parseDouble(row.getString("support")),
                Double.parseDouble(row.getString("oppose")),
                n.isEmpty() ? 0 : Integer.parseInt(n)));
      }
    }
    if (polls.size() != 26) {
      throw new IllegalStateException(
          "expected the 26 referendum polls in " + FILE + ", read " + polls.size());
    }
    return List.copyOf(polls);
  }

  /**
   * A poll's shares in the order of a topline chart: support, oppose, undecided, would_not_vote.
   */
  static double[] toplineShares(String pollId) {
    Row row = row(pollId);
    return new double[] {
      Double.parseDouble(row.getString("support")),
      Double.parseDouble(row.getString("oppose")),
      Double.parseDouble(row.getString("undecided")),
      Double.parseDouble(row.getString("would_not_vote"))
    };
  }

  /** A poll's sample size. */
  static int sampleSize(String pollId) {
    return Integer.parseInt(row(pollId).getString("sample_size"));
  }

  private static Row row(String pollId) {
    for (int r = 0; r < ROWS.rowCount(); r++) {
      if (ROWS.row(r).getString("poll_id").equals(pollId)) {
        return ROWS.row(r);
      }
    }
    throw new IllegalStateException("no row " + pollId + " in " + FILE);
  }

  static final String CAPTION =
      "Question: if a referendum on joining NATO were held, how would you vote? Shares of all"
          + " respondents; dots are polls (dated by end of fieldwork) with 95% margins of error"
          + " where the sample size is known; lines join each year's mean on 1 July, bands span"
          + " that year's polls; the box is a published summary, not a poll. Sources: Sofia,"
          + " FOM-Ukraine, DIF, Razumkov, Rating, IRI, KIIS, SOCIS, SMC, Gorshenin.";

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
