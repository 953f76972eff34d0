package io.github.pollkit.trend;

import io.github.pollkit.internal.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

/**
 * A Kalman poll average: a local-level (random-walk) model on a daily grid from the first to the
 * last poll day, filtered forward (what one knew each day) and smoothed backward (the retrospective
 * average), with standard errors and bands.
 *
 * <pre>{@code
 * int[] day = {19000, 19000, 19003, 19010};          // epoch days of the polls
 * double[] share = {45, 48, 46, 44};                 // points
 * double[] n = {1000, 800, Double.NaN, 1200};        // NaN: sample size not published
 * KalmanFit avg = KalmanSmoother.builder().build().smooth(day, share, n);
 * TrendBand average = avg.smoothed();                // one day each 19000..19010, 95% band
 * KalmanFit at90 = KalmanSmoother.builder().build().withConfidence(0.90).smooth(day, share, n);
 * }</pre>
 *
 * <h2>Model</h2>
 *
 * μ<sub>t</sub> = μ<sub>t−1</sub> + η<sub>t</sub>, η<sub>t</sub> ~ N(0, q) per day; poll i on day
 * t<sub>i</sub> observes y<sub>i</sub> = μ(t<sub>i</sub>) + ε<sub>i</sub> with ε<sub>i</sub> ~ N(0,
 * h<sub>i</sub>), where (shares p in points)
 *
 * <ul>
 *   <li>h<sub>i</sub> = p(100 − p)/n × designEffect + (high − low)²/12 + τ² for a share: the
 *       binomial sampling variance, the variance of a value uniform over a published range [low,
 *       high], and τ², a non-sampling variance shared by all polls (house effects, frames, wording;
 *       cf. Shirani-Mehr, Rothschild, Goel &amp; Gelman 2018, JASA 113:607);
 *   <li>h<sub>i</sub> = [100(p<sub>1</sub> + p<sub>2</sub>) − (p<sub>1</sub> − p<sub>2</sub>)²]/n ×
 *       designEffect + τ² for the lead p<sub>1</sub> − p<sub>2</sub> of two options of one poll
 *       (the multinomial variance of a difference of shares, e.g. Franklin 2007, "The 'Margin of
 *       Error' for Differences in Polls");
 *   <li>h<sub>i</sub> = the given variance + τ² for {@link #smoothWithVariances}.
 * </ul>
 *
 * Several polls on one day are successive updates; days without polls are predictions. The level
 * before the first poll is exactly diffuse (Durbin &amp; Koopman 2012, <i>Time Series Analysis by
 * State Space Methods</i>, 2nd ed., §5.2), as statsmodels' {@code UnobservedComponents(...,
 * use_exact_diffuse=True)}; the filter, the Rauch–Tung–Striebel smoother and the log-likelihood are
 * those of Durbin &amp; Koopman §2.2, §2.4 and §7.2.
 *
 * <h2>Variances</h2>
 *
 * q and τ² are estimated by maximum likelihood (the prediction-error decomposition, maximised over
 * log q and log τ² with a grid search refined by BOBYQA or Brent) unless given to the builder. With
 * every poll on one day q is not identified and reported as NaN; with one poll τ² is reported as 0.
 *
 * <h2>Poll weights</h2>
 *
 * The methods that take a {@code weight} give each poll a weight w<sub>i</sub> &gt; 0 (a file's
 * {@code weight} column, pollster grades): a poll of weight w counts as w independent polls of its
 * size, so its known variance (sampling variance times the design effect, plus a range's variance)
 * is divided by w, while τ² is not: h<sub>i</sub> = v<sub>i</sub> / w<sub>i</sub> + τ². This is the
 * meaning {@link PollAverage} gives a weight, and what a state space model with a per-observation
 * variance does (statsmodels' {@code UnobservedComponents} with {@code obs_cov} set per
 * observation). A weight of 1 changes nothing.
 *
 * <h2>Real time</h2>
 *
 * {@link #realTime} is what one could have published each day from the polls placed on or before it
 * (place them at their field end). With q and τ² both given it is the forward filter. When either
 * is estimated, it is never estimated from later polls: it is re-estimated by maximum likelihood
 * every Monday from the polls placed on or before that Monday alone, with the calendar, the warm
 * start and the minimum of {@value PollAverage#MINIMUM_POLLS} polls of {@link PollAverage#realTime}
 * (this model is a {@link PollAverage} without house effects), and days before the first
 * re-estimation have no estimate (NaN). Cutting the poll list at any day leaves every real-time
 * estimate up to that day unchanged.
 *
 * <h2>Missing sample sizes</h2>
 *
 * A poll whose n is NaN is given the median n of the polls that have one, and counted in {@link
 * KalmanFit#pollsWithMedianSampleSize()}; if no poll has a sample size the call is rejected. No
 * poll is left out.
 *
 * <p>Instances are immutable and thread-safe. (The class is longer than most because the model, its
 * variances, weights and real-time rule are stated here in full and each public entry point,
 * shares, leads or given variances, retrospective or real-time, documents its arguments; the
 * numerics live in {@code KalmanInput}, {@code LocalLevelFilter} and {@code LocalLevelEstimator}.)
 */
