package io.github.pollkit.stats;

import static io.github.pollkit.testing.Reference.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DesignEffectsTest {

  /** Base-R hand formulas on the survey package's api weights and two synthetic sets. */
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/reference/stats/kish.csv", numLinesToSkip = 1)
  void kish_matches_r(String set, int n, double effectiveSampleSize, double designEffect) {
    double[] weights = weights(set);
    assertEquals(n, weights.length, "weights read for " + set);
    assertClose(
        effectiveSampleSize, DesignEffects.kishEffectiveSampleSize(weights), set + " n_eff");
    assertClose(designEffect, DesignEffects.kishDesignEffect(weights), set + " deff");
  }

  /** The weights of one set in reference/stats/kish_weights.csv (columns set, weight). */
  private static double[] weights(String set) {
    var in =
        Objects.requireNonNull(
            DesignEffectsTest.class.getResourceAsStream("/reference/stats/kish_weights.csv"));
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .skip(1)
          .map(line -> line.split(","))
          .filter(cells -> cells[0].equals(set))
          .mapToDouble(cells -> Double.parseDouble(cells[1]))
          .toArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void kish_of_the_javadoc_example() {
    // Hand derivation: Σw = 5, Σw² = 8.5, n_eff = 25/8.5, deff = 4·8.5/25 = 1.36.
    double[] w = {0.5, 1.0, 1.0, 2.5};
    assertClose(25 / 8.5, DesignEffects.kishEffectiveSampleSize(w), "n_eff");
    assertClose(1.36, DesignEffects.kishDesignEffect(w), "deff");
  }

  @Test
  void equal_weights_have_no_design_effect() {
    double[] w = {2.5, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5};
    assertClose(7, DesignEffects.kishEffectiveSampleSize(w), "n_eff");
    assertClose(1, DesignEffects.kishDesignEffect(w), "deff");
  }

  @Test
  void one_weight_is_a_sample_of_one() {
    assertEquals(1, DesignEffects.kishEffectiveSampleSize(new double[] {3.7}), 0);
    assertEquals(1, DesignEffects.kishDesignEffect(new double[] {3.7}), 0);
  }

  @Test
  void huge_and_tiny_weights_neither_overflow_nor_underflow() {
    // Hand derivation: weights proportional to {1, 1, 2} give n_eff = 16/6, deff = 3·6/16.
    for (double scale : new double[] {1e-200, 1e200}) {
      double[] w = {scale, scale, 2 * scale};
      assertClose(16.0 / 6, DesignEffects.kishEffectiveSampleSize(w), "n_eff at " + scale);
      assertClose(18.0 / 16, DesignEffects.kishDesignEffect(w), "deff at " + scale);
    }
  }

  @Test
  void bad_weights_are_rejected_with_a_reason() {
    assertEquals(
        "weights must not be null",
        assertThrows(NullPointerException.class, () -> DesignEffects.kishDesignEffect(null))
            .getMessage());
    assertEquals(
        "weights must not be empty",
        assertThrows(
                IllegalArgumentException.class,
                () -> DesignEffects.kishEffectiveSampleSize(new double[0]))
            .getMessage());
    assertEquals(
        "weights must be finite and >= 0, was -1.0 at index 1",
        assertThrows(
                IllegalArgumentException.class,
                () -> DesignEffects.kishDesignEffect(new double[] {1, -1, 2}))
            .getMessage());
    assertEquals(
        "weights must be finite and >= 0, was NaN at index 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> DesignEffects.kishDesignEffect(new double[] {Double.NaN}))
            .getMessage());
    assertEquals(
        "weights must be finite and >= 0, was Infinity at index 2",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    DesignEffects.kishEffectiveSampleSize(
                        new double[] {1, 2, Double.POSITIVE_INFINITY}))
            .getMessage());
    assertEquals(
        "weights must not all be 0, all 3 were 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> DesignEffects.kishDesignEffect(new double[] {0, 0, 0}))
            .getMessage());
  }
}
