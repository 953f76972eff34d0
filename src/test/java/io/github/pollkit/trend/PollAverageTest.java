package io.github.pollkit.trend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.testing.Reference;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * {@link PollAverage} on synthetic polls with known house effects (simulated by {@code
 * reference/average/generate.py}, which also computes the statsmodels reference).
 */
class PollAverageTest {

  /** The synthetic polls of one file, with or without their weights. */
  private static PollObservations polls(String file, boolean weighted) {
    Reference r = Reference.csv("average/" + file);
    int[] day = Arrays.stream(r.doubles("day")).mapToInt(d -> (int) d).toArray();
    PollObservations obs =
        PollObservations.ofShares(day, r.doubles("share"), r.doubles("n"), r.strings("pollster"));
    return weighted ? obs.withWeights(r.doubles("weight")) : obs;
  }

  private static void assertBetween(double low, double high, double actual, String what) {
    assertTrue(
        actual >= low && actual <= high, what + " = " + actual + ", not in " + low + ".." + high);
  }

  /**
   * The limit of large q and σ_h²: with q → ∞ the random walk puts a flat prior on the level of
   * every day (the diffuse start makes the first one flat too), so each day's level is a free
   * parameter, as with a dummy per day; with σ_h² → ∞ the prior on the house contrasts is flat. The
   * posterior mean of (levels, contrasts) is then the generalised least-squares estimate with
   * observation variances v/w + τ², i.e. WLS with weights 1/(v/w + τ²). The mean of the house
   * effects is not identified by the data (the level absorbs it) and the centring rule fixes the
   * posterior mean of their unweighted sum at zero, which is exactly patsy's sum-to-zero coding
   * {@code C(pollster, Sum)} (last level = −sum of the others). The distance to the limit falls as
   * 1/q and 1/σ_h² (here about 3e-6 at 1e8, 3e-8 at 1e10 and 3e-10 at 1e12, the value used).
   */
  @Test
  void house_effects_equal_wls_with_day_dummies_and_sum_contrasts_in_the_limit() {
    PollAverageFit fit =
        PollAverage.builder()
            .processVariance(1e12)
            .houseVariance(1e12)
            .nonSamplingVariance(1.0)
            .build()
            .fit(polls("polls.csv", true));
    Reference wls = Reference.csv("average/wls_sum_contrasts.csv");
    String[] name = wls.strings("pollster");
    double[] effect = wls.doubles("effect");
    for (int k = 0; k < name.length; k++) {
      assertEquals(effect[k], fit.houseEffect(name[k]), 1e-6, name[k]);
    }
  }

  /**
   * With population groups the same limit is WLS with a dummy per day and sum-to-zero contrasts for
   * both pollsters and groups: the offsets have a flat prior and sum to zero over groups by the
   * centring rule, as {@code C(group, Sum)}.
   */
  @Test
  void house_effects_and_offsets_equal_wls_with_two_sets_of_sum_contrasts_in_the_limit() {
    Reference r = Reference.csv("average/polls_groups.csv");
    PollObservations obs = polls("polls_groups.csv", true).withGroups(r.strings("group"));
    PollAverageFit fit =
        PollAverage.builder()
            .processVariance(1e12)
            .houseVariance(1e12)
            .nonSamplingVariance(1.0)
            .build()
            .fit(obs);
    Reference wls = Reference.csv("average/wls_groups.csv");
    String[] kind = wls.strings("kind");
    String[] name = wls.strings("name");
    double[] effect = wls.doubles("effect");
    for (int k = 0; k < name.length; k++) {
      double ours = kind[k].equals("group") ? fit.offset(name[k]) : fit.houseEffect(name[k]);
      assertEquals(effect[k], ours, 1e-6, kind[k] + " " + name[k]);
    }
    assertEquals(3, fit.offsets().rowCount());
  }