public final class KalmanSmoother {

  private final double processVariance; // NaN: estimate
  private final double nonSamplingVariance; // NaN: estimate
  private final double designEffect;
  private final double confidence;

  private KalmanSmoother(
      double processVariance, double nonSamplingVariance, double designEffect, double confidence) {
    this.processVariance = processVariance;
    this.nonSamplingVariance = nonSamplingVariance;
    this.designEffect = designEffect;
    this.confidence = Checks.confidence(confidence);
  }

  /**
   * A builder that estimates q and τ² and uses design effect 1 unless told otherwise; bands are 95%
   * unless changed with {@link #withConfidence(double)}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the confidence level of the bands, 0.95 unless changed} */
  public double confidence() {
    return confidence;
  }

  /**
   * This smoother with bands at another confidence level.
   *
   * @param confidence the confidence level, in (0, 1)
   * @return a copy with that level
   * @throws IllegalArgumentException if the confidence is not in (0, 1)
   */
  public KalmanSmoother withConfidence(double confidence) {
    return new KalmanSmoother(processVariance, nonSamplingVariance, designEffect, confidence);
  }

  /**
   * Smooths the share of one option.
   *
   * @param day the day of each poll in epoch days ({@code LocalDate.toEpochDay()}), in any order
   * @param share the share of each poll in points, in [0, 100]
   * @param n the sample size of each poll, &gt; 0, or NaN when not published
   * @return the smoothed and filtered share in points on every day from the first to the last poll
   *     day, with the variances, log-likelihood and polls used
   * @throws IllegalArgumentException if there is no poll, the arrays differ in length, a share is
   *     not in [0, 100], a sample size is not &gt; 0 or NaN, or no poll has a sample size
   */
  public KalmanFit smooth(int[] day, double[] share, double[] n) {
    return fit(KalmanInput.ofShares(day, share, n, null, null, designEffect));
  }

  /**
   * Smooths the share of one option where some polls publish a range instead of a point.
   *
   * @param day the day of each poll in epoch days, in any order
   * @param share the share of each poll in points (for a range, usually its midpoint)
   * @param n the sample size of each poll, &gt; 0, or NaN when not published
   * @param rangeLow the lower bound of a published range, or NaN when the poll has none
   * @param rangeHigh the upper bound, NaN exactly where {@code rangeLow} is; {@code rangeLow <=
   *     share <= rangeHigh}
   * @return the smoothed and filtered share in points on every day from the first to the last poll
   *     day; a range adds (high − low)²/12 to its poll's variance
   * @throws IllegalArgumentException if {@code rangeLow} or {@code rangeHigh} is null, there is no
   *     poll, the arrays differ in length, a share or range is not in [0, 100] or a range does not
   *     hold its share
   */
  public KalmanFit smooth(
      int[] day, double[] share, double[] n, double[] rangeLow, double[] rangeHigh) {
    if (rangeLow == null || rangeHigh == null) {
      throw new NullPointerException(
          "rangeLow and rangeHigh must not be null (use smooth(day, share, n) without ranges)");
    }
    return fit(KalmanInput.ofShares(day, share, n, rangeLow, rangeHigh, designEffect));
  }

