package io.github.pollkit.trend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.Elections;
import io.github.pollkit.model.ElectionResult;
import io.github.pollkit.stats.Interval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The joint multi-party average, on hand derivations and the Swedish polls. */
class JointPollAverageTest {

  private static final JointPollAverage AVERAGE = JointPollAverage.builder().build();

  /**
   * Hand derivation. The counts X of a poll of n respondents are multinomial(n, π): Var
   * X<sub>i</sub> = nπ<sub>i</sub>(1 − π<sub>i</sub>), Cov(X<sub>i</sub>, X<sub>j</sub>) =
   * −nπ<sub>i</sub>π<sub>j</sub>. With p<sub>i</sub> = 100 X<sub>i</sub>/n in points, Var
   * p<sub>i</sub> = p<sub>i</sub>(100 − p<sub>i</sub>)/n and Cov(p<sub>i</sub>, p<sub>j</sub>) =
   * −p<sub>i</sub>p<sub>j</sub>/n. For p = (30, 20, 10), n = 1000: variances 30·70/1000 = 2.1,
   * 20·80/1000 = 1.6, 10·90/1000 = 0.9; covariances −30·20/1000 = −0.6, −30·10/1000 = −0.3,
   * −20·10/1000 = −0.2. The lead p₁ − p₂ then has variance 2.1 + 1.6 + 2·0.6 = 4.9, which is the
   * textbook [100(p₁ + p₂) − (p₁ − p₂)²]/n = (5000 − 100)/1000.
   */
  @Test
  void the_sampling_covariance_is_the_multinomial_one() {
    double[] cov = JointModel.multinomialCovariance(new double[] {30, 20, 10}, 1000);
    double[] hand = {2.1, -0.6, -0.3, -0.6, 1.6, -0.2, -0.3, -0.2, 0.9};
    assertArrayEquals(hand, cov, 1e-12);
    assertEquals(4.9, cov[0] + cov[4] - 2 * cov[1], 1e-12);
    // a sub-vector (an option not asked) is the sub-matrix: p = (30, 10) alone
    double[] sub = JointModel.multinomialCovariance(new double[] {30, 10}, 1000);
    assertArrayEquals(new double[] {2.1, -0.3, -0.3, 0.9}, sub, 1e-12);
  }

  /**
   * Shares rounded up to a sum of 101 are scaled to 100 first (p = (60.6, 40.4) → (60, 40)), so the
   * covariance stays positive semi-definite: by hand 60·40/100 = 24 and −24, determinant 0.
   */
  @Test
  void shares_over_100_from_rounding_are_scaled_to_100_in_the_covariance() {
    double[] cov = JointModel.multinomialCovariance(new double[] {60.6, 40.4}, 100);
    assertArrayEquals(new double[] {24, -24, -24, 24}, cov, 1e-9);
  }

  /** One option's shares of every poll, and those polls as a one-option joint set. */
  private record OneOption(double[] shares, JointPolls polls) {
    static OneOption of(JointPolls all, String option) {
      int o = all.indexOf(option);
      int m = all.size();
      double[][] share = new double[m][];
      double[] s = new double[m];
      for (int i = 0; i < m; i++) {
        s[i] = all.share[i][o];
        share[i] = new double[] {s[i]};
      }
      return new OneOption(s, JointPolls.of(List.of(option), all.day, share, all.n, all.pollster));
    }
  }

  /**
   * One option: the joint average is the one-option PollAverage (what Smoothers.average() runs).
   */
  @Test
  void with_one_option_it_is_the_one_option_poll_average() {
    JointPolls all = SwedishPolls.read(LocalDate.of(2006, 1, 1), LocalDate.of(2014, 12, 31));
    OneOption one = OneOption.of(all, "S");
    double[] s = one.shares();
    PollAverageFit single =
        PollAverage.builder()
            .build()
            .fit(PollObservations.ofShares(all.day, s, all.n, all.pollster));
    JointAverageFit joint = AVERAGE.fit(one.polls());
    assertEquals(single.dates(), joint.dates());
    double[] e1 = single.estimate();
    double[] e2 = joint.estimate("S");
    double[] se1 = single.standardError();
    double[] se2 = joint.standardError("S");
    for (int t = 0; t < e1.length; t++) {
      assertEquals(e1[t], e2[t], 1e-5, "estimate on day " + t);
      assertEquals(se1[t], se2[t], 1e-5, "standard error on day " + t);
    }
    Table effects = single.houseEffects();
    for (int j = 0; j < effects.rowCount(); j++) {
      String pollster = effects.stringColumn("pollster").get(j);
      assertEquals(
          effects.doubleColumn("effect").get(j), joint.houseEffect(pollster, "S"), 1e-5, pollster);
    }
    assertEquals(
        single.diagnostics().nonSamplingVariance(),
        joint.parameters().doubleColumn("tau2").get(0),
        1e-12);
    assertEquals(
        List.of("option", "polls", "q", "tau2", "house_variance", "log_likelihood"),
        joint.parameters().columnNames());
    assertEquals(s.length, joint.parameters().intColumn("polls").get(0));
  }

