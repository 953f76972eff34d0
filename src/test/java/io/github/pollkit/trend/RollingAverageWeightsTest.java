package io.github.pollkit.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pollkit.testing.HouseRules;
import org.junit.jupiter.api.Test;

/** A poll's own weight in the rolling average, against hand derivations written beside them. */
class RollingAverageWeightsTest {
  private static final RollingAverage TEN_DAYS = RollingAverage.builder().windowDays(10).build();

  @Test
  void weighted_estimate_and_interval_by_hand() {
    // Polls 40, 44, 48 on days 0, 1, 2 with weights 1, 2, 1; on day 2 all three are in the window.
    // ȳ_w = (40 + 2·44 + 48)/4 = 44; V1 = 4, V2 = 1 + 4 + 1 = 6, n_eff = 16/6 = 8/3;
    // s_w² = (1·16 + 2·0 + 1·16)/(V1 − V2/V1) = 32/2.5 = 12.8; se = √(12.8 / (8/3)) = √4.8.
    PollSeries polls =
        PollSeries.of(new double[] {0, 1, 2}, new double[] {40, 44, 48})
            .withWeights(new double[] {1, 2, 1});
    RollingAverageFit fit = TEN_DAYS.evaluate(polls);
    assertEquals(44, fit.band().estimate()[2], 1e-12);
    assertEquals(8.0 / 3, fit.effectiveN().get(2), 1e-12);
    assertEquals(Math.sqrt(12.8), fit.standardDeviation().get(2), 1e-12);
    assertEquals(Math.sqrt(4.8), fit.band().standardError()[2], 1e-12);
  }

  @Test
  void a_weight_of_two_is_the_poll_listed_twice_for_the_estimate_with_sample_size_weights() {
    // with SQRT_N each copy weighs √n, so weight 2 on one poll = the poll listed twice
    RollingAverage bySize =
        RollingAverage.builder()
            .windowDays(10)
            .sampleSizeWeight(RollingAverage.SampleSizeWeight.SQRT_N)
            .build();
    PollSeries weighted =
        PollSeries.of(new double[] {0, 1, 2}, new double[] {40, 44, 48})
            .withSampleSizes(new double[] {400, 900, 1600})
            .withWeights(new double[] {1, 2, 1});
    PollSeries twice =
        PollSeries.of(new double[] {0, 1, 1, 2}, new double[] {40, 44, 44, 48})
            .withSampleSizes(new double[] {400, 900, 900, 1600});
    // by hand: (20·40 + 2·30·44 + 40·48) / (20 + 60 + 40) = 5360/120
    assertEquals(5360.0 / 120, bySize.evaluate(weighted).band().estimate()[2], 1e-12);
    assertEquals(
        bySize.evaluate(twice).band().estimate()[2],
        bySize.evaluate(weighted).band().estimate()[2],
        1e-12);
  }

  @Test
  void weights_multiply_pollster_weights() {
    // pollster A weighs 3 and its poll has own weight 0.5: 1.5 in all; (1.5·40 + 1·46)/2.5 = 42.4
    RollingAverage graded =
        RollingAverage.builder().windowDays(10).pollsterWeights(java.util.Map.of("A", 3.0)).build();
    PollSeries polls =
        PollSeries.of(new double[] {0, 1}, new double[] {40, 46})
            .withPollsters(new String[] {"A", "B"})
            .withWeights(new double[] {0.5, 1});
    assertEquals(42.4, graded.evaluate(polls).band().estimate()[1], 1e-12);
  }

  @Test
  void a_non_positive_weight_is_rejected_with_its_index() {
    PollSeries polls = PollSeries.of(new double[] {0, 1}, new double[] {40, 46});
    HouseRules.assertBadArgument(
        "weight[1] must be finite and > 0, was 0.0", () -> polls.withWeights(new double[] {1, 0}));
  }
}