  /**
   * Smooths the share of one option with a weight per poll (see "Poll weights" in the class notes).
   *
   * @param day the day of each poll in epoch days, in any order
   * @param share the share of each poll in points (for a range, usually its midpoint)
   * @param n the sample size of each poll, &gt; 0, or NaN when not published
   * @param rangeLow the lower bound of a published range, or NaN when the poll has none
   * @param rangeHigh the upper bound, NaN exactly where {@code rangeLow} is
   * @param weight the weight of each poll, finite and &gt; 0: its known variance is divided by it
   * @return the smoothed and filtered share in points on every day from the first to the last poll
   *     day
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException as {@link #smooth(int[], double[], double[], double[],
   *     double[])}, or if a weight is not finite and &gt; 0
   */
  public KalmanFit smooth(
      int[] day,
      double[] share,
      double[] n,
      double[] rangeLow,
      double[] rangeHigh,
      double[] weight) {
    return fit(shares(day, share, n, rangeLow, rangeHigh, weight));
  }

  /**
   * Smooths the net lead share1 − share2 of two options with a weight per poll (see "Poll weights"
   * in the class notes).
   *
   * @param day the day of each poll in epoch days, in any order
   * @param share1 the share of the first option in points
   * @param share2 the share of the second option in points; share1 + share2 &lt;= 100
   * @param n the sample size of each poll, &gt; 0, or NaN when not published
   * @param weight the weight of each poll, finite and &gt; 0: its known variance is divided by it
   * @return the smoothed and filtered lead in points on every day from the first to the last poll
   *     day
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException as {@link #smoothLead(int[], double[], double[], double[])},
   *     or if a weight is not finite and &gt; 0
   */
  public KalmanFit smoothLead(
      int[] day, double[] share1, double[] share2, double[] n, double[] weight) {
    return fit(leads(day, share1, share2, n, weight));
  }

  /**
   * The honest real-time average of one option's share (see "Real time" in the class notes).
   *
   * @param day the day each poll became known in epoch days (its field end), in any order
   * @param share the share of each poll in points (for a range, usually its midpoint)
   * @param n the sample size of each poll, &gt; 0, or NaN when not published
   * @param rangeLow the lower bound of a published range, or NaN when the poll has none
   * @param rangeHigh the upper bound, NaN exactly where {@code rangeLow} is
   * @param weight the weight of each poll, finite and &gt; 0 (all 1 for none)
   * @return the real-time level on every day from the first to the last poll day, and the weekly
   *     re-estimations (none when q and τ² are given; their house variance is 0)
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException as {@link #smooth(int[], double[], double[], double[],
   *     double[], double[])}
   */
  public RealTimeAverage realTime(
      int[] day,
      double[] share,
      double[] n,
      double[] rangeLow,
      double[] rangeHigh,
      double[] weight) {
    return realTime(shares(day, share, n, rangeLow, rangeHigh, weight));
  }

  /**
   * The honest real-time average of the lead share1 − share2 (see "Real time" in the class notes).
   *
   * @param day the day each poll became known in epoch days (its field end), in any order
   * @param share1 the share of the first option in points
   * @param share2 the share of the second option in points; share1 + share2 &lt;= 100
   * @param n the sample size of each poll, &gt; 0, or NaN when not published
   * @param weight the weight of each poll, finite and &gt; 0 (all 1 for none)
   * @return the real-time lead on every day from the first to the last poll day, and the weekly
   *     re-estimations
   * @throws NullPointerException if an array is null
   * @throws IllegalArgumentException as {@link #smoothLead(int[], double[], double[], double[],
   *     double[])}
   */
  public RealTimeAverage realTimeLead(
      int[] day, double[] share1, double[] share2, double[] n, double[] weight) {
    return realTime(leads(day, share1, share2, n, weight));
  }

