package io.github.pollkit.trend;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.model.ElectionResult;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A poll average of K options at once (a multi-party average): the levels of all options as one
 * random walk, each poll's vector of shares entering jointly with its multinomial covariance, house
 * effects per pollster and option, and election results as optional anchors; retrospective
 * (smoothed) or honestly real time, as {@link PollAverage} is for one option.
 *
 * <pre>{@code
 * JointPolls polls = JointPolls.of(List.of("M", "S", "SD"), endDay, shares, n, pollster);
 * JointPollAverage average = JointPollAverage.builder().build();
 * JointAverageFit fit = average.fit(polls, elections);      // anchored by all elections given
 * fit.on(day).probabilityAtLeast("SD", 4);
 * JointEstimate eve = average.eve(polls, elections, LocalDate.of(2018, 9, 9));
 * }</pre>
 *
 * <h2>Model</h2>
 *
 * Poll i, on day t<sub>i</sub> by pollster k<sub>i</sub>, observes the shares y<sub>i</sub> of the
 * options O<sub>i</sub> it asked about (an option not asked, or not yet existing, drops out of the
 * vector; it is never imputed):
 *
 * <pre>
 *   y_i = μ_O(t_i) + h_O(k_i) + ε_i,    ε_i ~ N(0, (100 diag(p_i) − p_i p_iᵀ)/n_i + diag(τ²_O)),
 *   μ_t = μ_{t−1} + η_t,                 η_t ~ N(0, diag(q)),
 *   h_o(k) ~ N(0, σ²_h,o) independently,
 * </pre>
 *
 * in points: the sampling covariance is the multinomial one, Var p<sub>o</sub> = p<sub>o</sub>(100
 * − p<sub>o</sub>)/n and Cov(p<sub>o</sub>, p<sub>u</sub>) = −p<sub>o</sub>p<sub>u</sub>/n, with
 * the poll's own shares (as {@link PollObservations} does for one option; a missing n takes the
 * median of the others); τ²<sub>o</sub> is a non-sampling variance per option. The levels start
 * practically diffuse. "Others" are 100 − Σ μ<sub>o</sub>, so the options and others add up to 100,
 * and the lead of A over B has variance Σ<sub>AA</sub> + Σ<sub>BB</sub> − 2 Σ<sub>AB</sub> (see
 * {@link JointEstimate}). The numerics (the K-variate filter with the house effects integrated out
 * as regression columns, and the smoother) are described in {@code JointModel}.
 *
 * <h2>House effects (identification)</h2>
 *
 * Without anchors the same rule as {@link PollAverage}: because the levels start diffuse the data
 * say nothing about the mean of the house effects, and the posterior house effects of an option sum
 * to zero over its pollsters (each pollster once): the level is the average pollster's reading.
 * With anchors (Jackman 2005) an election result is an observation of the levels on election day
 * with no house effect and a sampling covariance of n = {@value JointModel#ELECTION_SAMPLE_SIZE}
 * (practically none) and no τ²; the house effects are then measured against the elections, still
 * shrunk toward 0 by their prior.
 *
 * <h2>Estimation (a stated simplification)</h2>
 *
 * The drift covariance is diagonal, diag(q<sub>1</sub>, …, q<sub>K</sub>), and τ² and
 * σ<sub>h</sub>² are per option. Under this model each option's own series follows exactly the
 * one-option model of {@link PollAverage}, so q<sub>o</sub>, τ²<sub>o</sub> and σ²<sub>h,o</sub>
 * are estimated by maximum likelihood of that option's marginal likelihood (with {@link
 * PollAverage}'s estimator; elections are not used to estimate them): a composite (marginal)
 * likelihood, which ignores the cross-option terms of the full likelihood. The joint filter and
 * smoother then use the multinomial cross-covariances exactly. With one option the joint average is
 * {@link PollAverage} (same likelihood, same estimates; the start is diffuse to within 1/κ, κ = 10⁹
 * points²; the levels agree to 10⁻⁵ points). An option with fewer than {@value #MINIMUM_POLLS}
 * polls is left out (its level is NaN). There are no breaks and no poll weights in this model.
 *
 * <h2>Real time and elections</h2>
 *
 * The real-time estimate on day d uses only polls placed on or before d (placed at their field end)
 * and elections held on or before d, with the variances re-estimated every {@link
 * Builder#reestimateOn(DayOfWeek) Monday} from the polls known that day (as {@link PollAverage}
 * does). {@link #eve} is the real-time estimate on the day before an election from the polls placed
 * before it, with the variances estimated that day, anchored only by elections before it: the API
 * leaves out every later election, whatever list it is given.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JointPollAverage {

  /** The fewest polls of an option from which its variances are estimated. */
  public static final int MINIMUM_POLLS = PollAverage.MINIMUM_POLLS;

  private final boolean houseEffects;
  private final DayOfWeek reestimationDay;

  private JointPollAverage(Builder b) {
    this.houseEffects = b.houseEffects == null || b.houseEffects;
    this.reestimationDay = b.reestimationDay == null ? DayOfWeek.MONDAY : b.reestimationDay;
  }

  /**
   * A builder: house effects on, re-estimation on Mondays.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The retrospective average from all polls, without election anchors.
   *
   * @param polls the polls
   * @return the fit
   * @throws NullPointerException if polls is null
   */
  public JointAverageFit fit(JointPolls polls) {
    return fit(polls, List.of());
  }

  /**
   * The retrospective average from all polls, anchored by the given elections held from the first
   * to the last poll's day (others are left out; {@link JointAverageFit#anchors()} lists those
   * used).
   *
   * @param polls the polls
   * @param elections election results (options not among the polls' are ignored)
   * @return the fit
   * @throws NullPointerException if an argument or an election is null
   */
  public JointAverageFit fit(JointPolls polls, List<ElectionResult> elections) {
    Objects.requireNonNull(polls, "polls");
    List<ElectionResult> anchors = checked(elections);
    int last = lastPollDay(polls);
    JointModel model = new JointModel(polls, anchors, last);
    OptionModels om = new OptionModels(polls, houseEffects);
    JointModel.Params params = om.coldParams(Integer.MAX_VALUE);
    return JointSmoother.fit(model, params, om);
  }

  /**
   * The honest real-time average without election anchors.
   *
   * @param polls the polls, placed at their field end
   * @return the real-time average
   * @throws NullPointerException if polls is null
   */
  public JointRealTimeAverage realTime(JointPolls polls) {
    return realTime(polls, List.of());
  }

  /**
   * The honest real-time average: on each day from the first to the last poll the joint estimate
   * from the polls placed on or before that day and the elections held on or before it, with the
   * variances re-estimated weekly (see the class notes).
   *
   * @param polls the polls, placed at their field end
   * @param elections election results used as anchors from their day on (those held from the first
   *     to the last poll's day)
   * @return the real-time average
   * @throws NullPointerException if an argument or an election is null
   */
  public JointRealTimeAverage realTime(JointPolls polls, List<ElectionResult> elections) {
    Objects.requireNonNull(polls, "polls");
    List<ElectionResult> anchors = checked(elections);
    JointModel model = new JointModel(polls, anchors, lastPollDay(polls));
    OptionModels om = new OptionModels(polls, houseEffects);
    int k = model.k;
    int days = model.gridDays;
    double[] mean = new double[days * k];
    double[] cov = new double[days * k * k];
    Arrays.fill(mean, Double.NaN);
    Arrays.fill(cov, Double.NaN);
    int start = 0;
    while (start < days
        && LocalDate.ofEpochDay((long) model.firstDay + start).getDayOfWeek() != reestimationDay) {
      start++;
    }
    ParameterRows rows = new ParameterRows(true);
    HouseEffectEstimator.Estimate[] previous = new HouseEffectEstimator.Estimate[k];
    for (int t = start; t < days; t += 7) {
      int epoch = model.firstDay + t;
      JointModel.Params params = om.warmParams(epoch, previous);
      if (!any(params.active())) {
        continue;
      }
      rows.add(LocalDate.ofEpochDay(epoch), polls.options, om, epoch, params, previous);
      int end = Math.min(days - 1, t + 6);
      JointModel.Filter f = model.new Filter(params, model.eventsUpTo(end));
      while (f.next < f.mEnd && model.day[f.next] < t) {
        f.observeDay(model.day[f.next]);
      }
      JointSmoother.realTimeDays(f, t, end, mean, cov, 0);
    }
    return new JointRealTimeAverage(
        model.firstDay,
        days,
        polls.options,
        mean,
        cov,
        model.anchors,
        rows.table("re-estimations"));
  }

  /**
   * The real-time estimate on the eve of an election (the day before it): from the polls placed
   * before the election day only, with the variances estimated from them that day, anchored only by
   * the given elections held before it and not before the first poll (later ones, and the election
   * itself, are left out here whatever the list holds; {@link JointEstimate#anchors()} lists those
   * used). A missing sample size takes the median of the polls before the election only.
   *
   * @param polls the polls, placed at their field end
   * @param elections election results; only those before {@code electionDay} are used
   * @param electionDay the day of the election being predicted
   * @return the joint estimate on {@code electionDay − 1}
   * @throws NullPointerException if an argument or an election is null
   * @throws IllegalArgumentException if no poll was placed before the election day
   */
  public JointEstimate eve(
      JointPolls polls, List<ElectionResult> elections, LocalDate electionDay) {
    Objects.requireNonNull(polls, "polls");
    Objects.requireNonNull(electionDay, "electionDay");
    List<ElectionResult> earlier = new ArrayList<>();
    for (ElectionResult e : checked(elections)) {
      if (e.date().isBefore(electionDay)) {
        earlier.add(e);
      }
    }
    int dayE = Math.toIntExact(electionDay.toEpochDay());
    JointPolls before = polls.before(dayE);
    if (before == null) {
      throw new IllegalArgumentException(
          "electionDay must come after at least one poll, was " + electionDay);
    }
    JointModel model = new JointModel(before, earlier, dayE - 1);
    OptionModels om = new OptionModels(before, houseEffects);
    JointModel.Params params = om.coldParams(Integer.MAX_VALUE);
    JointModel.Filter f = model.new Filter(params, model.size());
    while (f.next < f.mEnd) {
      f.observeDay(model.day[f.next]);
    }
    int t = dayE - 1 - model.firstDay;
    int k = model.k;
    double[] mean = new double[k];
    double[] cov = new double[k * k];
    JointSmoother.realTimeDays(f, t, t, mean, cov, t);
    return new JointEstimate(electionDay.minusDays(1), polls.options, mean, cov, model.anchors);
  }

  private static boolean any(boolean[] flags) {
    for (boolean b : flags) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  private static int lastPollDay(JointPolls polls) {
    int last = Integer.MIN_VALUE;
    for (int d : polls.day) {
      last = Math.max(last, d);
    }
    return last;
  }

  private static List<ElectionResult> checked(List<ElectionResult> elections) {
    Objects.requireNonNull(elections, "elections");
    for (int i = 0; i < elections.size(); i++) {
      Objects.requireNonNull(elections.get(i), "elections[" + i + "]");
    }
    return elections;
  }

  /**
   * Two averages are equal when their settings are.
   *
   * @param other another object
   * @return whether it is a {@link JointPollAverage} with the same settings
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof JointPollAverage a
        && houseEffects == a.houseEffects
        && reestimationDay == a.reestimationDay;
  }

  @Override
  public int hashCode() {
    return Objects.hash(houseEffects, reestimationDay);
  }

  /**
   * The settings, e.g. {@code JointPollAverage[house effects, variances by ML, re-estimated on
   * monday]}.
   *
   * @return the settings as text
   */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "JointPollAverage[%s, variances by ML, re-estimated on %s]",
        houseEffects ? "house effects" : "no house effects",
        reestimationDay.toString().toLowerCase(Locale.ROOT));
  }

  /** Configures a {@link JointPollAverage}; each setting may be made once. */
  public static final class Builder {
    private Boolean houseEffects;
    private DayOfWeek reestimationDay;

    private Builder() {}

    /**
     * Whether house effects are estimated (default true).
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
     * @return a new {@link JointPollAverage}
     */
    public JointPollAverage build() {
      return new JointPollAverage(this);
    }
  }
}
