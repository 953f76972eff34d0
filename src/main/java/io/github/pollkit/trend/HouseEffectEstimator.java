package io.github.pollkit.trend;

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
 * Maximum-likelihood estimates of q, τ² and σ<sub>h</sub>² of {@link PollAverage}: the exact
 * marginal log-likelihood of {@link HouseEffectModel#logLikelihood} maximised over their logarithms
 * in [ln c − 30, ln c + 5] (c: the variance of the values plus their mean known variance).
 *
 * <p>Cold start: a grid (spacing 3 in log, a factor e³ ≈ 20) over (q, τ²) without house effects,
 * then a grid over σ<sub>h</sub>² at the best (q, τ²), then BOBYQA (Powell 2009) over the estimated
 * parameters (Brent for one), to a final trust region of 1e-4 in the logarithms. Warm start (real
 * time): BOBYQA from the previous week's estimates with an initial trust region of 0.1 and a final
 * one of 1e-3 (variances to about 0.1%, far below their sampling error); a parameter that was
 * within one grid step of the lower end is first searched on its grid again (with the others at
 * last week's values), and if it moves BOBYQA starts as from a cold start. Finally a variance that
 * ended on the flat stretch near 0 is searched again on a finer grid (see {@link #escapePlateaus}).
 * An estimate of τ² or σ<sub>h</sub>² below ln c − 10 (where the likelihood is nearly flat in the
 * logarithm) is replaced by exactly 0 when 0 fits as well to within 1e-6 in log-likelihood.
 */
final class HouseEffectEstimator {

  private static final double BELOW = 30;
  private static final double ABOVE = 5;
  private static final double STEP = 3;

  /** BOBYQA's final trust-region radius in log-variance: variances to about 0.01%. */
  private static final double COLD_STOP = 1e-4;

  /** Warm start (a week later): initial and final trust-region radius, variances to about 0.1%. */
  private static final double WARM_RADIUS = 0.1;

  private static final double WARM_STOP = 1e-3;

  /** Below ln c − 10 (a variance under 5e-5 of the data scale) the likelihood is nearly flat. */
  private static final double PLATEAU = 10;

  /**
   * A variance on that flat stretch is reported as exactly 0 when 0 is at most this much worse in
   * log-likelihood (the data cannot tell the two apart).
   */
  private static final double ZERO_TOLERANCE = 1e-6;

  private final HouseEffectModel model;
  private final int m;
  private final HouseEffectModel.Workspace ws = new HouseEffectModel.Workspace();
  private int evaluations;
  private double[] fixed; // the values of the parameters that are not estimated

  HouseEffectEstimator(HouseEffectModel model, int m) {
    this.model = model;
    this.m = m;
  }

  /** The estimates (given values kept) and the number of likelihood evaluations. */
  record Estimate(
      double q, double tau2, double houseVariance, double logLikelihood, int evaluations) {}

  Estimate estimate(double givenQ, double givenTau2, double givenHouse, Estimate warm) {
    boolean houses = model.houseEffects && model.pollstersIn(m) >= 2;
    boolean oneDay = model.day[m - 1] == model.day[0];
    boolean[] free = {
      Double.isNaN(givenQ) && !oneDay, Double.isNaN(givenTau2) && m >= 2, Double.isNaN(givenHouse)
    };
    if (!houses) {
      free[2] = false;
    }
    double lnScale = Math.log(scale());
    double lower = lnScale - BELOW;
    double upper = lnScale + ABOVE;
    double[] theta = {
      Double.isNaN(givenQ) ? (oneDay ? Double.NaN : 0) : givenQ,
      Double.isNaN(givenTau2) ? 0 : givenTau2,
      houses ? (Double.isNaN(givenHouse) ? 0 : givenHouse) : 0
    };
    fixed = theta;
    double[] x = new double[3];
    for (int j = 0; j < 3; j++) {
      x[j] = theta[j] > 0 ? Math.log(theta[j]) : lower;
    }
    boolean nearWarm = warm != null;
    if (warm != null) {
      double[] w = {warm.q, warm.tau2, warm.houseVariance};
      for (int j = 0; j < 3; j++) {
        if (free[j]) {
          x[j] = w[j] > 0 ? clamp(Math.log(w[j]), lower, upper) : lower;
        }
      }
      // a parameter that sat at the lower end last week may have left it: search its grid again
      for (int j = 0; j < 3; j++) {
        if (free[j] && x[j] < lower + STEP && gridSearch(x, free, j, lower, upper)) {
          nearWarm = false;
        }
      }
    } else {
      coldStart(x, free, lower, upper);
    }
    int nFree = (free[0] ? 1 : 0) + (free[1] ? 1 : 0) + (free[2] ? 1 : 0);
    if (nFree >= 2) {
      if (nearWarm) {
        refine(x, free, lower, upper, WARM_RADIUS, WARM_STOP);
      } else {
        refine(x, free, lower, upper, STEP / 2, COLD_STOP);
      }
    } else if (nFree == 1) {
      int j = free[0] ? 0 : free[1] ? 1 : 2;
      double lo = Math.max(lower, x[j] - (nearWarm ? 1 : STEP));
      double hi = Math.min(upper, x[j] + (nearWarm ? 1 : STEP));
      x[j] = maximise1(x, j, lo, hi);
    }
    if (nFree >= 2) {
      escapePlateaus(x, free, lower, upper, lnScale);
    }
    double q = free[0] ? Math.exp(x[0]) : theta[0];
    double tau2 = free[1] ? Math.exp(x[1]) : theta[1];
    double house = free[2] ? Math.exp(x[2]) : theta[2];
    if (free[1]
        && x[1] < lnScale - PLATEAU
        && value(q, 0, house) >= value(q, tau2, house) - ZERO_TOLERANCE) {
      tau2 = 0;
    }
    if (free[2]
        && x[2] < lnScale - PLATEAU
        && value(q, tau2, 0) >= value(q, tau2, house) - ZERO_TOLERANCE) {
      house = 0;
    }
    double ll = value(q, tau2, house);
    return new Estimate(q, tau2, house, ll, evaluations);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private double value(double q, double tau2, double house) {
    evaluations++;
    return model.logLikelihood(m, Double.isNaN(q) ? 0 : q, tau2, house, ws);
  }

  private double valueAt(double[] x, boolean[] free) {
    double[] v = new double[3];
    for (int j = 0; j < 3; j++) {
      v[j] = free[j] ? Math.exp(x[j]) : fixed[j];
    }
    return value(v[0], v[1], v[2]);
  }

  /**
   * As a variance tends to 0 the likelihood becomes flat in its logarithm, so a search that ends
   * there (below ln c − 10) may have stopped on the plateau short of an interior maximum. For each
   * such parameter a finer grid (spacing 1 over [ln c − 12, ln c + 2]) is tried with the others
   * fixed; from a better grid point BOBYQA runs again, and the better end point is kept.
   */
  private void escapePlateaus(
      double[] x, boolean[] free, double lower, double upper, double lnScale) {
    for (int j = 0; j < 3; j++) {
      if (!free[j] || x[j] >= lnScale - PLATEAU) {
        continue;
      }
      double current = valueAt(x, free);
      double[] trial = x.clone();
      double best = current;
      double bestX = x[j];
      for (double c = lnScale - PLATEAU - 2; c <= lnScale + 2; c += 1) {
        trial[j] = c;
        double v = valueAt(trial, free);
        if (v > best) {
          best = v;
          bestX = c;
        }
      }
      if (bestX != x[j]) {
        double[] restart = x.clone();
        restart[j] = bestX;
        refine(restart, free, lower, upper, STEP / 2, COLD_STOP);
        if (valueAt(restart, free) > current) {
          System.arraycopy(restart, 0, x, 0, 3);
        }
      }
    }
  }

  /** A grid over parameter j with the others fixed; whether a better point than x[j] was found. */
  private boolean gridSearch(double[] x, boolean[] free, int j, double lower, double upper) {
    double best = valueAt(x, free);
    double bestX = x[j];
    double[] trial = x.clone();
    for (double c = lower; c <= upper; c += STEP) {
      trial[j] = c;
      double v = valueAt(trial, free);
      if (v > best) {
        best = v;
        bestX = c;
      }
    }
    boolean moved = bestX != x[j];
    x[j] = bestX;
    return moved;
  }

  private void coldStart(double[] x, boolean[] free, double lower, double upper) {
    double fixedQ = fixed[0];
    double fixedT = fixed[1];
    if (free[0] || free[1]) {
      double best = Double.NEGATIVE_INFINITY;
      double[] bestX = {x[0], x[1]};
      for (double a = lower; a <= upper; a += STEP) {
        if (!free[0] && a > lower) {
          break;
        }
        for (double b = lower; b <= upper; b += STEP) {
          if (!free[1] && b > lower) {
            break;
          }
          double q = free[0] ? Math.exp(a) : fixedQ;
          double t = free[1] ? Math.exp(b) : fixedT;
          double v = value(q, t, 0);
          if (v > best) {
            best = v;
            bestX = new double[] {a, b};
          }
        }
      }
      if (free[0]) {
        x[0] = bestX[0];
      }
      if (free[1]) {
        x[1] = bestX[1];
      }
    }
    if (free[2]) {
      double q = free[0] ? Math.exp(x[0]) : fixed[0];
      double t = free[1] ? Math.exp(x[1]) : fixed[1];
      double best = Double.NEGATIVE_INFINITY;
      for (double c = lower; c <= upper; c += STEP) {
        double v = value(q, t, Math.exp(c));
        if (v > best) {
          best = v;
          x[2] = c;
        }
      }
    }
  }

  private void refine(
      double[] x, boolean[] free, double lower, double upper, double radius, double stop) {
    int n = 0;
    for (boolean f : free) {
      n += f ? 1 : 0;
    }
    double[] start = new double[n];
    double[] lo = new double[n];
    double[] hi = new double[n];
    int[] map = new int[n];
    int at = 0;
    for (int j = 0; j < 3; j++) {
      if (free[j]) {
        map[at] = j;
        start[at] = clamp(x[j], lower, upper);
        lo[at] = lower;
        hi[at] = upper;
        at++;
      }
    }
    double[] fixedLog = x.clone();
    double startValue = valueAt(x, free);
    try {
      PointValuePair optimum =
          new BOBYQAOptimizer(2 * n + 1, radius, stop)
              .optimize(
                  new MaxEval(3000),
                  GoalType.MAXIMIZE,
                  new InitialGuess(start),
                  new ObjectiveFunction(
                      p -> {
                        double[] full = fixedLog.clone();
                        for (int i = 0; i < p.length; i++) {
                          full[map[i]] = p[i];
                        }
                        return valueAt(full, free);
                      }),
                  new SimpleBounds(lo, hi));
      if (optimum.getValue() >= startValue) {
        for (int i = 0; i < n; i++) {
          x[map[i]] = optimum.getPoint()[i];
        }
      }
    } catch (MathIllegalStateException tooManyEvaluations) {
      // keep the start
    }
  }

  private double maximise1(double[] x, int j, double lo, double hi) {
    boolean[] onlyJ = new boolean[3];
    onlyJ[j] = true;
    double[] fixedLog = x.clone();
    double start = clamp(x[j], lo, hi);
    double startValue = valueAt(x, onlyJ);
    try {
      UnivariatePointValuePair optimum =
          new BrentOptimizer(1e-10, 1e-12)
              .optimize(
                  new MaxEval(1000),
                  new UnivariateObjectiveFunction(
                      v -> {
                        double[] full = fixedLog.clone();
                        full[j] = v;
                        return valueAt(full, onlyJ);
                      }),
                  GoalType.MAXIMIZE,
                  new SearchInterval(lo, hi, start));
      return optimum.getValue() >= startValue ? optimum.getPoint() : x[j];
    } catch (MathIllegalStateException tooManyEvaluations) {
      return x[j];
    }
  }

  /** Variance of the values plus their mean known variance; 1 when both are 0. */
  private double scale() {
    return LocalLevelEstimator.scale(model.y, model.r, m);
  }
}
