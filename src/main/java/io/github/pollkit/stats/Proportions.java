package io.github.pollkit.stats;

import io.github.pollkit.internal.Checks;
import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Confidence intervals, margins of error, lead margins and change tests for poll shares.
 *
 * <p>Shares, bounds and margins are in percentage points (53.0 means 53%); a confidence level is a
 * fraction (0.95). A sample size {@code n} is a positive finite number that need not be an integer
 * (an effective sample size rarely is), and the count of "successes" is x = share/100 × n, which
 * need not be an integer either, since polls publish rounded shares. Throughout, p = share/100 and
 * z is the standard normal quantile with P(|Z| ≤ z) = confidence (1.959964 for 0.95).
 *
 * <pre>{@code
 * Proportions.maxMarginOfError(1000, 0.95);                           // 3.10
 * Proportions.marginOfError(53, 2400, 0.95);                          // 2.00
 * Proportions.leadMargin(53, 29, 2400, 0.95);                         // 3.49, not 2 × 2.00
 * Proportions.interval(34, 1000, 0.95, IntervalMethod.WILSON);        // [31.1, 37.0]
 * Proportions.change(34, 1000, 39, 1200).pValue();                    // 0.015
 * }</pre>
 *
 * <p>References: L. D. Brown, T. T. Cai, A. DasGupta, "Interval Estimation for a Binomial
 * Proportion", <i>Statistical Science</i> 16(2), 101–133, 2001; A. Agresti, B. A. Coull,
 * "Approximate Is Better than 'Exact' for Interval Estimation of Binomial Proportions", <i>The
 * American Statistician</i> 52(2), 119–126, 1998; C. H. Franklin, "The 'Margin of Error' for
 * Differences in Polls", University of Wisconsin, 2007; L. Kish, <i>Survey Sampling</i>, Wiley,
 * 1965.
 */
public final class Proportions {

  /**
   * The largest sum of two options' shares of one poll that {@link #leadMargin} (and the Kalman
   * lead) accept: 101, because two published shares rounded to whole points can add up to 101
   * (FiveThirtyEight's approval list has 49 + 51.1 and 43.1 + 57). The lead's variance stays
   * positive for such sums.
   */
  public static final double MAX_PAIR_SUM = 101;

  private Proportions() {}

  /**
   * The largest sample size of a Clopper–Pearson or Jeffreys interval (10^12): more respondents
   * than any poll has, and within the reach of the Beta quantile search.
   */
  public static final double MAX_EXACT_N = 1e12;

  /**
   * Bounds of the Beta quantile search: Commons Math's default (1e-9) is too coarse for bounds of a
   * fraction of a point; 1e-15 leaves the Brent solver's relative accuracy (about 1e-14) in charge.
   */
  private static final double BETA_QUANTILE_ACCURACY = 1e-15;

  /**
   * A confidence interval for a share, in percentage points.
   *
   * <p>With p̂ = share/100, x = p̂·n and α = 1 − confidence, the methods are (see {@link
   * IntervalMethod}):
   *
   * <ul>
   *   <li>{@code WALD}: p̂ ± z·√(p̂(1−p̂)/n), clipped to [0, 100];
   *   <li>{@code WILSON}: (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n);
   *   <li>{@code AGRESTI_COULL}: ñ = n + z², p̃ = (x + z²/2)/ñ, p̃ ± z·√(p̃(1−p̃)/ñ), clipped to
   *       [0, 100] (Agresti &amp; Coull 1998);
   *   <li>{@code CLOPPER_PEARSON}: [B(α/2; x, n−x+1), B(1−α/2; x+1, n−x)], the Beta quantiles that
   *       invert two one-sided binomial tests;
   *   <li>{@code JEFFREYS}: [B(α/2; x+½, n−x+½), B(1−α/2; x+½, n−x+½)] (Brown, Cai &amp; DasGupta
   *       2001, section 4.1.2).
   * </ul>
   *
   * For Clopper–Pearson and Jeffreys the lower bound is 0 when x = 0 and the upper bound is 100
   * when x = n (Brown, Cai &amp; DasGupta 2001). The rule applies at exactly those two points: for
   * a fractional count just above 0 (x below about 0.0005 at 95%, e.g. a share of 0.001 of 10) the
   * Jeffreys interval lies above the share, and symmetrically just below n.
   *
   * <pre>{@code
   * Proportions.interval(53, 2400, 0.95, IntervalMethod.WILSON);          // [51.0, 55.0]
   * Proportions.interval(0, 10, 0.95, IntervalMethod.CLOPPER_PEARSON);    // [0.0, 30.8]
   * }</pre>
   *
   * @param share the observed share in points, in [0, 100]
   *     <p>Clopper–Pearson and Jeffreys take n up to {@value #MAX_EXACT_N}: beyond it Commons
   *     Math's Beta quantile search is slow and fails to converge (at n = 1e30 and above), and the
   *     interval equals Wilson's to far better than a hundredth of a point.
   * @param n the sample size, finite and &gt; 0 (at most {@value #MAX_EXACT_N} for Clopper–Pearson
   *     and Jeffreys)
   * @param confidence the confidence level, in (0, 1)
   * @param method how to compute the interval
   * @return the interval in points, inside [0, 100]
   * @throws IllegalArgumentException if an argument is out of range
   * @throws NullPointerException if {@code method} is null
   */
  public static Interval interval(
      double share, double n, double confidence, IntervalMethod method) {
    Checks.share(share, "share");
    Checks.positive(n, "n");
    Checks.confidence(confidence);
    Checks.notNull(method, "method");
    if ((method == IntervalMethod.CLOPPER_PEARSON || method == IntervalMethod.JEFFREYS)
        && n > MAX_EXACT_N) {
      throw new IllegalArgumentException(
          "n must be at most "
              + MAX_EXACT_N
              + " for "
              + method
              + " (the Beta quantiles do not converge beyond; use WILSON), was "
              + n);
    }
    double p = share / 100;
    double x = p * n;
    double z = StandardNormal.criticalValue(confidence);
    double alpha = 1 - confidence;
    return switch (method) {
      case WALD -> clippedPoints(p, z * Math.sqrt(p * (1 - p) / n));
      case WILSON -> wilson(p, n, z);
      case AGRESTI_COULL -> agrestiCoull(x, n, z);
      case CLOPPER_PEARSON ->
          betaInterval(
              x == 0 ? 0 : betaQuantile(alpha / 2, x, n - x + 1),
              x == n ? 1 : betaQuantile(1 - alpha / 2, x + 1, n - x));
      case JEFFREYS ->
          betaInterval(
              x == 0 ? 0 : betaQuantile(alpha / 2, x + 0.5, n - x + 0.5),
              x == n ? 1 : betaQuantile(1 - alpha / 2, x + 0.5, n - x + 0.5));
    };
  }

