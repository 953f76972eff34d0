package io.github.pollkit.trend;

import io.github.pollkit.internal.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.LongStream;

/**
 * A weighted rolling poll average over a window of days (not of rows), evaluated day by day.
 *
 * <pre>{@code
 * RollingAverage average =
 *     RollingAverage.builder()
 *         .windowDays(30)
 *         .halfLifeDays(14)
 *         .sampleSizeWeight(RollingAverage.SampleSizeWeight.SQRT_N)
 *         .cap(3000)
 *         .mode(RollingAverage.Mode.CENTRED)
 *         .build();
 * RollingAverageFit daily = average.evaluate(polls);           // every day, first to last poll
 * RollingAverageFit some = average.evaluate(polls, new long[] {19000, 19100});
 * }</pre>
 *
 * <h2>Which polls count on day d</h2>
 *
 * A poll on day t has age {@code a = d − t}. With window W it is in the window when {@code 0 ≤ a ≤
 * W} ({@link Mode#REAL_TIME}: only polls ended on or before d, as an average published on day d
 * could know them) or {@code |a| ≤ W/2} ({@link Mode#CENTRED}). Both ends are included. A day with
 * no poll in its window gets NaN (estimate, bounds, standard deviation), 0 polls and effective
 * number 0; nothing is interpolated.
 *
 * <h2>Weights</h2>
 *
 * The weight of poll i on day d is the product {@code w_i = s_i · r_i · p_i · u_i} of
 *
 * <ul>
 *   <li>a sample-size weight {@code s_i}: 1 ({@link SampleSizeWeight#NONE}), {@code √m_i} ({@link
 *       SampleSizeWeight#SQRT_N}) or {@code m_i} ({@link SampleSizeWeight#N}), where {@code m_i =
 *       min(n_i, cap)}. A poll without a sample size gets the median of the sample sizes that the
 *       series reports (before capping; for an even count the mean of the middle two), then capped
 *       like any other; the result counts these polls ({@link
 *       RollingAverageFit#imputedSampleSizes()}). If no poll reports a sample size, sample-size
 *       weighting is refused.
 *   <li>a recency weight {@code r_i = 0.5^(|a_i| / h)} for half-life h days (1 when no half-life is
 *       set), so a poll h days older counts half as much;
 *   <li>a pollster weight {@code p_i} from {@link Builder#pollsterWeights} (1 for a pollster not in
 *       the map);
 *   <li>the poll's own weight {@code u_i} from {@link PollSeries#withWeights} (a file's {@code
 *       weight} column, pollster grades; 1 unless given). It is a reliability weight: for the
 *       estimate a poll of weight u counts as u copies of itself (for whole u, listing the poll u
 *       times gives the same {@code ȳ_w}), whichever sample-size weight is used; the interval
 *       treats it as every other factor, through {@code V1} and {@code V2} below.
 * </ul>
 *
 * <h2>Estimate and interval</h2>
 *
 * With {@code V1 = Σ w_i} and {@code V2 = Σ w_i²} over the k polls in the window:
 *
 * <pre>
 *   estimate  ȳ_w   = Σ w_i y_i / V1
 *   n_eff          = V1² / V2                                (Kish, effective number of polls)
 *   s_w²           = Σ w_i (y_i − ȳ_w)² / (V1 − V2 / V1)     (unbiased with reliability weights)
 *   interval       = ȳ_w ± z_(1 − α/2) · s_w / √n_eff
 * </pre>
 *
 * (The effective number is Kish's, <i>Survey Sampling</i>, Wiley 1965, and "Weighting for unequal
 * P_i", <i>Journal of Official Statistics</i> 8(2), 1992; the variance is the GNU Scientific
 * Library's {@code gsl_stats_wvariance} and numpy's {@code cov(y, aweights=w)}.) With equal weights
 * {@code n_eff = k}, {@code s_w} is the ordinary sample standard deviation and the interval is the
 * plain {@code ȳ ± z · s / √k}. It is a normal-approximation interval for the average of the polls
 * in the window, from the spread between polls only; it ignores each poll's own sampling error and
 * is too narrow when only a few polls are in the window. With one poll (or one poll holding all the
 * weight) there is no spread to measure: the bounds and the standard deviation are NaN while the
 * estimate is that poll's share.
 *
 * <p>This class is long on purpose: the settings, their {@link Builder} and the enums are public
 * names that stay together, and the Javadoc states the method. The computation is in {@code
 * WeightedPolls} (the weights before recency) and {@code WeightedWindow} (one window's statistics).
 */