  @Test
  void known_offsets_are_recovered_within_their_standard_errors() {
    Reference r = Reference.csv("average/polls_groups.csv");
    PollAverageFit fit =
        PollAverage.builder()
            .build()
            .fit(polls("polls_groups.csv", true).withGroups(r.strings("group")));
    // the simulated offsets (they already sum to zero)
    Reference simulated = Reference.csv("average/group_offsets.csv");
    String[] group = simulated.strings("group");
    double[] truth = simulated.doubles("offset");
    Table offsets = fit.offsets();
    assertEquals(group.length, offsets.rowCount());
    for (int j = 0; j < group.length; j++) {
      int row = offsets.stringColumn("group").indexOf(group[j]);
      double est = offsets.doubleColumn("offset").get(row);
      double se = offsets.doubleColumn("se").get(row);
      assertTrue(Math.abs(est - truth[j]) < 3 * se, group[j] + ": " + est + ", se " + se);
    }
    assertEquals(0, offsets.doubleColumn("offset").sum(), 1e-9);
  }

  /**
   * At fixed variances the house effects, the smoothed and filtered level and the log-likelihood
   * are those of a Kalman filter on the augmented state (level, h_1, …, h_K) in statsmodels, the
   * exact reference for the marginal likelihood and the regression treatment used here.
   */
  @Test
  void fixed_variances_reproduce_the_augmented_state_kalman_filter_of_statsmodels() {
    PollAverage average =
        PollAverage.builder().processVariance(0.05).nonSamplingVariance(1).houseVariance(4).build();
    PollObservations obs = polls("polls.csv", true);
    PollAverageFit fit = average.fit(obs);
    assertEquals(
        Reference.csv("average/augmented_loglike.csv").doubles("loglike")[0],
        fit.diagnostics().logLikelihood(),
        1e-7);
    Reference h = Reference.csv("average/augmented_house_effects.csv");
    String[] name = h.strings("pollster");
    Table table = fit.houseEffects();
    for (int k = 0; k < name.length; k++) {
      int row = table.stringColumn("pollster").indexOf(name[k]);
      assertEquals(h.doubles("effect")[k], table.doubleColumn("effect").get(row), 1e-8, name[k]);
      assertEquals(h.doubles("se")[k], table.doubleColumn("se").get(row), 1e-8, name[k]);
    }
    Reference states = Reference.csv("average/augmented_states.csv");
    double[] smoothed = states.doubles("smoothed");
    double[] smoothedVar = states.doubles("smoothed_var");
    double[] est = fit.estimate();
    double[] se = fit.standardError();
    assertEquals(smoothed.length, est.length);
    for (int t = 0; t < est.length; t++) {
      assertEquals(smoothed[t], est[t], 1e-8, "smoothed level, day " + t);
      assertEquals(Math.sqrt(smoothedVar[t]), se[t], 1e-8, "smoothed se, day " + t);
    }
    // real time at fixed variances: the filtered level, from the first re-estimation on
    RealTimeAverage live = average.realTime(obs);
    double[] filtered = states.doubles("filtered");
    double[] filteredVar = states.doubles("filtered_var");
    double[] now = live.estimate();
    double[] nowSe = live.standardError();
    int compared = 0;
    for (int t = 0; t < now.length; t++) {
      if (Double.isNaN(now[t])) {
        continue;
      }
      assertEquals(filtered[t], now[t], 1e-8, "filtered level, day " + t);
      assertEquals(Math.sqrt(filteredVar[t]), nowSe[t], 1e-8, "filtered se, day " + t);
      compared++;
    }
    assertTrue(compared > 280, "days compared: " + compared);
  }

  @Test
  void house_effects_sum_to_zero_over_pollsters_each_counted_once() {
    PollAverageFit fit = PollAverage.builder().build().fit(polls("polls.csv", true));
    Reference r = Reference.csv("average/polls.csv");
    double[] share = r.doubles("share");
    String[] pollster = r.strings("pollster");
    double[] adjusted = fit.adjustedValues();
    for (int i = 0; i < share.length; i++) {
      assertEquals(share[i] - fit.houseEffect(pollster[i]), adjusted[i], 1e-12, "poll " + i);
    }
    assertEquals(0, fit.houseEffects().doubleColumn("effect").sum(), 1e-9);
    assertEquals(12, fit.houseEffects().rowCount());
  }

