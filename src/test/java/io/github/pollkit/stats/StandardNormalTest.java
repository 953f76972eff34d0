package io.github.pollkit.stats;

import static io.github.pollkit.testing.Reference.assertClose;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class StandardNormalTest {

  /** scipy.stats.norm.isf((1 - confidence)/2) (reference/stats/critical_values.csv). */
  @ParameterizedTest(name = "confidence={0}")
  @CsvFileSource(resources = "/reference/stats/critical_values.csv", numLinesToSkip = 1)
  void critical_value_matches_scipy(double confidence, double z) {
    assertClose(z, StandardNormal.criticalValue(confidence), "z");
  }
}
