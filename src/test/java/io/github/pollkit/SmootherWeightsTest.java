package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.io.ReadOptions;
import io.github.pollkit.testing.Reference;
import io.github.pollkit.trend.KalmanSmoother;
import io.github.pollkit.trend.Loess;
import io.github.pollkit.trend.PollAverage;
import io.github.pollkit.trend.PollObservations;
import io.github.pollkit.trend.PollSeries;
import io.github.pollkit.trend.RollingAverage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Poll weights through the facade, one way for every engine: {@code .weights(column)} and {@code
 * .pollsterWeights(map)} give each engine the weights that its own weighted call takes (whose
 * meaning each engine's tests check against R, statsmodels or a hand derivation). The polls are the
 * 354 synthetic polls with a {@code weight} column of {@code reference/average/polls_file.csv}.
 */
class SmootherWeightsTest {
  private static final String FILE = "average/polls_file.csv";
  private static final Reference CSV = Reference.csv(FILE);
  private static final KalmanSmoother FIXED =
      KalmanSmoother.builder().processVariance(0.05).nonSamplingVariance(1).build();
  private static final RollingAverage MONTH =
      RollingAverage.builder()
          .windowDays(30)
          .sampleSizeWeight(RollingAverage.SampleSizeWeight.SQRT_N)
          .build();
  private static final PollAverage AVERAGE =
      PollAverage.builder().processVariance(0.05).nonSamplingVariance(1).houseVariance(4).build();

  private static PollSet polls() {
    return Polls.read(Reference.path(FILE), ReadOptions.builder().options("approve").build());
  }

  private static double[] estimate(Smoother smoother) {
    return polls().smooth(smoother).get("approve").band().estimate();
  }

  private static double[] days() {
    return Arrays.stream(CSV.strings("field_end"))
        .mapToDouble(d -> LocalDate.parse(d).toEpochDay())
        .toArray();
  }

  private static int[] intDays() {
    return Arrays.stream(days()).mapToInt(d -> (int) d).toArray();
  }

  private static double[] nan() {
    double[] a = new double[CSV.size()];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  /** The file's weights times 3 for pollster P01: what {@code pollsterWeights} should give. */
  private static double[] gradedWeights() {
    double[] w = CSV.doubles("weight");
    String[] pollster = CSV.strings("pollster");
    for (int i = 0; i < w.length; i++) {
      w[i] *= pollster[i].equals("P01") ? 3 : 1;
    }
    return w;
  }

  @Test
  void loess_weights_are_the_engines_prior_weights() {
    double[] day = days();
    long[] grid =
        LongStream.rangeClosed(
                (long) Arrays.stream(day).min().getAsDouble(),
                (long) Arrays.stream(day).max().getAsDouble())
            .toArray();
    double[] expected =
        Loess.fit(day, CSV.doubles("approve"), gradedWeights(), 0.3, 0, grid, 0.95)
            .band()
            .estimate();
    double[] actual =
        estimate(Smoothers.loess(0.3).weights("weight").pollsterWeights(Map.of("P01", 3.0)));
    assertArrayEquals(expected, actual, 1e-12);
    assertTrue(Math.abs(actual[100] - estimate(Smoothers.loess(0.3))[100]) > 1e-3);
  }

  @Test
  void kalman_weights_divide_the_sampling_variance_as_the_engine_does() {
    double[] expected =
        FIXED
            .smooth(
                intDays(),
                CSV.doubles("approve"),
                CSV.doubles("sample_size"),
                nan(),
                nan(),
                CSV.doubles("weight"))
            .smoothed()
            .estimate();
    double[] actual = estimate(Smoothers.kalman(FIXED).weights("weight"));
    assertArrayEquals(expected, actual, 1e-12);
    assertTrue(Math.abs(actual[100] - estimate(Smoothers.kalman(FIXED))[100]) > 1e-3);
  }

  @Test
  void rolling_average_weights_multiply_each_polls_weight() {
    PollSeries series =
        PollSeries.of(days(), CSV.doubles("approve"))
            .withSampleSizes(CSV.doubles("sample_size"))
            .withPollsters(CSV.strings("pollster"))
            .withWeights(gradedWeights());
    double[] expected = MONTH.evaluate(series).band().estimate();
    double[] actual =
        estimate(
            Smoothers.rollingAverage(MONTH).pollsterWeights(Map.of("P01", 3.0)).weights("weight"));
    assertArrayEquals(expected, actual, 1e-12);
  }

  @Test
  void poll_average_weights_are_its_observation_weights() {
    PollObservations observations =
        PollObservations.ofShares(
                intDays(),
                CSV.doubles("approve"),
                CSV.doubles("sample_size"),
                CSV.strings("pollster"))
            .withWeights(gradedWeights());
    double[] expected = AVERAGE.fit(observations).band(0.95).estimate();
    double[] actual =
        estimate(Smoothers.average(AVERAGE).weights("weight").pollsterWeights(Map.of("P01", 3.0)));
    assertArrayEquals(expected, actual, 1e-12);
  }

  @Test
  void a_missing_weight_is_bad_data_naming_the_poll_in_every_engine() {
    for (Smoother smoother :
        List.of(
            Smoothers.loess(0.3),
            Smoothers.kalman(FIXED),
            Smoothers.kalmanRealTime(),
            Smoothers.rollingAverage(MONTH),
            Smoothers.average(AVERAGE),
            Smoothers.averageRealTime())) {
      PollDataException e =
          assertThrows(PollDataException.class, () -> polls().smooth(smoother.weights("grade")));
      assertTrue(e.getMessage().contains("column 'grade'"), e.getMessage());
      assertTrue(e.getMessage().contains("s000"), e.getMessage());
    }
  }

  @Test
  void weights_are_set_once_print_and_take_part_in_equality() {
    Smoother weighted = Smoothers.kalman().weights("weight");
    IllegalStateException twice =
        assertThrows(IllegalStateException.class, () -> weighted.weights("other"));
    assertEquals("the weight column was already set to 'weight'", twice.getMessage());
    Smoother graded = Smoothers.loess(0.4).pollsterWeights(Map.of("B", 2.0, "A", 0.5));
    assertThrows(IllegalStateException.class, () -> graded.pollsterWeights(Map.of()));
    assertEquals("LOESS, span 0.4, pollster weights {A=0.5, B=2.0}", graded.toString());
    assertEquals("Kalman smoother, weights from column 'weight'", weighted.toString());
    assertEquals(weighted, Smoothers.kalman().weights("weight"));
    assertEquals(weighted.confidence(0.9), Smoothers.kalman().confidence(0.9).weights("weight"));
    assertThrows(
        IllegalArgumentException.class,
        () -> Smoothers.average().pollsterWeights(Map.of("A", 0.0)));
  }

  @Test
  void honest_real_time_kalman_is_unchanged_by_cutting_the_poll_list() {
    PollSet all = polls();
    double[] full = all.smooth(Smoothers.kalmanRealTime()).get("approve").band().estimate();
    assertTrue(Double.isNaN(full[0]), "no estimate before the first weekly re-estimation");
    for (int cutDay = 20; cutDay < 300; cutDay += 23) {
      LocalDate cut = LocalDate.ofEpochDay(cutDay);
      PollSet known = all.where(p -> !p.fieldEnd().isAfter(cut));
      double[] part = known.smooth(Smoothers.kalmanRealTime()).get("approve").band().estimate();
      assertArrayEquals(Arrays.copyOf(full, part.length), part, 0.0, "cut at " + cut);
    }
  }
}
