package io.github.pollkit.stats;

/**
 * How {@link Proportions#interval(double, double, double, IntervalMethod)} computes a confidence
 * interval for one share.
 *
 * <p>Brown, Cai &amp; DasGupta (2001) show that the textbook {@link #WALD} interval covers the true
 * share far less often than its nominal level, erratically so for small samples and shares near 0
 * or 100, and recommend {@link #WILSON} or {@link #JEFFREYS} for small samples and {@link
 * #AGRESTI_COULL} for larger ones. {@link #CLOPPER_PEARSON} is the "exact" interval: it never
 * covers less than the nominal level, so it is wider than needed.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Interval ci = Proportions.interval(53, 2400, 0.95, IntervalMethod.WILSON); // [51.0, 55.0]
 * }</pre>
 *
 * <p>References: L. D. Brown, T. T. Cai, A. DasGupta, "Interval Estimation for a Binomial
 * Proportion", <i>Statistical Science</i> 16(2), 101–133, 2001. A. Agresti, B. A. Coull,
 * "Approximate Is Better than 'Exact' for Interval Estimation of Binomial Proportions", <i>The
 * American Statistician</i> 52(2), 119–126, 1998. C. J. Clopper, E. S. Pearson, "The use of
 * confidence or fiducial limits illustrated in the case of the binomial", <i>Biometrika</i> 26(4),
 * 404–413, 1934. E. B. Wilson, "Probable inference, the law of succession, and statistical
 * inference", <i>JASA</i> 22(158), 209–212, 1927.
 */
public enum IntervalMethod {
  /**
   * Normal approximation: p̂ ± z·√(p̂(1−p̂)/n), clipped to [0, 100]. Degenerate ([0, 0]) at x = 0
   * and ([100, 100]) at x = n.
   */
  WALD,
  /**
   * Wilson score interval: (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n). Always inside [0,
   * 100] and never degenerate.
   */
  WILSON,
  /**
   * Agresti–Coull: with ñ = n + z² and p̃ = (x + z²/2)/ñ, the interval p̃ ± z·√(p̃(1−p̃)/ñ),
   * clipped to [0, 100].
   */
  AGRESTI_COULL,
  /**
   * Clopper–Pearson ("exact"): lower = B(α/2; x, n−x+1) and upper = B(1−α/2; x+1, n−x), the
   * quantiles of Beta distributions written B(q; a, b); lower = 0 at x = 0 and upper = 100 at x =
   * n.
   */
  CLOPPER_PEARSON,
  /**
   * Jeffreys, the equal-tailed interval of the Bayesian posterior under the Jeffreys prior: the α/2
   * and 1−α/2 quantiles of Beta(x+½, n−x+½), with lower = 0 at x = 0 and upper = 100 at x = n, as
   * Brown, Cai &amp; DasGupta (2001, section 4.1.2) prescribe. For a count just above 0 (x below
   * about 0.0005 at 95%) the interval lies above the share, and symmetrically just below n.
   */
  JEFFREYS
}