  private KalmanInput shares(
      int[] day,
      double[] share,
      double[] n,
      double[] rangeLow,
      double[] rangeHigh,
      double[] weight) {
    Checks.notNull(rangeLow, "rangeLow");
    Checks.notNull(rangeHigh, "rangeHigh");
    Checks.notNull(weight, "weight");
    return KalmanInput.ofShares(day, share, n, rangeLow, rangeHigh, designEffect).weighted(weight);
  }

  private KalmanInput leads(
      int[] day, double[] share1, double[] share2, double[] n, double[] weight) {
    Checks.notNull(weight, "weight");
    return KalmanInput.ofLeads(day, share1, share2, n, designEffect).weighted(weight);
  }

  /**
   * Smooths the net lead share1 − share2 of two options asked in the same polls (for example
   * support − oppose), so that the lead gets its own band.
   *
   * @param day the day of each poll in epoch days, in any order
   * @param share1 the share of the first option in points
   * @param share2 the share of the second option in points; share1 + share2 &lt;= 100
   * @param n the sample size of each poll, &gt; 0, or NaN when not published
   * @return the smoothed and filtered lead in points (positive when the first option leads) on
   *     every day from the first to the last poll day
   * @throws IllegalArgumentException if there is no poll, the arrays differ in length, a share is
   *     not in [0, 100] or the two shares of a poll add up to more than 100
   */
  public KalmanFit smoothLead(int[] day, double[] share1, double[] share2, double[] n) {
    return fit(KalmanInput.ofLeads(day, share1, share2, n, designEffect));
  }

  /**
   * Smooths values whose observation variances are known (points²); τ² is added to each, the design
   * effect is not applied. With all variances 0 and τ² estimated this is the classical local-level
   * model with a constant irregular variance τ².
   *
   * @param day the day of each value in epoch days, in any order
   * @param value the values, finite
   * @param variance the known variance of each value, in [0, ∞)
   * @return the smoothed and filtered level on every day from the first to the last day, in the
   *     unit of the values
   * @throws IllegalArgumentException if there is no value, the arrays differ in length, a value is
   *     not finite or a variance is not in [0, ∞)
   */
  public KalmanFit smoothWithVariances(int[] day, double[] value, double[] variance) {
    return fit(KalmanInput.ofVariances(day, value, variance));
  }

  private KalmanFit fit(KalmanInput in) {
    LocalLevelEstimator.Variances v =
        LocalLevelEstimator.estimate(in, processVariance, nonSamplingVariance);
    LocalLevelFilter.States s =
        LocalLevelFilter.run(in, v.processVariance(), v.nonSamplingVariance());
    long[] days = LongStream.range(in.firstDay, (long) in.firstDay + in.gridDays).toArray();
    return new KalmanFit(
        TrendBand.normal(days, s.smoothed(), sqrt(s.smoothedVariance()), confidence),
        TrendBand.normal(days, s.filtered(), sqrt(s.filteredVariance()), confidence),
        v.processVariance(),
        Double.isNaN(processVariance),
        v.nonSamplingVariance(),
        Double.isNaN(nonSamplingVariance),
        s.logLikelihood(),
        in.size(),
        in.medianSampleSizeCount);
  }

  private RealTimeAverage realTime(KalmanInput in) {
    if (!Double.isNaN(processVariance) && !Double.isNaN(nonSamplingVariance)) {
      LocalLevelFilter.States s = LocalLevelFilter.run(in, processVariance, nonSamplingVariance);
      return new RealTimeAverage(in.firstDay, s.filtered(), sqrt(s.filteredVariance()), List.of());
    }
    PollAverage.Builder model = PollAverage.builder().houseEffects(false);
    if (!Double.isNaN(processVariance)) {
      model.processVariance(processVariance);
    }
    if (!Double.isNaN(nonSamplingVariance)) {
      model.nonSamplingVariance(nonSamplingVariance);
    }
    return model.build().realTime(PollObservations.withoutPollsters(in));
  }