  @Test
  void known_house_effects_and_level_are_recovered_within_their_standard_errors() {
    PollAverageFit fit = PollAverage.builder().build().fit(polls("polls.csv", true));
    Table table = fit.houseEffects();
    Reference truth = Reference.csv("average/truth.csv");
    String[] name = truth.strings("pollster");
    double[] h = truth.doubles("house_effect");
    double sumOfSquares = 0;
    for (int k = 0; k < name.length; k++) {
      int row = table.stringColumn("pollster").indexOf(name[k]);
      double est = table.doubleColumn("effect").get(row);
      double se = table.doubleColumn("se").get(row);
      double z = (est - h[k]) / se;
      assertTrue(Math.abs(z) < 3, name[k] + ": " + est + " vs true " + h[k] + ", se " + se);
      sumOfSquares += z * z;
    }
    // the standardised errors are about N(0, 1): their mean square is near 1, not far above
    assertTrue(sumOfSquares / name.length < 2, "mean square z " + sumOfSquares / name.length);
    // the level: the 95% band covers the simulated level on most days
    double[] level = Reference.csv("average/levels.csv").doubles("level");
    double[] est = fit.estimate();
    double[] se = fit.standardError();
    int firstDay = (int) fit.dates().get(0).toEpochDay();
    int covered = 0;
    for (int t = 0; t < est.length; t++) {
      covered += Math.abs(est[t] - level[firstDay + t]) < 1.96 * se[t] ? 1 : 0;
    }
    assertBetween(0.85, 1, (double) covered / est.length, "coverage of the level");
    // the variances are near those simulated (q = 0.05, σ_h² = 4), within sampling error
    PollAverageFit.Diagnostics d = fit.diagnostics();
    assertBetween(0.01, 0.25, d.processVariance(), "q");
    assertBetween(1, 16, d.houseVariance(), "σ_h²");
  }

  /**
   * Shrinkage: the ratio of the random-effects estimate to the unshrunk (σ_h² → ∞) estimate is the
   * factor by which a pollster's effect is pulled toward zero; with few polls the data carry little
   * precision against the prior precision 1/σ_h², so the factor is smaller (more shrinkage). (The
   * factor of a big pollster is below 1 too: effects are measured from the mean of all pollsters,
   * and that mean moves when the small ones are shrunk.)
   */
  @Test
  void a_pollster_with_one_poll_is_shrunk_more_than_one_with_a_hundred() {
    PollObservations obs = polls("polls.csv", true);
    PollAverageFit shrunk =
        PollAverage.builder()
            .processVariance(0.05)
            .nonSamplingVariance(1)
            .houseVariance(4)
            .build()
            .fit(obs);
    PollAverageFit unshrunk =
        PollAverage.builder()
            .processVariance(0.05)
            .nonSamplingVariance(1)
            .houseVariance(1e8)
            .build()
            .fit(obs);
    double one = shrunk.houseEffect("P12") / unshrunk.houseEffect("P12");
    double hundred = shrunk.houseEffect("P01") / unshrunk.houseEffect("P01");
    assertBetween(0, 1, one, "shrinkage factor of the one-poll pollster");
    assertBetween(0, 1, hundred, "shrinkage factor of the 100-poll pollster");
    assertTrue(one < hundred);
    Table t = shrunk.houseEffects();
    int row = t.stringColumn("pollster").indexOf("P12");
    assertEquals(1, t.intColumn("polls").get(row));
    assertTrue(t.doubleColumn("se").get(row) > t.doubleColumn("se").get(0));
  }

  /** Cutting the poll list at a day leaves every real-time estimate up to that day unchanged. */
  @Test
  void cutting_the_poll_list_leaves_earlier_real_time_estimates_unchanged() {
    assertCutInvariant(PollAverage.builder().build());
    assertCutInvariant(PollAverage.builder().breaks(LocalDate.ofEpochDay(150)).build(), false);
    assertCutInvariant(PollAverage.builder().build(), true);
  }

  private static void assertCutInvariant(PollAverage average) {
    assertCutInvariant(average, false);
  }

