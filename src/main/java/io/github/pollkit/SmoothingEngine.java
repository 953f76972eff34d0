package io.github.pollkit;

/** The one call of a {@link Smoother} into its trend engine; every permitted smoother has it. */
interface SmoothingEngine {

  /**
   * What the smoother needs of each poll.
   *
   * @return the need
   */
  Series.Need need();

  /**
   * Smooths one option's series, or a lead's series when {@code series.isLead()}.
   *
   * @param series the polls, at least one
   * @return the line with its band and provenance
   */
  SmoothedTrend smooth(Series series);

  /**
   * The engine of a smoother (every permitted {@link Smoother} is one).
   *
   * @param smoother the smoother
   * @return it, as an engine
   */
  static SmoothingEngine of(Smoother smoother) {
    return (SmoothingEngine) smoother;
  }

  /**
   * Rejects a series with no poll, naming the polls left out.
   *
   * @param s the series
   */
  static void requireSome(Series s) {
    if (s.size() == 0) {
      throw new IllegalArgumentException(
          "no poll of '" + s.label + "' can be smoothed: " + Series.describeLeftOut(s.leftOut));
    }
  }

  /**
   * The note for polls given the median sample size, or {@code ""} for none.
   *
   * @param count how many polls had no sample size
   * @return the note
   */
  static String medianSampleSizeNote(int count) {
    return count == 0 ? "" : count + " polls without a sample size given the median n";
  }

  /**
   * {@code ""} for a 95% band, otherwise e.g. {@code ", 90% band"}.
   *
   * @param confidence the level
   * @return the suffix
   */
  static String bandSuffix(double confidence) {
    return confidence == 0.95
        ? ""
        : ", " + new java.math.BigDecimal(Double.toString(confidence)).movePointRight(2)
            .stripTrailingZeros().toPlainString() + "% band";
  }
}
