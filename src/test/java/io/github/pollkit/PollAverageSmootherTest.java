package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.model.DatePlacement;
import io.github.pollkit.trend.PollAverage;
import io.github.pollkit.trend.TrendBand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The poll average through the facade, on the Ukraine NATO polls (the engine itself is checked
 * against statsmodels in {@code io.github.pollkit.trend.PollAverageTest}).
 */
class PollAverageSmootherTest {

  private static PollSet referendum(DatePlacement placement) {
    return Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"))
        .excludingBase("would vote")
        .questionGroup("referendum", "summary")
        .placedAt(placement)
        .option("support", "oppose");
  }

  @Test
  void the_band_is_the_estimate_plus_minus_the_normal_quantile_times_the_standard_error() {
    SmoothedTrend support =
        referendum(DatePlacement.MIDPOINT)
            .smooth(Smoothers.average().confidence(0.90))
            .get("support");
    TrendBand band = support.band();
    double z = 1.6448536269514722; // Φ⁻¹(0.95), R: qnorm(0.95)
    double[] est = band.estimate();
    double[] se = band.standardError();
    double[] lower = band.lower();
    double[] upper = band.upper();
    for (int t = 0; t < est.length; t++) {
      assertEquals(Math.max(0, est[t] - z * se[t]), lower[t], 1e-9);
      assertEquals(Math.min(100, est[t] + z * se[t]), upper[t], 1e-9);
    }
    assertEquals(0.90, band.confidence());
    assertEquals(LocalDate.of(2024, 2, 19), band.dates().get(band.size() - 1));
    assertEquals("poll average, 90% band", support.method());
  }

  @Test
  void house_effects_come_with_the_smoothing_and_sum_to_zero_per_option() {
    Smoothing lines = referendum(DatePlacement.MIDPOINT).smooth(Smoothers.average());
    Table effects = lines.houseEffects();
    assertEquals(List.of("option", "pollster", "effect", "se", "polls"), effects.columnNames());
    for (String option : lines.options()) {
      Table one = effects.where(effects.stringColumn("option").isEqualTo(option));
      assertTrue(one.rowCount() > 5, option + ": " + one.rowCount() + " pollsters");
      assertEquals(0, one.doubleColumn("effect").sum(), 1e-9, option);
      assertEquals(lines.get(option).pollsUsed(), one.intColumn("polls").sum(), option);
    }
  }

  /**
   * Weights from a file's column: the synthetic polls of {@code reference/average/polls_file.csv}
   * with their {@code weight} column give the smoothed level that statsmodels' augmented-state
   * Kalman filter gives with variances p(100 − p)/n/w + τ² (q = 0.05, τ² = 1, σ_h² = 4).
   */
  @Test
  void weights_from_a_column_reproduce_the_weighted_statsmodels_reference() throws IOException {
    PollSet polls =
        Polls.read(
            Path.of("src/test/resources/reference/average/polls_file.csv"),
            ReadOptions.builder().options("approve").build());
    PollAverage fixed =
        PollAverage.builder().processVariance(0.05).nonSamplingVariance(1).houseVariance(4).build();
    double[] weighted =
        polls.smooth(Smoothers.average(fixed).weights("weight")).get("approve").band().estimate();
    double[] reference = smoothedReference();
    assertArrayEquals(reference, weighted, 1e-8);
    double[] unweighted = polls.smooth(Smoothers.average(fixed)).get("approve").band().estimate();
    assertTrue(Math.abs(unweighted[100] - weighted[100]) > 1e-3);
  }

  /** The {@code smoothed} column of {@code reference/average/augmented_states.csv}. */
  private static double[] smoothedReference() throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("src/test/resources/reference/average/augmented_states.csv"));
    int column = List.of(lines.get(0).split(",")).indexOf("smoothed");
    return lines.stream()
        .skip(1)
        .mapToDouble(line -> Double.parseDouble(line.split(",")[column]))
        .toArray();
  }

  @Test
  void a_poll_without_a_weight_is_bad_data() {
    PollSet polls =
        Polls.read(
            Path.of("src/test/resources/reference/average/polls_file.csv"),
            ReadOptions.builder().options("approve").build());
    PollDataException e =
        assertThrows(
            PollDataException.class, () -> polls.smooth(Smoothers.average().weights("grade")));
    assertTrue(e.getMessage().contains("column 'grade'"), e.getMessage());
  }

  @Test
  void house_effects_need_a_poll_average() {
    Smoothing lines = referendum(DatePlacement.MIDPOINT).smooth(Smoothers.kalman());
    IllegalStateException e = assertThrows(IllegalStateException.class, lines::houseEffects);
    assertTrue(e.getMessage().startsWith("house effects are estimated only by"), e.getMessage());
  }

  /** The real-time average places every poll at its field end, whatever the set's placement. */
  @Test
  void the_real_time_average_places_polls_at_their_field_end() {
    Smoother live = Smoothers.averageRealTime(PollAverage.builder().houseEffects(false).build());
    TrendBand atMidpoint = referendum(DatePlacement.MIDPOINT).smooth(live).get("support").band();
    TrendBand atEnd = referendum(DatePlacement.END).smooth(live).get("support").band();
    assertEquals(atEnd.dates(), atMidpoint.dates());
    assertArrayEquals(atEnd.estimate(), atMidpoint.estimate());
    assertEquals(
        "poll average (real-time) [no house effects, 0 breaks, q = ML, τ² = ML, σh² = -,"
            + " re-estimated on monday]",
        live.toString());
  }

  /**
   * After a break the real-time level is unknown until a poll is known: in the Ukraine list the
   * first referendum poll that ends after the invasion of 2022-02-24 is Rating's March poll, whose
   * fieldwork ended on 2022-03-31.
   */
  @Test
  void after_a_break_the_real_time_level_is_unknown_until_the_next_poll() {
    Smoother live =
        Smoothers.averageRealTime(
            PollAverage.builder()
                .breaks(LocalDate.of(2014, 2, 20), LocalDate.of(2022, 2, 24))
                .build());
    TrendBand band = referendum(DatePlacement.END).smooth(live).get("support").band();
    assertTrue(!Double.isNaN(band.at(LocalDate.of(2022, 2, 23)).estimate()));
    assertTrue(Double.isNaN(band.at(LocalDate.of(2022, 2, 24)).estimate()));
    assertTrue(Double.isNaN(band.at(LocalDate.of(2022, 3, 30)).estimate()));
    assertTrue(!Double.isNaN(band.at(LocalDate.of(2022, 3, 31)).estimate()));
    // the lead has its own line
    SmoothedTrend lead =
        referendum(DatePlacement.END).smooth(Smoothers.average()).lead("support", "oppose");
    assertEquals("support − oppose", lead.label());
    assertTrue(lead.band().at(LocalDate.of(2024, 2, 19)).estimate() > 40);
  }

  @Test
  void poll_averages_are_values() {
    assertEquals(Smoothers.average(), Smoothers.average());
    assertEquals(Smoothers.average().hashCode(), Smoothers.average().hashCode());
    assertEquals(Smoothers.average(), Smoothers.average(PollAverage.builder().build()));
    assertNotEquals(Smoothers.average(), Smoothers.averageRealTime());
    assertNotEquals(
        Smoothers.average(),
        Smoothers.average(PollAverage.builder().breaks(LocalDate.of(2022, 2, 24)).build()));
    assertTrue(Smoothers.average().getClass().isRecord());
    assertEquals("poll average", Smoothers.average().toString());
  }
}