  private static void assertCutInvariant(PollAverage average, boolean groups) {
    Reference r = Reference.csv(groups ? "average/polls_groups.csv" : "average/polls_jump.csv");
    int[] day = Arrays.stream(r.doubles("day")).mapToInt(d -> (int) d).toArray();
    double[] share = r.doubles("share");
    double[] n = r.doubles("n");
    String[] pollster = r.strings("pollster");
    double[] weight = r.doubles("weight");
    String[] group = groups ? r.strings("group") : null;
    PollObservations obsAll =
        PollObservations.ofShares(day, share, n, pollster).withWeights(weight);
    RealTimeAverage all = average.realTime(groups ? obsAll.withGroups(group) : obsAll);
    double[] full = all.estimate();
    double[] fullSe = all.standardError();
    int first = Arrays.stream(day).min().orElseThrow();
    int checked = 0;
    for (int cut = first + 20; cut < first + 300; cut += 23) {
      int c = cut;
      int[] keep = IntStream.range(0, day.length).filter(i -> day[i] <= c).toArray();
      PollObservations cutObs =
          PollObservations.ofShares(
                  Arrays.stream(keep).map(i -> day[i]).toArray(),
                  Arrays.stream(keep).mapToDouble(i -> share[i]).toArray(),
                  Arrays.stream(keep).mapToDouble(i -> n[i]).toArray(),
                  Arrays.stream(keep).mapToObj(i -> pollster[i]).toArray(String[]::new))
              .withWeights(Arrays.stream(keep).mapToDouble(i -> weight[i]).toArray());
      if (groups) {
        cutObs =
            cutObs.withGroups(Arrays.stream(keep).mapToObj(i -> group[i]).toArray(String[]::new));
      }
      RealTimeAverage part = average.realTime(cutObs);
      double[] est = part.estimate();
      double[] se = part.standardError();
      assertArrayEquals(Arrays.copyOf(full, est.length), est, "estimates cut at day " + cut);
      assertArrayEquals(Arrays.copyOf(fullSe, se.length), se, "standard errors cut at day " + cut);
      checked += (int) Arrays.stream(est).filter(v -> !Double.isNaN(v)).count();
    }
    assertTrue(checked > 1000, "days compared: " + checked);
  }

  /**
   * Every weekly re-estimation (warm-started from the week before) reaches the maximum that a cold
   * start on the same polls reaches: its log-likelihood is not below the cold fit's.
   */
  @Test
  void weekly_reestimations_reach_the_maximum_likelihood_of_a_cold_start() {
    Reference r = Reference.csv("average/polls.csv");
    int[] day = Arrays.stream(r.doubles("day")).mapToInt(d -> (int) d).toArray();
    double[] share = r.doubles("share");
    double[] n = r.doubles("n");
    String[] pollster = r.strings("pollster");
    PollAverage average = PollAverage.builder().build();
    RealTimeAverage live = average.realTime(PollObservations.ofShares(day, share, n, pollster));
    assertTrue(live.reestimations().size() > 35);
    for (RealTimeAverage.Reestimation e : live.reestimations()) {
      long last = e.date().toEpochDay();
      int[] keep = IntStream.range(0, day.length).filter(i -> day[i] <= last).toArray();
      PollAverageFit cold =
          average.fit(
              PollObservations.ofShares(
                  Arrays.stream(keep).map(i -> day[i]).toArray(),
                  Arrays.stream(keep).mapToDouble(i -> share[i]).toArray(),
                  Arrays.stream(keep).mapToDouble(i -> n[i]).toArray(),
                  Arrays.stream(keep).mapToObj(i -> pollster[i]).toArray(String[]::new)));
      assertEquals(keep.length, e.polls());
      assertTrue(
          e.logLikelihood() > cold.diagnostics().logLikelihood() - 0.01,
          e.date()
              + ": warm "
              + e.logLikelihood()
              + ", cold "
              + cold.diagnostics().logLikelihood());
    }
  }

  /**
   * On polls whose level jumps by 10 points on day 150 (simulated q = 0.05), one random walk
   * explains the jump by a larger q; a declared break absorbs it, so q stays near ordinary
   * movement.
   */
  @Test
  void a_break_lets_the_level_jump_without_inflating_the_drift_variance() {
    PollObservations obs = polls("polls_jump.csv", true);
    PollAverageFit plain = PollAverage.builder().build().fit(obs);
    PollAverageFit broken =
        PollAverage.builder().breaks(LocalDate.ofEpochDay(150)).build().fit(obs);
    double qPlain = plain.diagnostics().processVariance();
    double qBroken = broken.diagnostics().processVariance();
    assertTrue(qPlain > 2 * qBroken, "q " + qPlain + " without the break, " + qBroken + " with");
    assertBetween(0.01, 0.25, qBroken, "q with the break");
    // the smoothed level on the days either side of the break is near the simulated one
    double[] level = Reference.csv("average/levels_jump.csv").doubles("level");
    double[] est = broken.estimate();
    double[] se = broken.standardError();
    int first = (int) broken.dates().get(0).toEpochDay();
    for (int day : new int[] {149, 150}) {
      double error = Math.abs(est[day - first] - level[day]);
      assertTrue(error < 3 * se[day - first], "day " + day + ": error " + error);
    }
    assertTrue(est[150 - first] - est[149 - first] > 5);
  }