  /** The real-time joint average with one option is the real-time one-option average. */
  @Test
  void with_one_option_the_real_time_average_is_the_one_option_real_time_average() {
    JointPolls all = SwedishPolls.read(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 9, 8));
    OneOption one = OneOption.of(all, "SD");
    double[] s = one.shares();
    RealTimeAverage single =
        PollAverage.builder()
            .build()
            .realTime(PollObservations.ofShares(all.day, s, all.n, all.pollster));
    JointRealTimeAverage joint = AVERAGE.realTime(one.polls());
    double[] e1 = single.estimate();
    double[] e2 = joint.estimate("SD");
    double[] se1 = single.standardError();
    double[] se2 = joint.standardError("SD");
    int compared = 0;
    for (int t = 0; t < e1.length; t++) {
      assertEquals(Double.isNaN(e1[t]), Double.isNaN(e2[t]), "day " + t);
      if (!Double.isNaN(e1[t])) {
        assertEquals(e1[t], e2[t], 1e-5, "estimate on day " + t);
        assertEquals(se1[t], se2[t], 1e-5, "standard error on day " + t);
        compared++;
      }
    }
    assertTrue(compared > 500, compared + " days");
    // the re-estimations too: same days, polls and variances as the one-option average's
    Table r1 = single.reestimationTable();
    Table r2 = joint.reestimationTable();
    assertEquals(
        List.of("date", "option", "polls", "q", "tau2", "house_variance", "log_likelihood"),
        r2.columnNames());
    assertEquals(r1.rowCount(), r2.rowCount());
    assertTrue(r2.rowCount() > 50, r2.rowCount() + " re-estimations");
    for (int i = 0; i < r1.rowCount(); i++) {
      assertEquals(r1.dateColumn("date").get(i), r2.dateColumn("date").get(i));
      assertEquals("SD", r2.stringColumn("option").get(i));
      assertEquals(r1.intColumn("polls").get(i), r2.intColumn("polls").get(i));
      for (String c : List.of("q", "tau2", "house_variance")) {
        double v = r1.doubleColumn(c).get(i);
        assertEquals(v, r2.doubleColumn(c).get(i), 1e-6 * Math.max(1, Math.abs(v)), c + " " + i);
      }
    }
  }

  /** The options and "others" add up to 100 on every day, with the others' variance 1ᵀΣ1. */
  @Test
  void the_estimates_with_others_add_up_to_100() {
    JointPolls polls = SwedishPolls.read(LocalDate.of(2014, 1, 1), LocalDate.of(2018, 9, 8));
    JointAverageFit fit = AVERAGE.fit(polls);
    double[] others = fit.others();
    double[][] levels = new double[8][];
    for (int o = 0; o < 8; o++) {
      levels[o] = fit.estimate(SwedishPolls.PARTIES.get(o));
    }
    for (int t = 0; t < others.length; t++) {
      double sum = others[t];
      for (double[] level : levels) {
        sum += level[t];
      }
      assertEquals(100, sum, 1e-9, "day " + t);
      // the Swedish others (small parties) were between 0 and 10 points in these years
      assertTrue(others[t] > 0 && others[t] < 10, "others " + others[t] + " on day " + t);
    }
    JointEstimate day = fit.on(LocalDate.of(2016, 6, 1));
    double var = 0;
    for (String a : SwedishPolls.PARTIES) {
      for (String b : SwedishPolls.PARTIES) {
        var += day.covariance(a, b);
      }
    }
    assertEquals(Math.sqrt(var), day.othersStandardError(), 1e-12);
    assertEquals(day.estimate("S"), fit.estimate("S")[fit.dates().indexOf(day.date())], 0);
    // without anchors the house effects of each party sum to zero over its pollsters (the
    // centring rule of PollAverage, here with the multinomial cross-covariances)
    Table effects = fit.houseEffects();
    for (String p : SwedishPolls.PARTIES) {
      Table one = effects.where(effects.stringColumn("option").isEqualTo(p));
      assertTrue(one.rowCount() >= 8, p + ": " + one.rowCount());
      assertEquals(0, one.doubleColumn("effect").sum(), 1e-6, p);
    }
  }

  /**
   * Normal probabilities by hand, checked with R 4.2.2: mean (30, 25, 4.5), covariance with Var =
   * (1, 0.64, 0.25) and Cov(A, B) = −0.3. Lead A − B = 5 with variance 1 + 0.64 + 0.6 = 2.24;
   * {@code pnorm(5/sqrt(2.24))} = 0.99958226125397787; P(C ≥ 4) = {@code pnorm(1)} =
   * 0.84134474606854293; 95% lead interval 5 ± 1.959964·√2.24.
   */
  @Test
  void threshold_and_lead_probabilities_are_the_normal_ones() {
    double[] cov = {1, -0.3, 0, -0.3, 0.64, 0, 0, 0, 0.25};
    JointEstimate e =
        new JointEstimate(
            LocalDate.of(2018, 9, 8),
            new String[] {"A", "B", "C"},
            new double[] {30, 25, 4.5},
            cov,
            List.of());
    assertEquals(5, e.lead("A", "B"), 1e-12);
    assertEquals(Math.sqrt(2.24), e.leadStandardError("A", "B"), 1e-12);
    assertEquals(0.99958226125397787, e.probabilityLeads("A", "B"), 1e-12);
    assertEquals(1 - 0.99958226125397787, e.probabilityLeads("B", "A"), 1e-12);
    assertEquals(0.84134474606854293, e.probabilityAtLeast("C", 4), 1e-12);
    Interval lead = e.leadInterval("A", "B", 0.95);
    assertEquals(5 - 1.959963984540054 * Math.sqrt(2.24), lead.lower(), 1e-9);
    assertEquals(5 + 1.959963984540054 * Math.sqrt(2.24), lead.upper(), 1e-9);
    assertEquals(100 - 59.5, e.others(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> e.probabilityAtLeast("C", -1));
    assertThrows(IllegalArgumentException.class, () -> e.estimate("D"));
  }

  /** On the Swedish polls the lead band uses the negative covariance of two big parties. */
  @Test
  void the_lead_band_on_real_polls_uses_the_joint_covariance() {
    JointPolls polls = SwedishPolls.read(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 9, 8));
    JointEstimate day = AVERAGE.fit(polls).on(LocalDate.of(2018, 6, 1));
    double a = day.standardError("S");
    double b = day.standardError("SD");
    double c = day.covariance("S", "SD");
    assertEquals(Math.sqrt(a * a + b * b - 2 * c), day.leadStandardError("S", "SD"), 1e-12);
    assertTrue(c < 0, "cov(S, SD) = " + c);
    assertEquals(
        JointEstimate.normalCdf(day.estimate("KD") - 4, day.standardError("KD")),
        day.probabilityAtLeast("KD", 4),
        1e-15);
  }

  /** An election-eve estimate never sees a later election (nor the election itself). */
  @Test
  void anchoring_never_sees_a_later_election() {
    JointPolls polls = SwedishPolls.read(LocalDate.of(1998, 1, 1), LocalDate.of(2014, 9, 13));
    List<ElectionResult> elections = Elections.read(SwedishPolls.ELECTIONS);
    LocalDate day2014 = LocalDate.of(2014, 9, 14);
    JointEstimate withAll = AVERAGE.eve(polls, elections, day2014);
    assertEquals(
        List.of(LocalDate.of(2002, 9, 15), LocalDate.of(2006, 9, 17), LocalDate.of(2010, 9, 19)),
        withAll.anchors());
    // a different 2014 and 2018 result changes nothing
    List<ElectionResult> altered = new ArrayList<>();
    for (ElectionResult e : elections) {
      if (e.date().isBefore(day2014)) {
        altered.add(e);
      } else {
        Map<String, Double> shares = new LinkedHashMap<>();
        e.shares().forEach((k, v) -> shares.put(k, k.equals("S") ? 10.0 : v));
        altered.add(new ElectionResult(e.date(), shares));
      }
    }
    JointEstimate withAltered = AVERAGE.eve(polls, altered, day2014);
    JointEstimate withEarlier = AVERAGE.eve(polls, elections.subList(0, 3), day2014);
    for (String p : SwedishPolls.PARTIES) {
      assertEquals(withEarlier.estimate(p), withAll.estimate(p), 0, p);
      assertEquals(withEarlier.estimate(p), withAltered.estimate(p), 0, p);
      assertEquals(withEarlier.standardError(p), withAll.standardError(p), 0, p);
    }
    // while the earlier elections do move it
    JointEstimate unanchored = AVERAGE.eve(polls, List.of(), day2014);
    assertNotEquals(unanchored.estimate("S"), withAll.estimate("S"));
    assertEquals(List.of(), unanchored.anchors());
    assertEquals(LocalDate.of(2014, 9, 13), withAll.date());
  }

  /** The eve uses only polls placed before the election day. */
  @Test
  void the_eve_ignores_polls_from_the_election_day_on() {
    JointPolls before = SwedishPolls.read(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 9, 8));
    JointPolls after = SwedishPolls.read(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 12, 31));
    assertTrue(after.size() > before.size());
    LocalDate day = LocalDate.of(2018, 9, 9);
    JointEstimate a = AVERAGE.eve(before, List.of(), day);
    JointEstimate b = AVERAGE.eve(after, List.of(), day);
    for (String p : SwedishPolls.PARTIES) {
      assertEquals(a.estimate(p), b.estimate(p), 0, p);
    }
  }

  /** In real time an election anchors from its day on, never before. */
  @Test
  void in_real_time_an_election_counts_from_its_day_on() {
    JointPolls polls = SwedishPolls.read(LocalDate.of(2013, 9, 1), LocalDate.of(2014, 12, 31));
    List<ElectionResult> elections = Elections.read(SwedishPolls.ELECTIONS);
    JointRealTimeAverage with = AVERAGE.realTime(polls, elections);
    JointRealTimeAverage without = AVERAGE.realTime(polls);
    assertEquals(List.of(LocalDate.of(2014, 9, 14)), with.anchors());
    int election = with.dates().indexOf(LocalDate.of(2014, 9, 14));
    double[] a = with.estimate("SD");
    double[] b = without.estimate("SD");
    for (int t = 0; t < election; t++) {
      assertEquals(b[t], a[t], 0, "day " + t);
    }
    assertEquals(12.86, a[election], 0.05);
    assertNotEquals(b[election], a[election]);
  }

  @Test
  void bad_arguments_are_rejected() {
    int[] day = {0, 1};
    double[][] share = {{30, 20}, {31, 19}};
    double[] n = {1000, 1000};
    String[] p = {"A", "B"};
    List<String> options = List.of("x", "y");
    assertThrows(NullPointerException.class, () -> JointPolls.of(null, day, share, n, p));
    assertThrows(
        IllegalArgumentException.class, () -> JointPolls.of(List.of("x", "x"), day, share, n, p));
    assertThrows(
        IllegalArgumentException.class,
        () -> JointPolls.of(options, day, new double[][] {{30, 20}, {90, 19}}, n, p));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            JointPolls.of(options, day, new double[][] {{30, 20}, {Double.NaN, Double.NaN}}, n, p));
    assertThrows(
        IllegalArgumentException.class,
        () -> JointPolls.of(options, day, new double[][] {{30, 20}, {-1, 19}}, n, p));
    JointPolls polls = JointPolls.of(options, day, share, n, p);
    assertThrows(NullPointerException.class, () -> AVERAGE.fit(polls, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> AVERAGE.eve(polls, List.of(), LocalDate.ofEpochDay(0)));
    JointPollAverage.Builder b = JointPollAverage.builder().houseEffects(false);
    assertThrows(IllegalStateException.class, () -> b.houseEffects(true));
  }
}
