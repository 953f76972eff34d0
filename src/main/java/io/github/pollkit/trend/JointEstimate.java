package io.github.pollkit.trend;

import io.github.pollkit.stats.Interval;
import io.github.pollkit.stats.StandardNormal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.special.Erf;

/**
 * The joint estimate of all options of a {@link JointPollAverage} on one day: the mean vector μ and
 * covariance matrix Σ of a multivariate normal (points, points²), from which leads, thresholds and
 * "others" follow. Immutable.
 *
 * <ul>
 *   <li>lead of A over B: μ<sub>A</sub> − μ<sub>B</sub> with variance Σ<sub>AA</sub> +
 *       Σ<sub>BB</sub> − 2 Σ<sub>AB</sub>;
 *   <li>P(option ≥ c) = Φ((μ − c)/σ);
 *   <li>P(A leads B) = Φ((μ<sub>A</sub> − μ<sub>B</sub>)/√(Σ<sub>AA</sub> + Σ<sub>BB</sub> − 2
 *       Σ<sub>AB</sub>));
 *   <li>others = 100 − Σ<sub>k</sub> μ<sub>k</sub>, variance 1ᵀ Σ 1, so the options and others add
 *       up to exactly 100.
 * </ul>
 *
 * An option without an estimate on the day (not yet polled, or too few polls) has NaN everywhere,
 * and so then have the others.
 */
public final class JointEstimate {
  private final LocalDate date;
  private final String[] options;
  private final double[] mean;
  private final double[] cov; // k × k row-major
  private final List<LocalDate> anchors;

  JointEstimate(
      LocalDate date, String[] options, double[] mean, double[] cov, List<LocalDate> anchors) {
    this.date = date;
    this.options = options;
    this.mean = mean;
    this.cov = cov;
    this.anchors = List.copyOf(anchors);
  }

  /**
   * The day of the estimate.
   *
   * @return the day
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The options, in the order of the polls' share columns.
   *
   * @return the options
   */
  public List<String> options() {
    return List.of(options);
  }

  /**
   * The dates of the election results that anchored the house effects of this estimate (empty
   * without anchoring); for an election-eve estimate, only elections before that election.
   *
   * @return the anchor dates, in date order
   */
  public List<LocalDate> anchors() {
    return anchors;
  }

  /**
   * The estimated level of an option.
   *
   * @param option the option
   * @return its level in points, NaN when it has none on this day
   * @throws NullPointerException if option is null
   * @throws IllegalArgumentException if the option is unknown
   */
  public double estimate(String option) {
    return mean[indexOf(option)];
  }

  /**
   * The standard error of an option's level.
   *
   * @param option the option
   * @return √Σ<sub>kk</sub> in points
   * @throws NullPointerException if option is null
   * @throws IllegalArgumentException if the option is unknown
   */
  public double standardError(String option) {
    int k = indexOf(option);
    return Math.sqrt(cov[k * options.length + k]);
  }

  /**
   * The covariance of two options' levels.
   *
   * @param a one option
   * @param b another (or the same) option
   * @return Σ<sub>ab</sub> in points²
   * @throws NullPointerException if an option is null
   * @throws IllegalArgumentException if an option is unknown
   */
  public double covariance(String a, String b) {
    return cov[indexOf(a) * options.length + indexOf(b)];
  }

  /**
   * The lead of A over B: μ<sub>A</sub> − μ<sub>B</sub>.
   *
   * @param a the option ahead when positive
   * @param b the other option
   * @return the lead in points
   * @throws NullPointerException if an option is null
   * @throws IllegalArgumentException if an option is unknown
   */
  public double lead(String a, String b) {
    return mean[indexOf(a)] - mean[indexOf(b)];
  }