  private static double[] sqrt(double[] variance) {
    return Arrays.stream(variance).map(Math::sqrt).toArray();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "KalmanSmoother[q = %s, τ² = %s, design effect %s, %s%% bands]",
        Double.isNaN(processVariance) ? "ML" : processVariance,
        Double.isNaN(nonSamplingVariance) ? "ML" : nonSamplingVariance,
        designEffect,
        TrendFormat.percent(confidence));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KalmanSmoother k && settings().equals(k.settings());
  }

  @Override
  public int hashCode() {
    return settings().hashCode();
  }

  private List<Double> settings() {
    return List.of(processVariance, nonSamplingVariance, designEffect, confidence);
  }

  /**
   * Configures a {@link KalmanSmoother}. Each setting may be made once; a second setting of the
   * same variance (including estimate after a value) is rejected.
   */
  public static final class Builder {
    private double processVariance = Double.NaN;
    private boolean processVarianceSet;
    private double nonSamplingVariance = Double.NaN;
    private boolean nonSamplingVarianceSet;
    private double designEffect = 1;
    private boolean designEffectSet;

    private Builder() {}

    /**
     * Fixes q, the variance of the daily change of the level, instead of estimating it.
     *
     * @param q the process variance in points² per day, in (0, ∞)
     * @return this builder
     * @throws IllegalArgumentException if {@code q} is not in (0, ∞)
     * @throws IllegalStateException if q was already fixed or set to be estimated
     */
    public Builder processVariance(double q) {
      requireUnsetProcessVariance();
      if (!(q > 0) || Double.isInfinite(q)) {
        throw new IllegalArgumentException("processVariance must be in (0, ∞), was " + q);
      }
      processVariance = q;
      processVarianceSet = true;
      return this;
    }

    /**
     * Estimates q by maximum likelihood (the default, so this only states it).
     *
     * @return this builder
     * @throws IllegalStateException if q was already fixed or set to be estimated
     */
    public Builder estimateProcessVariance() {
      requireUnsetProcessVariance();
      processVarianceSet = true;
      return this;
    }

    /**
     * Fixes τ², the non-sampling variance shared by all polls, instead of estimating it.
     *
     * @param tau2 τ² in points², in [0, ∞); 0 treats the polls as pure random samples
     * @return this builder
     * @throws IllegalArgumentException if {@code tau2} is not in [0, ∞)
     * @throws IllegalStateException if τ² was already fixed or set to be estimated
     */
    public Builder nonSamplingVariance(double tau2) {
      requireUnsetNonSamplingVariance();
      if (!(tau2 >= 0) || Double.isInfinite(tau2)) {
        throw new IllegalArgumentException("nonSamplingVariance must be in [0, ∞), was " + tau2);
      }
      nonSamplingVariance = tau2;
      nonSamplingVarianceSet = true;
      return this;
    }

    /**
     * Estimates τ² by maximum likelihood (the default, so this only states it).
     *
     * @return this builder
     * @throws IllegalStateException if τ² was already fixed or set to be estimated
     */
    public Builder estimateNonSamplingVariance() {
      requireUnsetNonSamplingVariance();
      nonSamplingVarianceSet = true;
      return this;
    }

    /**
     * Multiplies every sampling variance (not τ², not a range's variance) by a design effect.
     *
     * @param d the design effect, in (0, ∞); 1 (the default) for simple random samples
     * @return this builder
     * @throws IllegalArgumentException if {@code d} is not in (0, ∞)
     * @throws IllegalStateException if the design effect was already set
     */
    public Builder designEffect(double d) {
      Checks.notSetYet(designEffectSet, "design effect", designEffect);
      if (!(d > 0) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("designEffect must be in (0, ∞), was " + d);
      }
      designEffect = d;
      designEffectSet = true;
      return this;
    }

    /**
     * The smoother.
     *
     * @return a smoother with these settings
     */
    public KalmanSmoother build() {
      return new KalmanSmoother(processVariance, nonSamplingVariance, designEffect, 0.95);
    }

    private void requireUnsetProcessVariance() {
      Checks.notSetYet(
          processVarianceSet,
          "process variance",
          Double.isNaN(processVariance) ? "estimate" : processVariance);
    }

    private void requireUnsetNonSamplingVariance() {
      Checks.notSetYet(
          nonSamplingVarianceSet,
          "non-sampling variance",
          Double.isNaN(nonSamplingVariance) ? "estimate" : nonSamplingVariance);
    }
  }
}