public final class RollingAverage {

  /** How a poll's sample size n enters its weight. */
  public enum SampleSizeWeight {
    /** Every poll counts the same, whatever its size. */
    NONE,
    /** Weight √n, as the inverse of a poll's standard error. */
    SQRT_N,
    /** Weight n, as the inverse of a poll's variance. */
    N
  }

  /** Where the window lies relative to the day being averaged. */
  public enum Mode {
    /** Polls that ended on day d or up to W days before it. */
    REAL_TIME,
    /** Polls within W/2 days either side of day d. */
    CENTRED
  }

  /** The longest daily grid {@link #evaluate(PollSeries)} makes (about 2,700 years). */
  static final int MAX_GRID_DAYS = 1_000_000;

  private final double windowDays;
  private final double halfLifeDays;
  private final SampleSizeWeight sampleSizeWeight;
  private final double cap;
  private final Mode mode;
  private final double confidence;
  private final Map<String, Double> pollsterWeights;

  private RollingAverage(Builder b) {
    this.windowDays = b.windowDays;
    this.halfLifeDays = b.halfLifeDays;
    this.sampleSizeWeight = b.sampleSizeWeight == null ? SampleSizeWeight.NONE : b.sampleSizeWeight;
    this.cap = b.cap;
    this.mode = b.mode == null ? Mode.REAL_TIME : b.mode;
    this.confidence = Double.isNaN(b.confidence) ? 0.95 : b.confidence;
    this.pollsterWeights = b.pollsterWeights == null ? Map.of() : b.pollsterWeights;
  }

  private RollingAverage(RollingAverage settings, double confidence) {
    this.windowDays = settings.windowDays;
    this.halfLifeDays = settings.halfLifeDays;
    this.sampleSizeWeight = settings.sampleSizeWeight;
    this.cap = settings.cap;
    this.mode = settings.mode;
    this.confidence = Checks.confidence(confidence);
    this.pollsterWeights = settings.pollsterWeights;
  }

  /**
   * This average with intervals at another confidence level.
   *
   * @param confidence the confidence level of the intervals, in (0, 1)
   * @return a copy with that level
   * @throws IllegalArgumentException if the confidence is not in (0, 1)
   */
  public RollingAverage withConfidence(double confidence) {
    return new RollingAverage(this, confidence);
  }

  /** {@return a new builder; only {@link Builder#windowDays} is required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the window length W in days, finite and &gt; 0} */
  public double windowDays() {
    return windowDays;
  }

  /** {@return the recency half-life in days; infinite when polls are not weighted by age} */
  public double halfLifeDays() {
    return halfLifeDays;
  }

  /** {@return how sample sizes weigh (default {@link SampleSizeWeight#NONE})} */
  public SampleSizeWeight sampleSizeWeight() {
    return sampleSizeWeight;
  }

  /** {@return the cap on sample sizes; infinite when none is set} */
  public double cap() {
    return cap;
  }

  /** {@return the window mode (default {@link Mode#REAL_TIME})} */
  public Mode mode() {
    return mode;
  }

  /** {@return the confidence level of the intervals, a fraction in (0, 1) (default 0.95)} */
  public double confidence() {
    return confidence;
  }

  /** {@return the pollster weights (read-only, empty by default; pollsters not in it weigh 1)} */
  public Map<String, Double> pollsterWeights() {
    return pollsterWeights;
  }