  private static Interval agrestiCoull(double x, double n, double z) {
    double nTilde = n + z * z;
    double pTilde = (x + z * z / 2) / nTilde;
    return clippedPoints(pTilde, z * Math.sqrt(pTilde * (1 - pTilde) / nTilde));
  }

  private static Interval wilson(double p, double n, double z) {
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denominator;
    double halfWidth = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
    // In exact arithmetic the bounds are 0 at p = 0 and 1 at p = 1 and never leave [0, 1]; set
    // those exactly, and clip only rounding (e.g. -1e-18).
    double lower = p == 0 ? 0 : Math.max(0, centre - halfWidth);
    double upper = p == 1 ? 1 : Math.min(1, centre + halfWidth);
    return new Interval(100 * lower, 100 * upper);
  }

  private static Interval clippedPoints(double centre, double halfWidth) {
    double lower = Math.max(0, centre - halfWidth);
    double upper = Math.min(1, centre + halfWidth);
    return new Interval(100 * lower, 100 * upper);
  }

  private static Interval betaInterval(double lower, double upper) {
    if (lower > upper) {
      // The two quantiles are solved separately to a relative accuracy of about 1e-14; for an
      // interval narrower than that (huge n with a tiny confidence) they can cross by that much.
      double midpoint = lower + (upper - lower) / 2;
      return new Interval(100 * midpoint, 100 * midpoint);
    }
    return new Interval(100 * lower, 100 * upper);
  }

  /** The q-quantile of Beta(a, b), a and b &gt; 0. */
  private static double betaQuantile(double q, double a, double b) {
    return new BetaDistribution(null, a, b, BETA_QUANTILE_ACCURACY).inverseCumulativeProbability(q);
  }

  /**
   * The margin of error of a share under simple random sampling: the half-width z·√(p(1−p)/n) of
   * the Wald interval, in points.
   *
   * <pre>{@code
   * Proportions.marginOfError(53, 2400, 0.95);   // 1.9968
   * }</pre>
   *
   * @param share the share in points, in [0, 100]
   * @param n the sample size, finite and &gt; 0
   * @param confidence the confidence level, in (0, 1)
   * @return the margin of error in points
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double marginOfError(double share, double n, double confidence) {
    return marginOfError(share, n, confidence, 1);
  }

  /**
   * The margin of error of a share under a complex design: z·√(deff·p(1−p)/n), in points. The
   * design effect deff multiplies the variance (Kish 1965), so the margin grows by √deff; this is
   * the simple-random-sampling margin at the effective sample size n/deff (see {@link
   * DesignEffects}).
   *
   * <pre>{@code
   * Proportions.marginOfError(50, 1000, 0.95, 1.5);   // 3.80 instead of 3.10
   * }</pre>
   *
   * @param share the share in points, in [0, 100]
   * @param n the sample size (number of respondents), finite and &gt; 0
   * @param confidence the confidence level, in (0, 1)
   * @param designEffect the design effect deff, finite and &gt; 0 (1 for simple random sampling)
   * @return the margin of error in points
   * @throws IllegalArgumentException if an argument is out of range, or n is so close to 0 that the
   *     margin is not finite
   */
  public static double marginOfError(
      double share, double n, double confidence, double designEffect) {
    Checks.share(share, "share");
    Checks.positive(n, "n");
    Checks.confidence(confidence);
    Checks.positive(designEffect, "designEffect");
    double p = share / 100;
    return finite(
        100 * StandardNormal.criticalValue(confidence) * Math.sqrt(designEffect * p * (1 - p) / n),
        n,
        designEffect);
  }

