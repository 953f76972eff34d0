package io.github.pollkit.trend;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Maximum-likelihood estimates of the daily process variance q and the non-sampling variance τ² of
 * the local-level model, maximising the exact diffuse log-likelihood of {@link
 * LocalLevelFilter#logLikelihood} over log q and log τ².
 *
 * <p>To be robust against local optima and flat ridges the search first evaluates a grid of
 * log-parameters spaced 3 apart (a factor e³ ≈ 20) over [ln c − 30, ln c + 5], where c is the data
 * scale (variance of the values plus their mean known variance), and then refines the best grid
 * point with BOBYQA (Powell 2009) for two parameters or Brent's method for one.
 *
 * <p>Rules where the data cannot identify a parameter: with every poll on one day q plays no part
 * in the model and is reported as NaN; with a single poll τ² is reported as 0. An estimate of τ² at
 * the lower end of the search range is replaced by exactly 0 when that fits at least as well.
 */
final class LocalLevelEstimator {

  private static final double LOG_RANGE_BELOW = 30;
  private static final double LOG_RANGE_ABOVE = 5;
  private static final double GRID_STEP = 3;
  private static final double FAILED = -1e300;

  private LocalLevelEstimator() {}

  /** Variances of the model: given ones are kept, NaN ones are estimated. */
  record Variances(double processVariance, double nonSamplingVariance) {}

  static Variances estimate(KalmanInput in, double givenQ, double givenTau2) {
    boolean estimateQ = Double.isNaN(givenQ);
    boolean estimateTau2 = Double.isNaN(givenTau2);
    double q = givenQ;
    double tau2 = givenTau2;
    if (estimateQ && in.gridDays == 1) {
      estimateQ = false; // q plays no part: report NaN
    }
    if (estimateTau2 && in.size() < 2) {
      estimateTau2 = false;
      tau2 = 0;
    }
    double lnScale = Math.log(scale(in));
    double lower = lnScale - LOG_RANGE_BELOW;
    double upper = lnScale + LOG_RANGE_ABOVE;
    if (estimateQ && estimateTau2) {
      double[] x = refine2(in, bestOnGrid2(in, lower, upper), lower, upper);
      q = Math.exp(x[0]);
      tau2 = Math.exp(x[1]);
    } else if (estimateQ) {
      double fixedTau2 = tau2;
      q = Math.exp(maximise1(lnQ -> safeLogLikelihood(in, Math.exp(lnQ), fixedTau2), lower, upper));
    } else if (estimateTau2) {
      double fixedQ = q;
      tau2 = Math.exp(maximise1(lnT -> safeLogLikelihood(in, fixedQ, Math.exp(lnT)), lower, upper));
    }
    if (estimateTau2 && Math.log(tau2) < lower + GRID_STEP / 2) {
      double atZero = safeLogLikelihood(in, q, 0);
      if (atZero >= safeLogLikelihood(in, q, tau2)) {
        tau2 = 0;
      }
    }
    return new Variances(q, tau2);
  }

  /** Variance of the values plus their mean known variance; 1 when both are 0. */
  static double scale(KalmanInput in) {
    return scale(in.value, in.knownVariance, in.size());
  }

  /**
   * Variance of the first {@code m} values plus their mean known variance; 1 when both are 0. The
   * scale that the log-variance searches start from.
   */
  static double scale(double[] value, double[] knownVariance, int m) {
    double mean = 0;
    double meanKnown = 0;
    for (int i = 0; i < m; i++) {
      mean += value[i];
      meanKnown += knownVariance[i];
    }
    mean /= m;
    meanKnown /= m;
    double ss = 0;
    for (int i = 0; i < m; i++) {
      double d = value[i] - mean;
      ss += d * d;
    }
    double c = ss / m + meanKnown;
    return c > 0 && Double.isFinite(c) ? c : 1;
  }

  private static double logLikelihoodAt(KalmanInput in, double[] x) {
    return safeLogLikelihood(in, Math.exp(x[0]), Math.exp(x[1]));
  }

  private static double safeLogLikelihood(KalmanInput in, double q, double tau2) {
    try {
      double ll = LocalLevelFilter.logLikelihood(in, q, tau2);
      return Double.isFinite(ll) ? ll : FAILED;
    } catch (IllegalArgumentException zeroVariance) {
      return FAILED;
    }
  }

  private static double[] bestOnGrid2(KalmanInput in, double lower, double upper) {
    double[] best = {lower, lower};
    double bestValue = Double.NEGATIVE_INFINITY;
    for (double a = lower; a <= upper; a += GRID_STEP) {
      for (double b = lower; b <= upper; b += GRID_STEP) {
        double v = safeLogLikelihood(in, Math.exp(a), Math.exp(b));
        if (v > bestValue) {
          bestValue = v;
          best = new double[] {a, b};
        }
      }
    }
    return best;
  }

  /** BOBYQA from the best grid point; keeps the grid point if BOBYQA fails or does worse. */
  private static double[] refine2(KalmanInput in, double[] start, double lower, double upper) {
    try {
      PointValuePair optimum =
          new BOBYQAOptimizer(5, GRID_STEP / 2, 1e-8)
              .optimize(
                  new MaxEval(2000),
                  GoalType.MAXIMIZE,
                  new InitialGuess(start),
                  new ObjectiveFunction(x -> safeLogLikelihood(in, Math.exp(x[0]), Math.exp(x[1]))),
                  new SimpleBounds(new double[] {lower, lower}, new double[] {upper, upper}));
      return optimum.getValue() >= logLikelihoodAt(in, start) ? optimum.getPoint() : start;
    } catch (MathIllegalStateException tooManyEvaluations) {
      return start;
    }
  }

  private static double maximise1(UnivariateFunction f, double lower, double upper) {
    double best = lower;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (double a = lower; a <= upper; a += GRID_STEP) {
      double v = f.value(a);
      if (v > bestValue) {
        bestValue = v;
        best = a;
      }
    }
    double lo = Math.max(lower, best - GRID_STEP);
    double hi = Math.min(upper, best + GRID_STEP);
    try {
      UnivariatePointValuePair optimum =
          new BrentOptimizer(1e-10, 1e-12)
              .optimize(
                  new MaxEval(1000),
                  new UnivariateObjectiveFunction(f),
                  GoalType.MAXIMIZE,
                  new SearchInterval(lo, hi, best));
      return optimum.getValue() >= bestValue ? optimum.getPoint() : best;
    } catch (MathIllegalStateException tooManyEvaluations) {
      return best;
    }
  }
}