  /**
   * The standard error of the lead of A over B: √(Σ<sub>AA</sub> + Σ<sub>BB</sub> − 2
   * Σ<sub>AB</sub>).
   *
   * @param a one option
   * @param b the other option
   * @return the standard error in points
   * @throws NullPointerException if an option is null
   * @throws IllegalArgumentException if an option is unknown
   */
  public double leadStandardError(String a, String b) {
    int i = indexOf(a);
    int j = indexOf(b);
    int k = options.length;
    return Math.sqrt(cov[i * k + i] + cov[j * k + j] - 2 * cov[i * k + j]);
  }

  /**
   * The normal interval of the lead of A over B: lead ± z × {@link #leadStandardError}, z from
   * {@link StandardNormal#criticalValue}.
   *
   * @param a one option
   * @param b the other option
   * @param confidence the confidence level, in (0, 1)
   * @return the interval in points
   * @throws NullPointerException if an option is null
   * @throws IllegalArgumentException if an option is unknown, the confidence is not in (0, 1) or
   *     either option has no estimate on this day
   */
  public Interval leadInterval(String a, String b, double confidence) {
    double z = StandardNormal.criticalValue(confidence);
    double lead = lead(a, b);
    double se = leadStandardError(a, b);
    if (Double.isNaN(lead) || Double.isNaN(se)) {
      throw new IllegalArgumentException(
          "options must both have an estimate on " + date + ", were " + a + " and " + b);
    }
    return new Interval(lead - z * se, lead + z * se);
  }

  /**
   * The probability that an option is at or above a threshold, Φ((μ − c)/σ).
   *
   * @param option the option
   * @param threshold c, in points (Sweden's parliamentary threshold is 4)
   * @return the probability, NaN when the option has no estimate
   * @throws NullPointerException if option is null
   * @throws IllegalArgumentException if the option is unknown or the threshold is not in [0, 100]
   */
  public double probabilityAtLeast(String option, double threshold) {
    if (!(threshold >= 0 && threshold <= 100)) {
      throw new IllegalArgumentException("threshold must be in [0, 100], was " + threshold);
    }
    return normalCdf(estimate(option) - threshold, standardError(option));
  }

  /**
   * The probability that A is ahead of B, Φ(lead / its standard error).
   *
   * @param a one option
   * @param b the other option
   * @return the probability, NaN when either option has no estimate
   * @throws NullPointerException if an option is null
   * @throws IllegalArgumentException if an option is unknown
   */
  public double probabilityLeads(String a, String b) {
    return normalCdf(lead(a, b), leadStandardError(a, b));
  }

  /**
   * Everyone else: 100 minus the sum of the options' levels.
   *
   * @return the others' share in points, NaN when an option has no estimate
   */
  public double others() {
    double sum = 0;
    for (double m : mean) {
      sum += m;
    }
    return 100 - sum;
  }

  /**
   * The standard error of {@link #others()}: √(1ᵀ Σ 1).
   *
   * @return the standard error in points
   */
  public double othersStandardError() {
    double sum = 0;
    for (double c : cov) {
      sum += c;
    }
    return Math.sqrt(sum);
  }

  /** Φ(x / sd) = ½ erfc(−x/(sd √2)); a zero sd gives 0, ½ or 1. */
  static double normalCdf(double x, double sd) {
    if (Double.isNaN(x) || Double.isNaN(sd)) {
      return Double.NaN;
    }
    if (sd == 0) {
      return x > 0 ? 1 : x < 0 ? 0 : 0.5;
    }
    return 0.5 * Erf.erfc(-x / (sd * Math.sqrt(2)));
  }

  private int indexOf(String option) {
    java.util.Objects.requireNonNull(option, "option");
    for (int j = 0; j < options.length; j++) {
      if (options[j].equals(option)) {
        return j;
      }
    }
    throw new IllegalArgumentException(
        "option must be one of " + List.of(options) + ", was '" + option + "'");
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("JointEstimate[").append(date);
    for (int j = 0; j < options.length; j++) {
      b.append(String.format(Locale.ROOT, ", %s %.1f", options[j], mean[j]));
    }
    return b.append(String.format(Locale.ROOT, ", others %.1f]", others())).toString();
  }
}
