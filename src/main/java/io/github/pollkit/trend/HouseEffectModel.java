package io.github.pollkit.trend;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The numerics of {@link PollAverage}: the polls sorted by day, the exact marginal log-likelihood of
 * the local level with random house effects, the posterior of the house effects, and the filtered
 * and smoothed level. See {@link PollAverage} for the model.
 *
 * <h2>How the house effects are integrated out</h2>
 *
 * The house effects h enter the observation equation as a regression y = μ + Z h + ε with Z the
 * poll-by-pollster indicator matrix. The Kalman gains of the local level do not depend on the
 * observations, so the innovations of y − Z h are v − V h, where v are the innovations of y and V
 * those of the columns of Z through the same filter (the regression treatment of Durbin &amp;
 * Koopman 2012, §6.2.2; de Jong 1991). With h ~ N(0, σ<sub>h</sub>² I):
 *
 * <pre>
 *   log L = log L₀ − ½ log det(I + σ_h² S) + ½ sᵀ A⁻¹ s,   A = S + I/σ_h²,
 *   S = Vᵀ F⁻¹ V,  s = Vᵀ F⁻¹ v,
 * </pre>
 *
 * where L₀ is the likelihood with h = 0 (prediction-error decomposition, D&amp;K §7.2) and the
 * posterior of h is N(A⁻¹ s, A⁻¹). S = Zᵀ Lᵀ F⁻¹ L Z, with L the (lower-triangular) map from
 * observations to innovations, is formed in O(polls × pollsters) by one forward pass (L Z) and one
 * backward pass of the adjoint filter (Lᵀ), instead of O(polls × pollsters²) for Σ V<sub>i</sub>
 * V<sub>i</sub>ᵀ / F<sub>i</sub>.
 *
 * <h2>Centring</h2>
 *
 * The level is exactly diffuse at the start and after every break, so a shift of every house effect
 * by c and of the level by −c leaves the likelihood unchanged: S 1 = 0 and 1ᵀ s = 0 (a constant
 * series has zero innovations). The posterior mean therefore satisfies 1ᵀ A⁻¹ s = σ<sub>h</sub>²
 * 1ᵀ s = 0: the estimated effects of the pollsters sum to zero, each pollster counted once, and the
 * posterior variance along 1 is σ<sub>h</sub>²/K (where the mean of the pollster distribution lies
 * is uncertain; this enters the level's standard error). Numerically S and s are projected onto the
 * contrasts and A is solved as B = P S P + c 11ᵀ/K + I/σ<sub>h</sub>² (c = mean diagonal of S),
 * whose inverse equals A⁻¹ on the contrasts, with the direction 1 handled in closed form.
 *
 * <h2>Breaks</h2>
 *
 * A break on grid day b restarts the level diffusely between day b − 1 and day b: the first poll on
 * or after b sets the level (gain 1) and adds no term to the likelihood; the smoother does not carry
 * information across the break (gain 0), and the filtered level is unknown (NaN) from b until that
 * first poll.
 */
final class HouseEffectModel {

  private static final double LOG_2PI = Math.log(2 * Math.PI);

  final int firstDay;
  final int gridDays;
  final int[] day; // grid index of each sorted poll
  final double[] y;
  final double[] r; // known variance / weight
  final int[] pollster; // index by first appearance, 0 when house effects are off
  final boolean[] diffuse; // first poll of a diffuse segment
  final boolean[] breakBefore; // per grid day: the level restarts between day t-1 and t
  final int[] seen; // number of pollsters among polls 0..i
  final String[] names; // pollsters by first appearance
  final int pollsterCount;
  final boolean houseEffects;

  HouseEffectModel(PollObservations obs, int[] breakEpochDays, boolean houseEffects) {
    KalmanInput in = obs.input;
    int m = in.size();
    this.firstDay = in.firstDay;
    this.gridDays = in.gridDays;
    this.day = in.dayIndex.clone();
    this.y = in.value.clone();
    this.r = new double[m];
    double[] w = obs.weights();
    String[] given = obs.pollsters();
    this.houseEffects = houseEffects;
    this.pollster = new int[m];
    this.seen = new int[m];
    Map<String, Integer> ids = new HashMap<>();
    String[] order = new String[m];
    for (int i = 0; i < m; i++) {
      int input = in.inputIndex[i];
      r[i] = in.knownVariance[i] / w[input];
      String name = houseEffects ? given[input] : "all pollsters";
      Integer id = ids.get(name);
      if (id == null) {
        id = ids.size();
        ids.put(name, id);
        order[id] = name;
      }
      pollster[i] = id;
      seen[i] = ids.size();
    }
    this.pollsterCount = ids.size();
    this.names = Arrays.copyOf(order, pollsterCount);
    this.breakBefore = new boolean[gridDays];
    for (int b : breakEpochDays) {
      long t = (long) b - firstDay;
      if (t > 0 && t < gridDays) {
        breakBefore[(int) t] = true;
      }
    }
    this.diffuse = new boolean[m];
    for (int i = 0; i < m; i++) {
      diffuse[i] = i == 0 || breakBetween(day[i - 1], day[i]);
    }
  }

  int size() {
    return y.length;
  }

  /** Whether a break lies in (from, to], grid days. */
  boolean breakBetween(int from, int to) {
    for (int t = from + 1; t <= to; t++) {
      if (breakBefore[t]) {
        return true;
      }
    }
    return false;
  }

  /** The number of polls on grid days up to and including {@code lastDay}. */
  int pollsUpTo(int lastDay) {
    int lo = 0;
    int hi = y.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (day[mid] <= lastDay) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Pollsters with house effects among the first m polls (0 when house effects are off). */
  int pollstersIn(int m) {
    return houseEffects && m > 0 ? seen[m - 1] : 0;
  }

  /** Reusable arrays for likelihood evaluations. */
  static final class Workspace {
    double[] w = new double[0]; // innovations of Z / F, m × K
    double[] gain = new double[0];
    double[] aZ = new double[0];
    double[] back = new double[0];
    double[] s = new double[0];
    double[] bigS = new double[0];

    void ensure(int m, int k) {
      if (w.length < m * k) {
        w = new double[Math.max(m * k, w.length * 3 / 2)];
      }
      if (gain.length < m) {
        gain = new double[Math.max(m, gain.length * 3 / 2)];
      }
      if (aZ.length < k) {
        aZ = new double[k];
        back = new double[k];
        s = new double[k];
      }
      if (bigS.length < k * k) {
        bigS = new double[k * k];
      }
    }
  }

  /**
   * The sufficient quantities of the first m polls at (q, τ²): the log-likelihood with h = 0, s and
   * S (K × K, before centring), K = {@link #pollstersIn(int)} (0 without house effects).
   */
  static final class Sufficient {
    final int k;
    final double logLikelihood0;
    final double[] s;
    final double[] bigS;

    Sufficient(int k, double logLikelihood0, double[] s, double[] bigS) {
      this.k = k;
      this.logLikelihood0 = logLikelihood0;
      this.s = s;
      this.bigS = bigS;
    }
  }

  /** Forward filter of y and the columns of Z, then the adjoint pass for S (see class notes). */
  Sufficient sufficient(int m, double q, double tau2, Workspace ws, boolean withHouses) {
    int k = withHouses ? pollstersIn(m) : 0;
    ws.ensure(m, k);
    double[] wz = ws.w;
    double[] gain = ws.gain;
    double[] aZ = ws.aZ;
    double[] s = new double[k];
    double a = 0;
    double p = 0;
    double ll = 0;
    for (int i = 0; i < m; i++) {
      double obsVariance = r[i] + tau2;
      int base = i * k;
      if (diffuse[i]) {
        a = y[i];
        p = obsVariance;
        if (k > 0) {
          Arrays.fill(aZ, 0, k, 0);
          aZ[pollster[i]] = 1;
          Arrays.fill(wz, base, base + k, 0);
        }
        gain[i] = 1;
        ll -= 0.5 * LOG_2PI;
        continue;
      }
      p += q * (day[i] - day[i - 1]);
      double f = p + obsVariance;
      if (!(f > 0)) {
        throw new IllegalArgumentException(
            "a poll has observation variance 0 on a day whose level is already known exactly"
                + " (a share of 0 or 100 without a range, and no non-sampling variance)");
      }
      double inverse = 1 / f;
      double g = p * inverse;
      double v = y[i] - a;
      ll -= 0.5 * (LOG_2PI + Math.log(f) + v * v * inverse);
      gain[i] = g;
      if (k > 0) {
        int own = pollster[i];
        double vInv = v * inverse;
        double keep = 1 - g;
        aZ[own] -= 1; // so that −aZ[own] is the innovation 1 − aZ[own]
        for (int j = 0; j < k; j++) {
          double minusVz = aZ[j];
          wz[base + j] = -minusVz * inverse;
          s[j] -= minusVz * vInv;
          aZ[j] = keep * minusVz;
        }
        aZ[own] += 1;
      }
      a += g * v;
      p = p * obsVariance * inverse;
    }
    double[] bigS = new double[k * k];
    if (k > 0) {
      double[] back = ws.back;
      Arrays.fill(back, 0, k, 0);
      for (int i = m - 1; i >= 0; i--) {
        int row = pollster[i] * k;
        int base = i * k;
        if (diffuse[i]) {
          for (int j = 0; j < k; j++) {
            bigS[row + j] += back[j];
            back[j] = 0;
          }
        } else {
          double g = gain[i];
          double keep = 1 - g;
          for (int j = 0; j < k; j++) {
            double wij = wz[base + j];
            double rj = back[j];
            bigS[row + j] += wij + g * rj;
            back[j] = keep * rj - wij;
          }
        }
      }
    }
    return new Sufficient(k, ll, s, bigS);
  }

  /** Projects S onto the contrasts (P S P, symmetrised) and centres s, in place. */
  static void centre(double[] bigS, double[] s, int k) {
    double[] rowMean = new double[k];
    double total = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double v = 0.5 * (bigS[i * k + j] + bigS[j * k + i]);
        rowMean[i] += v;
      }
      rowMean[i] /= k;
      total += rowMean[i];
    }
    total /= k;
    double[] out = new double[k * k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        double v = 0.5 * (bigS[i * k + j] + bigS[j * k + i]);
        out[i * k + j] = v - rowMean[i] - rowMean[j] + total;
      }
    }
    System.arraycopy(out, 0, bigS, 0, k * k);
    double mean = 0;
    for (int j = 0; j < k; j++) {
      mean += s[j];
    }
    mean /= k;
    for (int j = 0; j < k; j++) {
      s[j] -= mean;
    }
  }

  /** The posterior of the house effects: mean, covariance and the marginal log-likelihood. */
  static final class Posterior {
    final int k;
    final double[] mean;
    final double[] choleskyB; // lower Cholesky factor of B; null: no house effects (all 0)
    final double alongOne; // extra variance along 1/√K: σ_h² − 1/(c + 1/σ_h²)
    final double logLikelihood;

    Posterior(int k, double[] mean, double[] choleskyB, double alongOne, double logLikelihood) {
      this.k = k;
      this.mean = mean;
      this.choleskyB = choleskyB;
      this.alongOne = alongOne;
      this.logLikelihood = logLikelihood;
    }

    /** xᵀ Var(h) x for a K-vector x. */
    double quadraticForm(double[] x) {
      if (choleskyB == null) {
        return 0;
      }
      double[] z = Arrays.copyOf(x, k);
      forwardSolve(choleskyB, z, k);
      double sum = 0;
      double ones = 0;
      for (int j = 0; j < k; j++) {
        sum += z[j] * z[j];
        ones += x[j];
      }
      return sum + alongOne * ones * ones / k;
    }

    /** Var(h_j). */
    double variance(int j) {
      double[] e = new double[k];
      e[j] = 1;
      return quadraticForm(e);
    }
  }

  /**
   * The posterior of h given the sufficient quantities and σ<sub>h</sub>² (&gt; 0), and the
   * marginal log-likelihood; with fewer than two pollsters there is no house effect to estimate.
   */
  static Posterior posterior(Sufficient raw, double houseVariance) {
    int k = raw.k;
    if (k < 2 || houseVariance == 0) {
      return new Posterior(k, new double[k], null, 0, raw.logLikelihood0);
    }
    Sufficient suf = new Sufficient(k, raw.logLikelihood0, raw.s.clone(), raw.bigS.clone());
    centre(suf.bigS, suf.s, k);
    double prec = 1 / houseVariance;
    double c = 0;
    for (int j = 0; j < k; j++) {
      c += suf.bigS[j * k + j];
    }
    c = c > 0 ? c / k : 1;
    double[] b = new double[k * k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        b[i * k + j] = suf.bigS[i * k + j] + c / k;
      }
      b[i * k + i] += prec;
    }
    double logDetB = cholesky(b, k);
    double[] mean = suf.s.clone();
    forwardSolve(b, mean, k);
    double quad = 0;
    for (int j = 0; j < k; j++) {
      quad += mean[j] * mean[j];
    }
    backSolve(b, mean, k);
    // log det A = log det B + log(1/σ²) − log(c + 1/σ²); A = S + I/σ²
    double logDetA = logDetB + Math.log(prec) - Math.log(c + prec);
    double ll = suf.logLikelihood0 - 0.5 * logDetA - 0.5 * k * Math.log(houseVariance) + 0.5 * quad;
    double alongOne = houseVariance - 1 / (c + prec);
    return new Posterior(k, mean, b, alongOne, ll);
  }

  /** In-place lower Cholesky factor of a symmetric positive-definite k × k matrix; log det. */
  static double cholesky(double[] a, int k) {
    double logDet = 0;
    for (int j = 0; j < k; j++) {
      double d = a[j * k + j];
      for (int t = 0; t < j; t++) {
        d -= a[j * k + t] * a[j * k + t];
      }
      if (!(d > 0)) {
        throw new ArithmeticException("matrix not positive definite");
      }
      double l = Math.sqrt(d);
      a[j * k + j] = l;
      logDet += 2 * Math.log(l);
      for (int i = j + 1; i < k; i++) {
        double v = a[i * k + j];
        for (int t = 0; t < j; t++) {
          v -= a[i * k + t] * a[j * k + t];
        }
        a[i * k + j] = v / l;
      }
      for (int i = 0; i < j; i++) {
        a[i * k + j] = 0;
      }
    }
    return logDet;
  }

  static void forwardSolve(double[] l, double[] x, int k) {
    for (int i = 0; i < k; i++) {
      double v = x[i];
      for (int t = 0; t < i; t++) {
        v -= l[i * k + t] * x[t];
      }
      x[i] = v / l[i * k + i];
    }
  }

  static void backSolve(double[] l, double[] x, int k) {
    for (int i = k - 1; i >= 0; i--) {
      double v = x[i];
      for (int t = i + 1; t < k; t++) {
        v -= l[t * k + i] * x[t];
      }
      x[i] = v / l[i * k + i];
    }
  }

  /** The marginal log-likelihood of the first m polls; −1e300 where it cannot be evaluated. */
  double logLikelihood(int m, double q, double tau2, double houseVariance, Workspace ws) {
    try {
      boolean withHouses = houseVariance > 0;
      double ll = posterior(sufficient(m, q, tau2, ws, withHouses), houseVariance).logLikelihood;
      return Double.isFinite(ll) ? ll : -1e300;
    } catch (IllegalArgumentException | ArithmeticException degenerate) {
      return -1e300;
    }
  }

  /** Filtered and smoothed level over the grid given the house-effect posterior. */
  static final class Level {
    final double[] filtered;
    final double[] filteredVariance;
    final double[] smoothed;
    final double[] smoothedVariance;

    Level(double[] f, double[] fv, double[] s, double[] sv) {
      filtered = f;
      filteredVariance = fv;
      smoothed = s;
      smoothedVariance = sv;
    }
  }

  /**
   * The retrospective level: the RTS smoother of y − Z ĥ on every grid day, with variance
   * V<sub>t</sub> + c<sub>t</sub>ᵀ Var(h) c<sub>t</sub>, where c<sub>t</sub> are the smoothed levels
   * of the columns of Z (the level is linear in h).
   */
  Level level(double q, double tau2, Posterior post) {
    int m = size();
    int k = post.k;
    int days = gridDays;
    double[] fa = new double[days];
    double[] fp = new double[days];
    double[] fz = new double[days * k];
    double[] aZ = new double[k];
    boolean known = false;
    double a = 0;
    double p = 0;
    int i = 0;
    for (int t = 0; t < days; t++) {
      if (breakBefore[t]) {
        known = false;
      } else if (t > 0) {
        p += q;
      }
      for (; i < m && day[i] == t; i++) {
        double obsVariance = r[i] + tau2;
        double value = y[i] - (k > 0 ? post.mean[pollster[i]] : 0);
        if (!known) {
          a = value;
          p = obsVariance;
          Arrays.fill(aZ, 0);
          if (k > 0) {
            aZ[pollster[i]] = 1;
          }
          known = true;
          continue;
        }
        double f = p + obsVariance;
        double g = p / f;
        a += g * (value - a);
        for (int j = 0; j < k; j++) {
          aZ[j] += g * ((j == pollster[i] ? 1 : 0) - aZ[j]);
        }
        p = p * obsVariance / f;
      }
      fa[t] = known ? a : Double.NaN;
      fp[t] = known ? p : Double.POSITIVE_INFINITY;
      System.arraycopy(aZ, 0, fz, t * k, k);
    }
    double[] filtered = new double[days];
    double[] filteredVariance = new double[days];
    double[] x = new double[k];
    for (int t = 0; t < days; t++) {
      filtered[t] = fa[t];
      if (Double.isNaN(fa[t])) {
        filteredVariance[t] = Double.NaN;
        continue;
      }
      System.arraycopy(fz, t * k, x, 0, k);
      filteredVariance[t] = fp[t] + (k > 0 ? post.quadraticForm(x) : 0);
    }
    // RTS smoother: gain J = P/(P + q); 0 across a break, 1 when the filtered level is unknown
    double[] sa = new double[days];
    double[] sp = new double[days];
    double[] sz = new double[days * k];
    sa[days - 1] = fa[days - 1];
    sp[days - 1] = fp[days - 1];
    System.arraycopy(fz, (days - 1) * k, sz, (days - 1) * k, k);
    for (int t = days - 2; t >= 0; t--) {
      int cur = t * k;
      int next = (t + 1) * k;
      if (breakBefore[t + 1]) {
        sa[t] = fa[t];
        sp[t] = fp[t];
        System.arraycopy(fz, cur, sz, cur, k);
      } else if (Double.isNaN(fa[t])) {
        sa[t] = sa[t + 1];
        sp[t] = sp[t + 1] + q;
        System.arraycopy(sz, next, sz, cur, k);
      } else {
        double gain = fp[t] / (fp[t] + q);
        sa[t] = fa[t] + gain * (sa[t + 1] - fa[t]);
        sp[t] = fp[t] * q / (fp[t] + q) + gain * gain * sp[t + 1];
        for (int j = 0; j < k; j++) {
          sz[cur + j] = fz[cur + j] + gain * (sz[next + j] - fz[cur + j]);
        }
      }
    }
    double[] smoothedVariance = new double[days];
    for (int t = 0; t < days; t++) {
      if (Double.isNaN(sa[t]) || Double.isInfinite(sp[t])) {
        sa[t] = Double.NaN;
        smoothedVariance[t] = Double.NaN;
        continue;
      }
      System.arraycopy(sz, t * k, x, 0, k);
      smoothedVariance[t] = sp[t] + (k > 0 ? post.quadraticForm(x) : 0);
    }
    return new Level(filtered, filteredVariance, sa, smoothedVariance);
  }
}