  /**
   * A margin, or an {@link IllegalArgumentException} when it overflows: for a sample size so close
   * to 0 (or a design effect so large) that the margin is not a finite number of points.
   */
  private static double finite(double margin, double n, double designEffect) {
    if (!Double.isFinite(margin)) {
      throw new IllegalArgumentException(
          "n must be large enough for a finite margin of error, was "
              + n
              + (designEffect == 1 ? "" : " with designEffect " + designEffect));
    }
    return margin;
  }

  /**
   * The largest margin of error of any share in a poll of size n, the one at share 50, which is the
   * figure pollsters publish: z·√(0.25/n), in points.
   *
   * <pre>{@code
   * Proportions.maxMarginOfError(1000, 0.95);   // 3.099
   * }</pre>
   *
   * @param n the sample size, finite and &gt; 0
   * @param confidence the confidence level, in (0, 1)
   * @return the margin of error in points
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double maxMarginOfError(double n, double confidence) {
    return marginOfError(50, n, confidence);
  }

  /**
   * The margin of error of the lead share1 − share2 of two options within one poll, in points.
   *
   * <p>Both shares come from the same multinomial sample, so they are negatively correlated
   * (Cov(p̂₁, p̂₂) = −p₁p₂/n) and the variance of the lead is
   *
   * <pre>
   * Var(p̂₁ − p̂₂) = [p₁(1−p₁) + p₂(1−p₂) + 2p₁p₂] / n = [p₁ + p₂ − (p₁ − p₂)²] / n
   * </pre>
   *
   * (Franklin 2007). The margin is z·√Var. It is at least the margin of either share and at most
   * their sum (equal to the sum when the two options make up the whole poll), so it is not simply
   * twice the poll's published margin.
   *
   * <pre>{@code
   * Proportions.leadMargin(53, 29, 2400, 0.95);   // 3.49: the 24-point lead is 24 ± 3.5
   * }</pre>
   *
   * @param share1 the first option's share in points, in [0, 100]
   * @param share2 the second option's share in points, in [0, 100]; share1 + share2 ≤ {@link
   *     #MAX_PAIR_SUM} (100 plus rounding)
   * @param n the poll's sample size, finite and &gt; 0
   * @param confidence the confidence level, in (0, 1)
   * @return the half-width of the confidence interval for share1 − share2, in points
   * @throws IllegalArgumentException if an argument is out of range or share1 + share2 &gt; {@link
   *     #MAX_PAIR_SUM}
   */
  public static double leadMargin(double share1, double share2, double n, double confidence) {
    Checks.share(share1, "share1");
    Checks.share(share2, "share2");
    if (share1 + share2 > MAX_PAIR_SUM) {
      throw new IllegalArgumentException(
          "share1 + share2 must be <= 101 (100 plus rounding) for two options of one poll, was "
              + (share1 + share2)
              + " (share1 = "
              + share1
              + ", share2 = "
              + share2
              + ")");
    }
    Checks.positive(n, "n");
    Checks.confidence(confidence);
    double p1 = share1 / 100;
    double p2 = share2 / 100;
    double variance = (p1 + p2 - (p1 - p2) * (p1 - p2)) / n;
    return finite(100 * StandardNormal.criticalValue(confidence) * Math.sqrt(variance), n, 1);
  }

  /**
   * The change of a share between two independent polls, share2 − share1, with its Wald test.
   *
   * <p>With p₁ = share1/100 and p₂ = share2/100, the standard error is the unpooled
   *
   * <pre>
   * SE = √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂)
   * </pre>
   *
   * z = (p₂ − p₁)/SE and the two-sided p-value is P(|Z| ≥ |z|). See {@link ChangeTest}.
   *
   * <pre>{@code
   * ChangeTest t = Proportions.change(34, 1000, 39, 1200);  // +5.0 points, SE 2.06, z 2.43
   * t.pValue();                                              // 0.015
   * t.interval(0.95);                                        // [1.0, 9.0]
   * }</pre>
   *
   * @param share1 the share in the first (earlier) poll, in points, in [0, 100]
   * @param n1 the first poll's sample size, finite and &gt; 0
   * @param share2 the share in the second (later) poll, in points, in [0, 100]
   * @param n2 the second poll's sample size, finite and &gt; 0
   * @return the change and its standard error, both in points
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static ChangeTest change(double share1, double n1, double share2, double n2) {
    Checks.share(share1, "share1");
    Checks.positive(n1, "n1");
    Checks.share(share2, "share2");
    Checks.positive(n2, "n2");
    double p1 = share1 / 100;
    double p2 = share2 / 100;
    double standardError = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
    return new ChangeTest(share2 - share1, 100 * standardError);
  }
}
