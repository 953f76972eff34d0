import io.github.pollkit.LinearTrendResult;
import io.github.pollkit.PollChart;
import io.github.pollkit.PollSet;
import io.github.pollkit.Polls;
import io.github.pollkit.Smoother;
import io.github.pollkit.Smoothers;
import io.github.pollkit.Smoothing;
import io.github.pollkit.model.DatePlacement;
import io.github.pollkit.model.Poll;
import io.github.pollkit.stats.Proportions;
import io.github.pollkit.trend.PollAverage;
import io.github.pollkit.trend.PollAverageFit;
import io.github.pollkit.trend.TrendBand;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The flagship example: Ukrainian public support for joining NATO, from the bundled, sourced poll
 * file {@code data/ukraine-nato/ukraine-nato-membership.csv}.
 *
 * <p>It keeps the polls that asked how people would vote in a referendum on NATO membership, leaves
 * out the four series that are shares of only "those who would vote", adds the published range
 * "20–25% in the 1990s and early 2000s", prints the linear trend of support per year and the poll
 * average with two declared breaks, reports what declaring the breaks changes in the longest
 * stretches without polls, and draws the chart {@code charts/ukraine-nato-membership.png}.
 *
 * <p>Run from the repository root: {@code mvn -q test-compile exec:java@ukraine-nato}. An argument
 * names another output directory.
 */
public final class UkraineNatoExample {

  /**
   * 20 February 2014: the deadliest day of the Maidan protests in Kyiv; President Yanukovych fled
   * two days later and Russian forces began seizing Crimea on 27 February (annexation declared on
   * 18 March). Opinion on NATO moved within weeks: the first polls after it (Rating/IRI, March
   * 2014) show support about 20 points above the last one before it (Gorshenin, May 2013). Sources:
   * Encyclopaedia Britannica, "Euromaidan protests" and "Crimea: annexation by Russia".
   */
  static final LocalDate MAIDAN_AND_CRIMEA = LocalDate.of(2014, 2, 20);

