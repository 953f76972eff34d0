import io.github.pollkit.PollSet;
import io.github.pollkit.Polls;
import io.github.pollkit.SampleAccounting;
import io.github.pollkit.SmoothedTrend;
import io.github.pollkit.Smoother;
import io.github.pollkit.Smoothers;
import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.Poll;
import io.github.pollkit.trend.KalmanSmoother;
import io.github.pollkit.trend.PollAverage;
import io.github.pollkit.trend.PollObservations;
import io.github.pollkit.trend.RealTimeAverage;
import io.github.pollkit.trend.RollingAverage;
import io.github.pollkit.trend.TrendBand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The validation harness shared by {@code TrumpApprovalExample} and {@code ApprovalValidation}:
 * FiveThirtyEight's Trump approval poll lists, the real-time averages compared, and the score.
 *
 * <p><b>Score.</b> The mean absolute difference between an average's {@code estimate} of approval
 * and 538's published {@code approve_estimate}, over every day of 538's topline for the list ("All
 * polls", "Voters" or "Adults"). Only the raw {@code approve} values, field dates, pollsters and
 * sample sizes of the poll list are used; 538's {@code weight}, {@code influence} and {@code
 * adjusted_*} columns are not. Every average is real time: its value on day d uses only polls whose
 * field ended on or before d (a poll is placed at its field end, as 538 places it).
 *
 * <p><b>Days without an estimate.</b> A method that has no estimate yet on a scored day (the
 * real-time engine before its first estimation) is given the plain trailing 14-day mean on that
 * day; the number of such days is reported beside the score. The rule was fixed before any score
 * was computed.
 */
final class ApprovalAverages {
  private ApprovalAverages() {}

  static final Path POLL_LIST = Path.of("data/trump-approval/approval_polllist.csv");
  static final Path TOPLINE = Path.of("data/trump-approval/approval_topline.csv");
  static final List<String> LISTS = List.of("All polls", "Voters", "Adults");

  /** One day of an average: estimate and 95% band. */
  record Day(double estimate, double lower, double upper) {}

  /** A named real-time average of approval. */
  record Method(String name, Function<PollSet, Map<LocalDate, Day>> average) {}

