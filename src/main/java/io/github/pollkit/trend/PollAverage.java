package io.github.pollkit.trend;

import io.github.pollkit.internal.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A poll average with house effects, breaks and poll weights: a random-walk level on a daily grid,
 * with every pollster's lean estimated jointly with it; retrospective (smoothed, from all polls) or
 * honestly real time (each day from the polls known that day, with parameters estimated from them
 * alone).
 *
 * <pre>{@code
 * PollObservations polls = PollObservations.ofShares(endDay, approve, n, pollster);
 * PollAverage average = PollAverage.builder().breaks(LocalDate.of(2022, 2, 24)).build();
 * PollAverageFit fit = average.fit(polls);          // retrospective level, house effects
 * fit.houseEffects();                                // pollster, effect, se, polls
 * RealTimeAverage live = average.realTime(polls);   // what one could know each day
 * }</pre>
 *
 * <h2>Model</h2>
 *
 * Poll i, placed on day t<sub>i</sub> and published by pollster k<sub>i</sub>, observes
 *
 * <pre>
 *   y_i = μ(t_i) + h(k_i) + ε_i,   ε_i ~ N(0, v_i / w_i + τ²),
 *   μ_t = μ_{t−1} + η_t,           η_t ~ N(0, q),
 *   h_k ~ N(0, σ_h²) independently,
 * </pre>
 *
 * the "pooling the polls" model of Jackman (2005, <i>Australian Journal of Political Science</i>
 * 40:499) with a random-effects prior on the house effects, written as a linear Gaussian state
 * space model (Durbin &amp; Koopman 2012, <i>Time Series Analysis by State Space Methods</i>, 2nd
 * ed.): v<sub>i</sub> is the poll's sampling variance in points² (see {@link PollObservations}),
 * w<sub>i</sub> its weight (a poll of weight w counts as w independent polls of its size), τ² a
 * non-sampling variance shared by all polls, q the variance of the level's daily change and
 * σ<sub>h</sub>² the variance of the house effects across pollsters. Pollsters with few polls are
 * thereby shrunk toward zero (the posterior mean of h<sub>k</sub> is a precision-weighted
 * compromise between its polls and the prior mean 0).
 *
 * <p>When the polls carry groups ({@link PollObservations#withGroups(String[])}: a population such
 * as adults, registered or likely voters, or a mode), y<sub>i</sub> gains an offset
 * o(g<sub>i</sub>) for its group, with a flat prior; the offsets sum to zero over the groups in the
 * data, each group counted once, so the level is then also the mean over groups.
 *
 * <h2>What zero means (centring rule)</h2>
 *
 * A house effect of zero is the mean of the distribution of pollsters: every pollster counts once,
 * however many polls it publishes. Because the level is exactly diffuse, the data say nothing about
 * the mean of the house effects, so the estimated effects of the pollsters in the data sum to
 * exactly zero (each pollster once), and the level is the average pollster's reading. The
 * uncertainty of where that mean lies, σ<sub>h</sub>²/K for K pollsters, is part of the level's
 * standard error. As σ<sub>h</sub> → ∞ the estimates tend to those of a regression with pollster
 * dummies under the unweighted sum-to-zero constraint over pollsters.
 *
 * <h2>Breaks</h2>
 *
 * On a declared break day b the level may jump: it restarts diffusely between b − 1 and b (a poll
 * placed on b or later is after the break). A diffuse restart rather than a jump variance estimated
 * by maximum likelihood: a variance estimated from one or two jumps is hardly determined (and often
 * at the boundary 0), while a diffuse restart assumes nothing about the jump's size; the house
 * effects still link the two sides. q then describes ordinary day-to-day movement only. The
 * real-time level is unknown (NaN) from a break until the first poll after it.
 *
 * <h2>Estimation</h2>
 *
 * q, τ² and σ<sub>h</sub>² are estimated by maximum likelihood unless given: the exact marginal
 * likelihood with the house effects integrated out (a regression in the state space model, Durbin
 * &amp; Koopman §6.2.2), maximised over their logarithms (a grid, then BOBYQA). The house effects
 * are then their posterior means with posterior standard errors, and the level's standard error
 * includes the uncertainty of the house effects. With fewer than two pollsters there are no house
 * effects.
 *
 * <h2>Real time</h2>
 *
 * The real-time average on day d uses only the polls placed on or before d, which should be placed
 * at their field end (the first day they could be known). The variances are re-estimated on a fixed
 * calendar — every {@link Builder#reestimateOn(DayOfWeek) Monday} by default, whatever the last
 * poll's day — from the polls placed on or before that day alone (warm-started from the previous
 * re-estimation), once at least {@value #MINIMUM_POLLS} polls are known; days before the first
 * re-estimation are NaN. Within the week the house effects and the level are the exact filtered
 * posterior given the polls up to d. Cutting the poll list at any day therefore leaves every
 * real-time estimate up to that day unchanged.
 *
 * <p>Instances are immutable and thread-safe. (The class is longer than most because the model and
 * its rules are stated here in full and its builder documents seven settings; the numerics live in
 * {@code HouseEffectModel}, {@code HouseEffectPosterior}, {@code HouseEffectEstimator}, {@code
 * RetrospectiveLevel} and {@code RealTimeFilter}.)
 */
public final class PollAverage {

  /** The fewest polls from which the variances are estimated in real time. */
  public static final int MINIMUM_POLLS = 10;

  private final boolean houseEffects;
  private final int[] breaks; // epoch days
  private final double processVariance; // NaN: estimate
  private final double nonSamplingVariance;
  private final double houseVariance;
  private final DayOfWeek reestimationDay;
  private final Map<String, Double> pollsterWeights;

  private PollAverage(Builder b) {
    this.houseEffects = b.houseEffects == null || b.houseEffects;
    this.breaks = b.breaks == null ? new int[0] : b.breaks;
    this.processVariance = b.processVariance;
    this.nonSamplingVariance = b.nonSamplingVariance;
    this.houseVariance = b.houseVariance;
    this.reestimationDay = b.reestimationDay == null ? DayOfWeek.MONDAY : b.reestimationDay;
    this.pollsterWeights = b.pollsterWeights == null ? Map.of() : b.pollsterWeights;
  }

  /**
   * A builder: house effects on, no breaks, every variance by maximum likelihood, re-estimation on
   * Mondays.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The retrospective average from all polls: the smoothed level on every day from the first to the
   * last poll, the house effects and the estimated variances.
   *
   * @param polls the polls
   * @return the fit
   * @throws NullPointerException if polls is null
   */
  public PollAverageFit fit(PollObservations polls) {
    Objects.requireNonNull(polls, "polls");
    HouseEffectModel model = new HouseEffectModel(weighted(polls), breaks, houseEffects);
    int m = model.size();
    HouseEffectEstimator.Estimate est =
        new HouseEffectEstimator(model, m)
            .estimate(processVariance, nonSamplingVariance, houseVariance, null);
    double q = Double.isNaN(est.q()) ? 0 : est.q();
    HouseEffectModel.Workspace ws = new HouseEffectModel.Workspace();
    boolean withHouses = est.houseVariance() > 0;
    HouseEffectModel.Sufficient suf = model.sufficient(m, q, est.tau2(), ws, withHouses);
    HouseEffectPosterior post = HouseEffectPosterior.of(suf, est.houseVariance());
    RetrospectiveLevel level = RetrospectiveLevel.of(model, q, est.tau2(), post, suf.k, suf.g);
    int columns = suf.k + suf.g;
    int k = model.houseEffects ? model.pollsterCount : 0;
    int[] count = new int[k];
    int[] groupCount = new int[model.groupNames.length];
    for (int i = 0; i < m; i++) {
      if (k > 0) {
        count[model.pollster[i]]++;
      }
      if (model.offsets) {
        groupCount[model.group[i]]++;
      }
    }
    double[] effect = new double[k];
    double[] effectSe = new double[k];
    for (int j = 0; j < k && j < suf.k; j++) {
      effect[j] = post.meanOf(j);
      effectSe[j] = Math.sqrt(post.varianceOf(j, columns));
    }
    int g = groupCount.length;
    double[] offset = new double[g];
    double[] offsetSe = new double[g];
    for (int j = 0; j < g; j++) {
      offset[j] = post.meanOf(suf.k + j);
      offsetSe[j] = Math.sqrt(post.varianceOf(suf.k + j, columns));
    }
    double[] adjusted = new double[m];
    for (int i = 0; i < m; i++) {
      double shift = 0;
      if (suf.k > 0) {
        shift += post.meanOf(model.pollster[i]);
      }
      if (suf.g > 0) {
        shift += post.meanOf(suf.k + model.group[i]);
      }
      adjusted[model.inputIndex[i]] = model.y[i] - shift;
    }
    return new PollAverageFit(
        model.firstDay,
        level.smoothed,
        sqrt(level.smoothedVariance),
        new PollAverageFit.Effects(Arrays.copyOf(model.names, k), effect, effectSe, count),
        new PollAverageFit.Effects(model.groupNames.clone(), offset, offsetSe, groupCount),
        adjusted,
        new PollAverageFit.Diagnostics(
            est.q(),
            est.tau2(),
            est.houseVariance(),
            post.logLikelihood,
            est.evaluations(),
            m,
            post.k));
  }

  /**
   * The honest real-time average: on each day from the first to the last poll, the filtered level
   * from the polls placed on or before that day, with variances re-estimated weekly from the polls
   * known on the re-estimation day (see the class notes).
   *
   * @param polls the polls, placed at their field end
   * @return the real-time average and the parameters of every re-estimation
   * @throws NullPointerException if polls is null
   */
  public RealTimeAverage realTime(PollObservations polls) {
    Objects.requireNonNull(polls, "polls");
    HouseEffectModel model = new HouseEffectModel(weighted(polls), breaks, houseEffects);
    int days = model.gridDays;
    double[] estimate = new double[days];
    double[] se = new double[days];
    Arrays.fill(estimate, Double.NaN);
    Arrays.fill(se, Double.NaN);
    List<RealTimeAverage.Reestimation> history = new ArrayList<>();
    HouseEffectEstimator.Estimate previous = null;
    int start = 0;
    while (start < days
        && LocalDate.ofEpochDay((long) model.firstDay + start).getDayOfWeek() != reestimationDay) {
      start++;
    }
    for (int t = start; t < days; t += 7) {
      int m = model.pollsUpTo(t);
      if (m < MINIMUM_POLLS) {
        continue;
      }
      HouseEffectEstimator.Estimate est =
          new HouseEffectEstimator(model, m)
              .estimate(processVariance, nonSamplingVariance, houseVariance, previous);
      previous = est;
      history.add(
          new RealTimeAverage.Reestimation(
              LocalDate.ofEpochDay((long) model.firstDay + t),
              m,
              model.pollstersIn(m),
              est.q(),
              est.tau2(),
              est.houseVariance(),
              est.logLikelihood(),
              est.evaluations()));
      RealTimeFilter.week(model, est, m, t, Math.min(days - 1, t + 6), estimate, se);
    }
    return new RealTimeAverage(model.firstDay, estimate, se, history);
  }

  /** The polls with the pollster weights multiplied into their own. */
  private PollObservations weighted(PollObservations polls) {
    if (pollsterWeights.isEmpty()) {
      return polls;
    }
    String[] pollster = polls.pollsters();
    double[] w = polls.weights().clone();
    for (int i = 0; i < w.length; i++) {
      w[i] *= pollsterWeights.getOrDefault(pollster[i], 1.0);
    }
    return polls.withWeights(w);
  }

  private static double[] sqrt(double[] variance) {
    double[] out = new double[variance.length];
    for (int t = 0; t < out.length; t++) {
      out[t] = Math.sqrt(variance[t]);
    }
    return out;
  }

  /**
   * Two averages are equal when their settings are.
   *
   * @param other another object
   * @return whether it is a {@link PollAverage} with the same settings
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof PollAverage a
        && houseEffects == a.houseEffects
        && Arrays.equals(breaks, a.breaks)
        && Double.compare(processVariance, a.processVariance) == 0
        && Double.compare(nonSamplingVariance, a.nonSamplingVariance) == 0
        && Double.compare(houseVariance, a.houseVariance) == 0
        && reestimationDay == a.reestimationDay
        && pollsterWeights.equals(a.pollsterWeights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        houseEffects,
        Arrays.hashCode(breaks),
        processVariance,
        nonSamplingVariance,
        houseVariance,
        reestimationDay,
        pollsterWeights);
  }

  /**
   * The settings, e.g. {@code PollAverage[house effects, 2 breaks, q = ML, τ² = ML, σh² = ML,
   * re-estimated on monday]}.
   *
   * @return the settings as text
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "PollAverage[%s, %d break%s, q = %s, τ² = %s, σh² = %s, re-estimated on %s%s]",
        houseEffects ? "house effects" : "no house effects",
        breaks.length,
        breaks.length == 1 ? "" : "s",
        Double.isNaN(processVariance) ? "ML" : processVariance,
        Double.isNaN(nonSamplingVariance) ? "ML" : nonSamplingVariance,
        !houseEffects ? "-" : Double.isNaN(houseVariance) ? "ML" : houseVariance,
        reestimationDay.toString().toLowerCase(Locale.ROOT),
        pollsterWeights.isEmpty() ? "" : ", pollster weights " + new TreeMap<>(pollsterWeights));
  }

  /** Configures a {@link PollAverage}; each setting may be made once. */
  public static final class Builder {
    private Boolean houseEffects;
    private int[] breaks;
    private double processVariance = Double.NaN;
    private double nonSamplingVariance = Double.NaN;
    private double houseVariance = Double.NaN;
    private DayOfWeek reestimationDay;
    private Map<String, Double> pollsterWeights;

    private Builder() {}

    /**
     * Weights by pollster (for example from pollster ratings), multiplied into each poll's own
     * weight; a pollster not in the map has weight 1. A weight w counts a poll as w independent
     * polls of its size (see {@link PollObservations}).
     *
     * @param weights pollster → weight, each finite and &gt; 0
     * @return this builder
     * @throws NullPointerException if weights is null
     * @throws IllegalArgumentException if a pollster is null or a weight is not finite and &gt; 0
     * @throws IllegalStateException if already set
     */
    public Builder pollsterWeights(Map<String, Double> weights) {
      Objects.requireNonNull(weights, "weights");
      if (pollsterWeights != null) {
        throw new IllegalStateException("pollster weights were already set to " + pollsterWeights);
      }
      pollsterWeights = Checks.pollsterWeights(weights, "pollsterWeights");
      return this;
    }

    /**
     * Whether house effects are estimated (default true); without them every poll is taken at face
     * value, as by {@link KalmanSmoother}.
     *
     * @param estimate whether to estimate house effects
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder houseEffects(boolean estimate) {
      if (houseEffects != null) {
        throw new IllegalStateException("house effects were already set to " + houseEffects);
      }
      houseEffects = estimate;
      return this;
    }

    /**
     * Days on which the level may jump (a diffuse restart between the day before and the day).
     *
     * @param days the break days
     * @return this builder
     * @throws NullPointerException if days or one of them is null
     * @throws IllegalStateException if breaks were already set
     */
    public Builder breaks(LocalDate... days) {
      Objects.requireNonNull(days, "days");
      if (breaks != null) {
        throw new IllegalStateException("breaks were already set to " + breakList());
      }
      int[] out = new int[days.length];
      for (int i = 0; i < days.length; i++) {
        out[i] = Math.toIntExact(Objects.requireNonNull(days[i], "days[" + i + "]").toEpochDay());
      }
      breaks = out;
      return this;
    }

    private List<LocalDate> breakList() {
      List<LocalDate> list = new ArrayList<>();
      for (int b : breaks) {
        list.add(LocalDate.ofEpochDay(b));
      }
      return list;
    }

    /**
     * Fixes q, the variance of the level's daily change, instead of estimating it.
     *
     * @param q points² per day, finite and &gt; 0
     * @return this builder
     * @throws IllegalArgumentException if q is not finite and &gt; 0
     * @throws IllegalStateException if already set
     */
    public Builder processVariance(double q) {
      if (!Double.isNaN(processVariance)) {
        throw new IllegalStateException("process variance was already set to " + processVariance);
      }
      processVariance = Checks.positive(q, "processVariance");
      return this;
    }

    /**
     * Fixes τ², the non-sampling variance of every poll, instead of estimating it.
     *
     * @param tau2 points², finite and &gt;= 0
     * @return this builder
     * @throws IllegalArgumentException if tau2 is not finite and &gt;= 0
     * @throws IllegalStateException if already set
     */
    public Builder nonSamplingVariance(double tau2) {
      if (!Double.isNaN(nonSamplingVariance)) {
        throw new IllegalStateException(
            "non-sampling variance was already set to " + nonSamplingVariance);
      }
      if (!(tau2 >= 0 && tau2 < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            "nonSamplingVariance must be finite and >= 0, was " + tau2);
      }
      nonSamplingVariance = tau2;
      return this;
    }

    /**
     * Fixes σ<sub>h</sub>², the variance of the house effects across pollsters, instead of
     * estimating it.
     *
     * @param sigma2 points², finite and &gt; 0
     * @return this builder
     * @throws IllegalArgumentException if sigma2 is not finite and &gt; 0
     * @throws IllegalStateException if already set
     */
    public Builder houseVariance(double sigma2) {
      if (!Double.isNaN(houseVariance)) {
        throw new IllegalStateException("house variance was already set to " + houseVariance);
      }
      houseVariance = Checks.positive(sigma2, "houseVariance");
      return this;
    }

    /**
     * The weekday on which the real-time average re-estimates its variances (default Monday).
     *
     * @param day the weekday
     * @return this builder
     * @throws NullPointerException if day is null
     * @throws IllegalStateException if already set
     */
    public Builder reestimateOn(DayOfWeek day) {
      Objects.requireNonNull(day, "day");
      Checks.notSetYet(reestimationDay != null, "re-estimation day", reestimationDay);
      reestimationDay = day;
      return this;
    }

    /**
     * The average.
     *
     * @return a new {@link PollAverage}
     */
    public PollAverage build() {
      return new PollAverage(this);
    }
  }
}