  /**
   * 24 February 2022: Russia's full-scale invasion of Ukraine. Support for joining NATO went from
   * about 60% in the last polls before it to above 75% in the first ones after. Source:
   * Encyclopaedia Britannica, "Russia-Ukraine War".
   */
  static final LocalDate FULL_SCALE_INVASION = LocalDate.of(2022, 2, 24);

  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "charts");

    PollSet polls = Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"));
    System.out.println(polls);

    // Comparable series: the referendum question, shares of all respondents, and the published
    // range; polls sit on the time axis at the middle of their fieldwork (month-only polls at
    // mid-month, the range at its centre).
    PollSet referendum = referendum(polls);
    System.out.println(referendum);

    LinearTrendResult trend =
        referendum.questionGroup("referendum").option("support").linearTrend();
    System.out.println("Linear trend of support: " + trend);

    // The poll average (random-walk level, house effects, variances by maximum likelihood), once
    // with one drift variance for 30 years and once with the two breaks declared: on a break day
    // the level may jump by any amount, so the drift variance describes ordinary movement only.
    Smoother plain = Smoothers.average();
    Smoother withBreaks = averageWithBreaks();
    Smoothing before = referendum.option("support", "oppose").smooth(plain);
    Smoothing lines = referendum.option("support", "oppose").smooth(withBreaks);
    System.out.println(lines);
    System.out.println(lines.lead("support", "oppose"));
    reportBreaks(referendum, before.averageFit("support"), lines.averageFit("support"));
    // House effects: with some 13 pollsters and few polls each, maximum likelihood finds no
    // variance between pollsters, so every effect is 0 and the dots are drawn as published
    // (PollChart.adjustedForHouseEffects() would not move them).
    double houseVariance = lines.averageFit("support").diagnostics().houseVariance();
    System.out.printf(
        "House effects of support: variance across pollsters %.2f points² (maximum likelihood);"
            + " %s%n",
        houseVariance,
        houseVariance < 0.01
            ? "no pollster reads measurably high or low, so the polls are drawn as published"
            : "see lines.houseEffects()");

    // The June 2019 IRI/Rating poll: 53% for, 29% against, n = 2,400.
    System.out.printf(
        "June 2019: the 24-point lead is ±%.1f points (95%%); the poll's own margin"
            + " is ±%.1f%n",
        Proportions.leadMargin(53, 29, 2400, 0.95), Proportions.maxMarginOfError(2400, 0.95));

    Path png = chart(referendum, withBreaks).savePng(out.resolve("ukraine-nato-membership.png"));
    System.out.println("Wrote " + png);
  }

  /**
   * The flagship chart of the referendum polls with the poll average {@code withBreaks}, at the
   * default size (1000 × 600); {@code ChartSizesExample} draws it at other sizes.
   */
  static PollChart chart(PollSet referendum, Smoother withBreaks) {
    return referendum
        .chart()
        .options("support", "oppose")
        .smooth(withBreaks)
        .event(LocalDate.of(2008, 4, 3), "Bucharest summit")
        .event(MAIDAN_AND_CRIMEA, "Maidan, Crimea")
        .event(FULL_SCALE_INVASION, "Full-scale invasion")
        .title("Should Ukraine join NATO? How Ukrainians say they would vote in a referendum")
        .caption(
            "Dots: polls asking how respondents would vote in a referendum on NATO membership"
                + " (shares of all respondents; shares of only those who would vote are left out)."
                + " Box: 'no more than 20-25 percent' in the 1990s and early 2000s (Pifer 2020)."
                + " Lines: poll average with 95% band, free to jump at the breaks of 20 Feb 2014 and"
                + " 24 Feb 2022.")
        .source(
            "Rating, KIIS, Razumkov, DIF, IRI, SOCIS and others, row by row in"
                + " data/ukraine-nato")
        .yRange(0, 100);
  }

  /** The referendum polls of the flagship chart, placed at the middle of their fieldwork. */
  static PollSet referendum(PollSet polls) {
    return polls
        .excludingBase("would vote")
        .questionGroup("referendum", "summary")
        .placedAt(DatePlacement.MIDPOINT);
  }

  /** The poll average of the flagship chart, free to jump at the two breaks. */
  static Smoother averageWithBreaks() {
    return Smoothers.average(
        PollAverage.builder().breaks(MAIDAN_AND_CRIMEA, FULL_SCALE_INVASION).build());
  }

  /**
   * Prints the drift variance and the width of the 95% band in the middle of the two longest
   * stretches without a poll of support, without and with the breaks.
   */
  private static void reportBreaks(PollSet set, PollAverageFit plain, PollAverageFit breaks) {
    List<LocalDate> days = new ArrayList<>();
    for (Poll p : set.polls()) {
      LocalDate d = p.date(set.placement());
      if (p.shares().containsKey("support") && d != null) {
        days.add(d);
      }
    }
    days.sort(null);
    System.out.printf(
        "Drift variance q of support: %.3f points²/day with one variance for all"
            + " years, %.3f with breaks on %s and %s%n",
        plain.diagnostics().processVariance(),
        breaks.diagnostics().processVariance(),
        MAIDAN_AND_CRIMEA,
        FULL_SCALE_INVASION);
    List<LocalDate[]> gaps = new ArrayList<>();
    for (int i = 1; i < days.size(); i++) {
      gaps.add(new LocalDate[] {days.get(i - 1), days.get(i)});
    }
    gaps.sort((a, b) -> Long.compare(length(b), length(a)));
    for (LocalDate[] gap : gaps.subList(0, 2)) {
      LocalDate middle = gap[0].plusDays(length(gap) / 2);
      System.out.printf(
          "  No poll from %s to %s (%d days): 95%% band in the middle (%s) %.1f"
              + " points wide without breaks, %.1f with them%n",
          gap[0], gap[1], length(gap), middle, width(plain, middle), width(breaks, middle));
    }
    System.out.println(
        "  The breaks take the two jumps out of the drift variance, but support"
            + " also moved in the years without polls, not only on the break days: the band stays"
            + " wide wherever there is no poll, and the chart draws those stretches dashed and faded.");
  }

  private static long length(LocalDate[] gap) {
    return gap[1].toEpochDay() - gap[0].toEpochDay();
  }

  private static double width(PollAverageFit fit, LocalDate day) {
    TrendBand.Point p = fit.band(0.95).at(day);
    return p.upper() - p.lower();
  }
}