  /**
   * A score: the mean and largest absolute difference from 538 over its topline days, the number of
   * days, of days given the 14-day mean, and the share of days on which 538's line lies inside the
   * average's 95% band.
   */
  record Score(
      double meanAbsoluteDifference, double max, int days, int fallbackDays, double inBand) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.2f", meanAbsoluteDifference);
    }
  }

  /** The polls of one of 538's lists, approve only. */
  static PollSet polls(String list) {
    ReadOptions options =
        ReadOptions.builder().datePattern("M/d/yyyy").options("approve", "disapprove").build();
    return Polls.read(POLL_LIST, options)
        .where(p -> p.extras().get("subgroup").equals(list))
        .option("approve");
  }

  /** 538's published average of approval for one list: model date → approve_estimate. */
  static Map<LocalDate, Double> published(String list) {
    Table topline =
        Table.read()
            .usingOptions(
                CsvReadOptions.builder(TOPLINE.toFile())
                    .columnTypes(name -> ColumnType.STRING)
                    .build());
    DateTimeFormatter us = DateTimeFormatter.ofPattern("M/d/yyyy");
    Map<LocalDate, Double> byDay = new TreeMap<>();
    for (Row r : topline) {
      if (r.getString("subgroup").equals(list)) {
        byDay.put(
            LocalDate.parse(r.getString("modeldate"), us),
            Double.parseDouble(r.getString("approve_estimate")));
      }
    }
    return byDay;
  }

  /**
   * The plain trailing 14-day mean: every poll ended on day d or in the 13 days before, equally.
   */
  static final Method FOURTEEN_DAY_MEAN =
      new Method(
          "trailing 14-day mean",
          polls ->
              daily(
                  polls
                      .smooth(
                          Smoothers.rollingAverage(
                              RollingAverage.builder()
                                  .windowDays(13) // ages 0..13: 14 days, both ends included
                                  .mode(RollingAverage.Mode.REAL_TIME)
                                  .build()))
                      .get("approve")));

  /**
   * pollkit 0.1's {@code Smoothers.kalmanRealTime()}: the forward filter of the local-level model
   * whose variances are estimated by maximum likelihood from all polls (later ones included),
   * published n.
   */
  static final Method OLD_KALMAN =
      new Method("Kalman filter, variances from all polls (0.1)", polls -> filtered(polls));

  /** The same filter with each respondent counted once. */
  static final Method OLD_KALMAN_COUNTED_ONCE =
      new Method(
          "Kalman filter, variances from all polls (0.1), each respondent once",
          polls -> filtered(polls.countingEachRespondentOnce()));

  /** Today's honest real-time Kalman filter: variances re-estimated weekly from past polls. */
  static final Method KALMAN_REAL_TIME =
      new Method(
          "Kalman real-time (variances from past polls), each respondent once",
          polls -> smoothed(polls.countingEachRespondentOnce(), Smoothers.kalmanRealTime()));

  /** The filtered level of {@link KalmanSmoother} on polls placed at their field end. */
  static Map<LocalDate, Day> filtered(PollSet polls) {
    List<Poll> list = polls.polls().stream().filter(p -> p.fieldEnd() != null).toList();
    int m = list.size();
    int[] day = new int[m];
    double[] share = new double[m];
    double[] n = new double[m];
    for (int i = 0; i < m; i++) {
      Poll p = list.get(i);
      day[i] = Math.toIntExact(p.fieldEnd().toEpochDay());
      share[i] = p.shares().get("approve").value();
      n[i] = SampleAccounting.effectiveSampleSize(p);
    }
    return daily(KalmanSmoother.builder().build().smooth(day, share, n).filtered());
  }

  /**
   * The real-time poll average with house effects ({@link PollAverage}: a daily random-walk level
   * and per-pollster offsets estimated jointly, every variance by maximum likelihood from the polls
   * known on each weekly re-estimation day), with or without house effects, with the published or
   * the effective sample sizes.
   */
  static Method engine(boolean houseEffects, boolean countedOnce) {
    return engine(houseEffects, countedOnce ? SampleAccounting.standard() : null, false);
  }

  /**
   * As {@link #engine(boolean, boolean)}, with the given sample accounting rules (null: published
   * n) and, if {@code populations}, an offset per population (adults, registered, likely voters)
   * beside the house effects when the list holds more than one.
   */
  static Method engine(boolean houseEffects, SampleAccounting accounting, boolean populations) {
    boolean countedOnce = accounting != null;
    String name =
        "poll average, "
            + (houseEffects ? "house effects" : "no house effects")
            + (!countedOnce
                ? ", published n"
                : accounting.equals(SampleAccounting.standard())
                    ? ", each respondent once"
                    : ", each respondent once by field dates alone")
            + (populations ? ", population offsets" : "");
    PollAverage average = PollAverage.builder().houseEffects(houseEffects).build();
    if (!populations) {
      // the fluent way: pollkit's facade, polls at their field end, effective n where accounted
      return new Method(
          name,
          polls ->
              smoothed(
                  countedOnce ? accounting.apply(polls).polls() : polls,
                  Smoothers.averageRealTime(average)));
    }
    return new Method(
        name,
        polls -> {
          List<Poll> list =
              (countedOnce ? accounting.apply(polls).polls() : polls)
                  .polls().stream().filter(p -> p.fieldEnd() != null).toList();
          int m = list.size();
          int[] day = new int[m];
          double[] share = new double[m];
          double[] n = new double[m];
          String[] pollster = new String[m];
          String[] population = new String[m];
          for (int i = 0; i < m; i++) {
            Poll p = list.get(i);
            day[i] = Math.toIntExact(p.fieldEnd().toEpochDay()); // known from its field end
            share[i] = p.shares().get("approve").value();
            n[i] = SampleAccounting.effectiveSampleSize(p); // the published n unless accounted
            pollster[i] = p.pollster();
            population[i] = p.population().isBlank() ? "unknown" : p.population();
          }
          PollObservations observations = PollObservations.ofShares(day, share, n, pollster);
          if (populations && java.util.Arrays.stream(population).distinct().count() > 1) {
            observations = observations.withGroups(population);
          }
          RealTimeAverage r = average.realTime(observations);
          TrendBand band = r.band(0.95);
          Map<LocalDate, Day> out = new TreeMap<>();
          double[] est = band.estimate();
          double[] lower = band.lower();
          double[] upper = band.upper();
          List<LocalDate> dates = band.dates();
          for (int t = 0; t < est.length; t++) {
            out.put(dates.get(t), new Day(est[t], lower[t], upper[t]));
          }
          return out;
        });
  }

  /**
   * The pre-registered variant with population offsets. The example publishes the poll average with
   * house effects, each respondent counted once (538's tracking flag), as specified for issue 8
   * before any score was computed; population offsets were also tried, pre-registered before
   * scoring, and are reported in {@code VALIDATION.md} with why they are not used.
   */
  static final Method WITH_POPULATION_OFFSETS = engine(true, SampleAccounting.standard(), true);

  /** The averages compared in {@code VALIDATION.md}, in the order of its table. */
  static List<Method> methods() {
    return List.of(
        FOURTEEN_DAY_MEAN,
        OLD_KALMAN,
        OLD_KALMAN_COUNTED_ONCE,
        KALMAN_REAL_TIME,
        engine(false, false),
        engine(false, true),
        engine(true, false),
        engine(true, true),
        engine(true, SampleAccounting.fromFieldDates(), false),
        engine(true, null, true),
        WITH_POPULATION_OFFSETS);
  }

  static Map<LocalDate, Day> smoothed(PollSet polls, Smoother smoother) {
    return daily(polls.smooth(smoother).get("approve"));
  }

  static Map<LocalDate, Day> daily(SmoothedTrend line) {
    return daily(line.band());
  }

  static Map<LocalDate, Day> daily(TrendBand band) {
    Map<LocalDate, Day> out = new TreeMap<>();
    double[] est = band.estimate();
    double[] lo = band.lower();
    double[] hi = band.upper();
    List<LocalDate> days = band.dates();
    for (int i = 0; i < days.size(); i++) {
      out.put(days.get(i), new Day(est[i], lo[i], hi[i]));
    }
    return out;
  }

  /**
   * The average on every one of 538's days: the method's estimate, or the trailing 14-day mean on a
   * day where the method has none.
   */
  static Map<LocalDate, Day> onPublishedDays(
      Map<LocalDate, Day> average, Map<LocalDate, Day> fallback, Map<LocalDate, Double> published) {
    Map<LocalDate, Day> out = new TreeMap<>();
    for (LocalDate d : published.keySet()) {
      Day day = average.get(d);
      if (day == null || Double.isNaN(day.estimate())) {
        day = fallback.get(d);
      }
      if (day == null || Double.isNaN(day.estimate())) {
        throw new IllegalStateException("no estimate on " + d);
      }
      out.put(d, day);
    }
    return out;
  }

  static Score score(
      Map<LocalDate, Day> average, Map<LocalDate, Day> fallback, Map<LocalDate, Double> published) {
    double sum = 0;
    double max = 0;
    int fallbackDays = 0;
    int inBand = 0;
    for (Map.Entry<LocalDate, Double> e : published.entrySet()) {
      Day day = average.get(e.getKey());
      if (day == null || Double.isNaN(day.estimate())) {
        day = fallback.get(e.getKey());
        fallbackDays++;
      }
      double d = Math.abs(day.estimate() - e.getValue());
      inBand += day.lower() <= e.getValue() && e.getValue() <= day.upper() ? 1 : 0;
      sum += d;
      max = Math.max(max, d);
    }
    return new Score(
        sum / published.size(),
        max,
        published.size(),
        fallbackDays,
        (double) inBand / published.size());
  }

  /** Writes {@code date,estimate,lower,upper}, one row per day given. */
  static Path writeCsv(Map<LocalDate, Day> days, Path file) {
    List<String> lines = new ArrayList<>();
    lines.add("date,estimate,lower,upper");
    days.forEach(
        (d, v) ->
            lines.add(
                String.format(
                    Locale.ROOT, "%s,%.4f,%.4f,%.4f", d, v.estimate(), v.lower(), v.upper())));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