  /**
   * The average on every whole day from the first poll's day (rounded down) to the last poll's day
   * (rounded up).
   *
   * @param polls the polls, at least one
   * @return the average with its band and per-day diagnostics
   * @throws IllegalArgumentException when {@code polls} is empty, or sample-size weighting is set
   *     and no poll reports a sample size
   * @throws NullPointerException if {@code polls} is null
   */
  public RollingAverageFit evaluate(PollSeries polls) {
    Checks.notNull(polls, "polls");
    if (polls.size() == 0) {
      throw new IllegalArgumentException(
          "polls must hold at least one poll for a daily grid; for chosen days use "
              + "evaluate(polls, days)");
    }
    double first = Math.floor(Arrays.stream(polls.epochDays()).min().getAsDouble());
    double last = Math.ceil(Arrays.stream(polls.epochDays()).max().getAsDouble());
    if (last - first >= MAX_GRID_DAYS) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "polls span %.0f days; a daily grid is limited to %d days, "
                  + "for longer spans use evaluate(polls, days)",
              last - first + 1,
              MAX_GRID_DAYS));
    }
    return evaluate(polls, LongStream.rangeClosed((long) first, (long) last).toArray());
  }

  /**
   * The average on the given days.
   *
   * @param polls the polls (may be empty: every day then has no estimate)
   * @param days the days ({@code LocalDate.toEpochDay()}), strictly increasing
   * @return the average with its band and per-day diagnostics
   * @throws NullPointerException if {@code days} is null
   * @throws IllegalArgumentException if the days are not strictly increasing, or when sample-size
   *     weighting is set and no poll reports a sample size
   * @throws NullPointerException if an argument is null
   */
  public RollingAverageFit evaluate(PollSeries polls, long[] days) {
    Checks.notNull(polls, "polls");
    Objects.requireNonNull(days, "days");
    WeightedPolls weighted = WeightedPolls.of(polls, sampleSizeWeight, cap, pollsterWeights);
    double before = mode == Mode.REAL_TIME ? windowDays : windowDays / 2;
    double after = mode == Mode.REAL_TIME ? 0 : windowDays / 2;
    return new WeightedWindow(weighted, halfLifeDays, confidence).evaluate(days, before, after);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RollingAverage r && settings().equals(r.settings());
  }

  @Override
  public int hashCode() {
    return settings().hashCode();
  }

  private List<Object> settings() {
    return Arrays.asList(
        windowDays, halfLifeDays, sampleSizeWeight, cap, mode, confidence, pollsterWeights);
  }

  /**
   * For example {@code "RollingAverage[REAL_TIME, 30 days, half-life 14 days, SQRT_N capped at
   * 3000, 95%]"}.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("RollingAverage[").append(mode);
    s.append(", ").append(number(windowDays)).append(" days");
    if (Double.isFinite(halfLifeDays)) {
      s.append(", half-life ").append(number(halfLifeDays)).append(" days");
    }
    s.append(", ").append(sampleSizeWeight);
    if (Double.isFinite(cap)) {
      s.append(" capped at ").append(number(cap));
    }
    if (!pollsterWeights.isEmpty()) {
      s.append(", pollster weights ").append(pollsterWeights);
    }
    return s.append(", ").append(TrendFormat.percent(confidence)).append("%]").toString();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  /**
   * Builder of a {@link RollingAverage}. Each option may be set once; {@link #build()} rejects
   * conflicting or missing options.
   */
  public static final class Builder {
    private double windowDays = Double.NaN;
    private double halfLifeDays = Double.POSITIVE_INFINITY;
    private boolean halfLifeSet;
    private SampleSizeWeight sampleSizeWeight;
    private double cap = Double.POSITIVE_INFINITY;
    private boolean capSet;
    private Mode mode;
    private double confidence = Double.NaN;
    private Map<String, Double> pollsterWeights;

    private Builder() {}

    /**
     * The window length W in days. Required.
     *
     * @param windowDays W, finite and {@code > 0}; fractions allowed
     * @return this builder
     * @throws IllegalArgumentException if {@code windowDays} is not finite and {@code > 0}
     * @throws IllegalStateException if the window was already set
     */
    public Builder windowDays(double windowDays) {
      Checks.notSetYet(!Double.isNaN(this.windowDays), "windowDays", number(this.windowDays));
      this.windowDays = Checks.positive(windowDays, "windowDays");
      return this;
    }

    /**
     * Weight polls by 0.5^(age / halfLifeDays). Default: no recency weight.
     *
     * @param halfLifeDays the half-life h in days, finite and {@code > 0}
     * @return this builder
     * @throws IllegalArgumentException if {@code halfLifeDays} is not finite and {@code > 0}
     * @throws IllegalStateException if the half-life was already set
     */
    public Builder halfLifeDays(double halfLifeDays) {
      Checks.notSetYet(halfLifeSet, "halfLifeDays", number(this.halfLifeDays));
      this.halfLifeDays = Checks.positive(halfLifeDays, "halfLifeDays");
      halfLifeSet = true;
      return this;
    }

    /**
     * How sample sizes weigh. Default {@link SampleSizeWeight#NONE}.
     *
     * @param sampleSizeWeight the weighting
     * @return this builder
     * @throws IllegalArgumentException if {@code sampleSizeWeight} is null
     * @throws IllegalStateException if the sample-size weight was already set
     */
    public Builder sampleSizeWeight(SampleSizeWeight sampleSizeWeight) {
      Checks.notSetYet(this.sampleSizeWeight != null, "sampleSizeWeight", this.sampleSizeWeight);
      if (sampleSizeWeight == null) {
        throw new NullPointerException(
            "sampleSizeWeight must be one of "
                + Arrays.toString(SampleSizeWeight.values())
                + ", was null");
      }
      this.sampleSizeWeight = sampleSizeWeight;
      return this;
    }

    /**
     * Count sample sizes above {@code cap} as {@code cap}. Needs SQRT_N or N ({@link #build()}
     * checks).
     *
     * @param cap the largest sample size that counts, finite and {@code > 0}
     * @return this builder
     * @throws IllegalArgumentException if {@code cap} is not finite and {@code > 0}
     * @throws IllegalStateException if the cap was already set
     */
    public Builder cap(double cap) {
      Checks.notSetYet(capSet, "cap", number(this.cap));
      this.cap = Checks.positive(cap, "cap");
      capSet = true;
      return this;
    }

    /**
     * The window mode. Default {@link Mode#REAL_TIME}.
     *
     * @param mode where the window lies relative to the day averaged
     * @return this builder
     * @throws IllegalArgumentException if {@code mode} is null
     * @throws IllegalStateException if the mode was already set
     */
    public Builder mode(Mode mode) {
      Checks.notSetYet(this.mode != null, "mode", this.mode);
      if (mode == null) {
        throw new NullPointerException(
            "mode must be one of " + Arrays.toString(Mode.values()) + ", was null");
      }
      this.mode = mode;
      return this;
    }

    /**
     * The confidence level of the intervals. Default 0.95.
     *
     * @param confidence the level, a fraction in (0, 1)
     * @return this builder
     * @throws IllegalArgumentException if the confidence is not in (0, 1)
     * @throws IllegalStateException if the confidence was already set
     */
    public Builder confidence(double confidence) {
      Checks.notSetYet(!Double.isNaN(this.confidence), "confidence", this.confidence);
      this.confidence = Checks.confidence(confidence);
      return this;
    }

    /**
     * Multiply each poll's weight by its pollster's weight (finite, {@code > 0}); pollsters not in
     * the map weigh 1. The map is copied.
     *
     * @param pollsterWeights the weight of each pollster by name, as in the series
     * @return this builder
     * @throws IllegalArgumentException if the map is null, holds a null pollster, or a weight is
     *     null or not finite and {@code > 0}
     * @throws IllegalStateException if the pollster weights were already set
     */
    public Builder pollsterWeights(Map<String, Double> pollsterWeights) {
      if (this.pollsterWeights != null) {
        throw new IllegalStateException(
            "pollsterWeights were already set to " + this.pollsterWeights);
      }
      this.pollsterWeights = Checks.pollsterWeights(pollsterWeights, "pollsterWeights");
      return this;
    }

    /**
     * The average.
     *
     * @return a rolling average with these settings, the others at their defaults
     * @throws IllegalStateException when windowDays is not set, or a cap is set while sample sizes
     *     do not weigh
     */
    public RollingAverage build() {
      if (Double.isNaN(windowDays)) {
        throw new IllegalStateException("windowDays must be set (the window length in days, > 0)");
      }
      if (capSet && (sampleSizeWeight == null || sampleSizeWeight == SampleSizeWeight.NONE)) {
        throw new IllegalStateException(
            "cap was set to "
                + number(cap)
                + " but sampleSizeWeight is NONE; a cap only limits SQRT_N or N weights");
      }
      return new RollingAverage(this);
    }
  }
}