  /** A pollster weight w divides that pollster's sampling variances by w, as a poll weight does. */
  @Test
  void pollster_weights_act_as_poll_weights() {
    Reference r = Reference.csv("average/polls.csv");
    String[] pollster = r.strings("pollster");
    double[] w = new double[pollster.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = pollster[i].equals("P01") ? 3 : pollster[i].equals("P02") ? 0.5 : 1;
    }
    PollAverage.Builder fixed =
        PollAverage.builder().processVariance(0.05).nonSamplingVariance(1).houseVariance(4);
    PollAverageFit byPoll = fixed.build().fit(polls("polls.csv", false).withWeights(w));
    PollAverageFit byPollster =
        PollAverage.builder()
            .processVariance(0.05)
            .nonSamplingVariance(1)
            .houseVariance(4)
            .pollsterWeights(java.util.Map.of("P01", 3.0, "P02", 0.5))
            .build()
            .fit(polls("polls.csv", false));
    assertArrayEquals(byPoll.estimate(), byPollster.estimate(), 1e-12);
    assertEquals(byPoll.houseEffect("P01"), byPollster.houseEffect("P01"), 1e-12);
    PollAverageFit unweighted = fixed.build().fit(polls("polls.csv", false));
    assertTrue(Math.abs(unweighted.houseEffect("P01") - byPoll.houseEffect("P01")) > 1e-6);
  }

  @Test
  void averages_with_equal_settings_are_equal() {
    PollAverage a = PollAverage.builder().breaks(LocalDate.of(2022, 2, 24)).build();
    PollAverage b = PollAverage.builder().breaks(LocalDate.of(2022, 2, 24)).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertTrue(!a.equals(PollAverage.builder().build()));
    assertEquals(
        "PollAverage[house effects, 1 break, q = ML, τ² = ML, σh² = ML, re-estimated on monday]",
        a.toString());
  }

  /**
   * A group whose only poll is the first after a break: the level restarts diffusely there, so that
   * poll says nothing about the group's offset, which is not identified.
   */
  @Test
  void an_offset_the_polls_cannot_identify_is_rejected() {
    PollObservations obs =
        PollObservations.ofShares(
                new int[] {0, 1, 2, 3, 10},
                new double[] {40, 41, 42, 40, 45},
                new double[] {1000, 1000, 1000, 1000, 1000},
                new String[] {"A", "B", "A", "B", "A"})
            .withGroups(new String[] {"a", "a", "a", "a", "b"});
    PollAverage average =
        PollAverage.builder()
            .processVariance(0.05)
            .nonSamplingVariance(1)
            .houseVariance(4)
            .breaks(LocalDate.ofEpochDay(10))
            .build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> average.fit(obs));
    assertTrue(e.getMessage().startsWith("the group offsets are not identified"), e.getMessage());
  }

  @Test
  void settings_and_arguments_are_checked() {
    IllegalStateException twice =
        assertThrows(
            IllegalStateException.class,
            () -> PollAverage.builder().houseVariance(1).houseVariance(2));
    assertEquals("house variance was already set to 1.0", twice.getMessage());
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class, () -> PollAverage.builder().processVariance(-1));
    assertTrue(
        negative.getMessage().contains("processVariance") && negative.getMessage().contains("-1"));
    assertThrows(
        NullPointerException.class, () -> PollAverage.builder().breaks((LocalDate[]) null));
    PollObservations two =
        PollObservations.ofShares(
            new int[] {1, 2},
            new double[] {40, 41},
            new double[] {500, 500},
            new String[] {"A", "B"});
    IllegalArgumentException zeroWeight =
        assertThrows(IllegalArgumentException.class, () -> two.withWeights(new double[] {1, 0}));
    assertEquals("weight must be finite and > 0, was 0.0 at index 1", zeroWeight.getMessage());
    IllegalArgumentException blank =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PollObservations.ofShares(
                    new int[] {1}, new double[] {40}, new double[] {500}, new String[] {" "}));
    assertTrue(blank.getMessage().startsWith("pollster must not be null or blank"));
  }
}
