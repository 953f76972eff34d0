package io.github.pollkit.trend;

import io.github.pollkit.model.ElectionResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numerics of {@link JointPollAverage}: the polls and election anchors as one sorted list of
 * vector observations, the K-variate Kalman filter of the levels with the house effects as
 * regression columns, their posterior, and the retrospective smoother. See {@link JointPollAverage}
 * for the model.
 *
 * <h2>Filter</h2>
 *
 * For an observation with observed options O (r of them), y<sub>O</sub> = H μ + Z h + ε, ε ~ N(0,
 * R), H the r×K selection of O, Z the r×J indicators of the poll's (pollster, option) columns (0
 * for an election):
 *
 * <pre>
 *   v = y_O − a_O,  F = P_OO + R,  G = P_{·O} F⁻¹,
 *   a ← a + G v,  P ← P − G P_{O·},
 *   A ← A + G (Z − A_{O·})            (A: K×J filtered loadings of the columns of Z),
 *   s ← s + Vᵀ F⁻¹ v,  S ← S + Vᵀ F⁻¹ V,  V = Z − A_{O·}   (before A's update),
 * </pre>
 *
 * between days P ← P + Δ diag(q). The levels start at a = 0, P = κ I with κ = {@value #DIFFUSE}
 * points² (a practically diffuse start: a poll's variance is below 10⁻⁸ of it). Given the house
 * effects h the filtered levels are a − A h (the gains do not depend on y or h), so with the prior
 * h ~ N(0, Σ<sub>h</sub>) the posterior of h given the observations so far is N(B⁻¹ s, B⁻¹), B = S
 * + Σ<sub>h</sub>⁻¹ (de Jong 1991; Durbin &amp; Koopman 2012, §6.2.2), and
 *
 * <pre>
 *   E[μ | y] = a − A ĥ,   Var[μ | y] = P + A B⁻¹ Aᵀ.
 * </pre>
 *
 * <h2>Smoother</h2>
 *
 * Rauch–Tung–Striebel over every day of the grid, on the filtered levels of y − Z ĥ, with
 * J<sub>t</sub> = P<sub>t</sub> (P<sub>t</sub> + Q)⁻¹: m<sub>t</sub> = f<sub>t</sub> +
 * J<sub>t</sub> (m<sub>t+1</sub> − f<sub>t</sub>), V<sub>t</sub> = P<sub>t</sub> + J<sub>t</sub>
 * (V<sub>t+1</sub> − P<sub>t</sub> − Q) J<sub>t</sub>ᵀ. The smoothed levels are linear in h with
 * loadings C<sub>t</sub> obeying the same recursion, so Var[μ<sub>t</sub> | y] = V<sub>t</sub> +
 * C<sub>t</sub> B⁻¹ C<sub>t</sub>ᵀ = V<sub>t</sub> + D<sub>t</sub> D<sub>t</sub>ᵀ with
 * D<sub>t</sub> = C<sub>t</sub> U⁻ᵀ (B = U Uᵀ), carried through the recursion in place of
 * C<sub>t</sub>.
 */
final class JointModel {

  /** The variance of the levels before the first observation, points². */
  static final double DIFFUSE = 1e9;

  /** The sample size given to an election result: its sampling error is practically zero. */
  static final double ELECTION_SAMPLE_SIZE = 1e6;

  final int k;
  final int firstDay; // epoch day of grid index 0
  final int gridDays;
  final int[] day; // grid index of each event, sorted
  final int[][] option; // observed options of each event
  final double[][] value;
  final double[][] sampling; // r×r sampling covariance, row-major
  final int[] pollster; // -1 for an election
  final int[] inputIndex; // poll index, or -1 - election index
  final String[] pollsterNames;
  final String[] options;
  final List<LocalDate> anchors;

  JointModel(JointPolls polls, List<ElectionResult> elections, int lastDayLimit) {
    this.k = polls.options.length;
    this.options = polls.options;
    List<Integer> used = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    int minDay = Integer.MAX_VALUE;
    int maxDay = Integer.MIN_VALUE;
    for (int d : polls.day) {
      minDay = Math.min(minDay, d);
      maxDay = Math.max(maxDay, d);
    }
    int firstPoll = minDay;
    for (int e = 0; e < elections.size(); e++) {
      ElectionResult r = elections.get(e);
      int d = Math.toIntExact(r.date().toEpochDay());
      boolean any = false;
      for (String o : polls.options) {
        any |= r.has(o);
      }
      if (any && d >= firstPoll && d <= lastDayLimit) {
        used.add(e);
        dates.add(r.date());
        maxDay = Math.max(maxDay, d);
      }
    }
    this.anchors = List.copyOf(dates);
    this.firstDay = minDay;
    this.gridDays = maxDay - minDay + 1;
    int m = polls.size() + used.size();
    long[] key = new long[m];
    int c = 0;
    for (int e : used) {
      long d = elections.get(e).date().toEpochDay() - minDay;
      key[c++] = (d << 32) | (e & 0xffffffffL); // elections first within a day
    }
    for (int i = 0; i < polls.size(); i++) {
      long d = polls.day[i] - minDay;
      key[c++] = (d << 32) | (0x10000000L + i);
    }
    Arrays.sort(key);
    day = new int[m];
    option = new int[m][];
    value = new double[m][];
    sampling = new double[m][];
    pollster = new int[m];
    inputIndex = new int[m];
    Map<String, Integer> ids = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (int j = 0; j < m; j++) {
      day[j] = (int) (key[j] >>> 32);
      int low = (int) (key[j] & 0xffffffffL);
      double[] shares = new double[k];
      double n;
      if (low >= 0x10000000) {
        int i = low - 0x10000000;
        shares = polls.share[i];
        n = polls.n[i];
        inputIndex[j] = i;
        Integer id = ids.get(polls.pollster[i]);
        if (id == null) {
          id = ids.size();
          ids.put(polls.pollster[i], id);
          names.add(polls.pollster[i]);
        }
        pollster[j] = id;
      } else {
        ElectionResult r = elections.get(low);
        for (int o = 0; o < k; o++) {
          shares[o] = r.has(polls.options[o]) ? r.share(polls.options[o]) : Double.NaN;
        }
        n = ELECTION_SAMPLE_SIZE;
        inputIndex[j] = -1 - low;
        pollster[j] = -1;
      }
      int r = 0;
      for (double p : shares) {
        r += Double.isNaN(p) ? 0 : 1;
      }
      option[j] = new int[r];
      value[j] = new double[r];
      int at = 0;
      for (int o = 0; o < k; o++) {
        if (!Double.isNaN(shares[o])) {
          option[j][at] = o;
          value[j][at++] = shares[o];
        }
      }
      sampling[j] = multinomialCovariance(value[j], n);
    }
    this.pollsterNames = names.toArray(new String[0]);
  }

  /**
   * The multinomial sampling covariance of shares p (points) from n respondents, row-major: (100
   * p<sub>i</sub> δ<sub>ij</sub> − p<sub>i</sub> p<sub>j</sub>)/n, points². Shares that add up to
   * more than 100 (rounding) are first scaled to add up to 100, which keeps the matrix positive
   * semi-definite.
   */
  static double[] multinomialCovariance(double[] given, double n) {
    int r = given.length;
    double sum = 0;
    for (double x : given) {
      sum += x;
    }
    double[] p = given.clone();
    if (sum > 100) {
      for (int i = 0; i < r; i++) {
        p[i] *= 100 / sum;
      }
    }
    double[] out = new double[r * r];
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < r; j++) {
        out[i * r + j] = ((i == j ? 100 * p[i] : 0) - p[i] * p[j]) / n;
      }
    }
    return out;
  }

  int size() {
    return day.length;
  }

  /** The number of events on grid days up to and including {@code lastDay}. */
  int eventsUpTo(int lastDay) {
    return HouseEffectModel.countUpTo(day, lastDay);
  }

  /**
   * The variances of one fit: per option q, τ² and σ<sub>h</sub>² (0: no house effects for it), and
   * whether the option takes part at all.
   */
  record Params(double[] q, double[] tau2, double[] houseVariance, boolean[] active) {}

  /** One pass of the filter with given variances over the first {@code mEnd} events. */
  final class Filter {
    final Params params;
    final int cols;
    final int[] column; // pollster * k + option -> column, -1 if none
    final int[] columnOption;
    final int[] columnPollster;
    final double[] a = new double[k];
    final double[] p = new double[k * k];
    final double[] loading; // k × cols
    final double[] s;
    final double[] bigS; // cols × cols, upper triangle filled
    final boolean[] seen = new boolean[k];
    final int[] firstSeen = new int[k];
    final int mEnd;
    int next; // next event
    int dayNow; // grid day the state refers to

    Filter(Params params, int mEnd) {
      this.params = params;
      this.mEnd = mEnd;
      int np = pollsterNames.length;
      column = new int[np * k];
      Arrays.fill(column, -1);
      List<Integer> co = new ArrayList<>();
      List<Integer> cp = new ArrayList<>();
      for (int i = 0; i < mEnd; i++) {
        if (pollster[i] < 0) {
          continue;
        }
        for (int o : option[i]) {
          int key = pollster[i] * k + o;
          if (params.active[o] && params.houseVariance[o] > 0 && column[key] < 0) {
            column[key] = co.size();
            co.add(o);
            cp.add(pollster[i]);
          }
        }
      }
      cols = co.size();
      columnOption = co.stream().mapToInt(Integer::intValue).toArray();
      columnPollster = cp.stream().mapToInt(Integer::intValue).toArray();
      loading = new double[k * cols];
      s = new double[cols];
      bigS = new double[cols * cols];
      for (int o = 0; o < k; o++) {
        p[o * k + o] = DIFFUSE;
      }
      Arrays.fill(firstSeen, -1);
      dayNow = 0;
    }

    /** Moves the state to grid day t (no observation), adding (t − now) q. */
    void advanceTo(int t) {
      if (t > dayNow) {
        int dt = t - dayNow;
        for (int o = 0; o < k; o++) {
          if (params.active[o]) {
            p[o * k + o] += dt * params.q[o];
          }
        }
        dayNow = t;
      }
    }

    /** Processes every event on grid day t (the state must be at t); whether there was one. */
    boolean observeDay(int t) {
      advanceTo(t);
      boolean any = false;
      for (; next < mEnd && day[next] == t; next++) {
        any |= observe(next);
      }
      return any;
    }

    private boolean observe(int i) {
      int[] all = option[i];
      int rAll = all.length;
      int r = 0;
      for (int o : all) {
        r += params.active[o] ? 1 : 0;
      }
      if (r == 0) {
        return false;
      }
      int[] obs = new int[r];
      int[] pos = new int[r];
      int at = 0;
      for (int j = 0; j < rAll; j++) {
        if (params.active[all[j]]) {
          obs[at] = all[j];
          pos[at++] = j;
        }
      }
      double[] f = new double[r * r];
      double[] v = new double[r];
      boolean poll = pollster[i] >= 0;
      for (int x = 0; x < r; x++) {
        v[x] = value[i][pos[x]] - a[obs[x]];
        for (int y = 0; y < r; y++) {
          f[x * r + y] = p[obs[x] * k + obs[y]] + sampling[i][pos[x] * rAll + pos[y]];
        }
        if (poll) {
          f[x * r + x] += params.tau2[obs[x]];
        }
      }
      Dense.cholesky(f, r);
      // V = Z − A_O (r × cols), then whitened W = L⁻¹ V and u = L⁻¹ v
      double[] w = new double[r * cols];
      for (int x = 0; x < r; x++) {
        int o = obs[x];
        System.arraycopy(loading, o * cols, w, x * cols, cols);
        for (int j = 0; j < cols; j++) {
          w[x * cols + j] = -w[x * cols + j];
        }
        if (poll) {
          int c = column[pollster[i] * k + o];
          if (c >= 0) {
            w[x * cols + c] += 1;
          }
        }
      }
      double[] vz = w.clone(); // V before whitening, for the loadings' update
      double[] u = v.clone();
      Dense.forwardSolve(f, r, u, 1);
      Dense.forwardSolve(f, r, w, cols);
      for (int x = 0; x < r; x++) {
        double ux = u[x];
        int base = x * cols;
        for (int j = 0; j < cols; j++) {
          double wj = w[base + j];
          if (wj == 0) {
            continue;
          }
          s[j] += wj * ux;
          int row = j * cols;
          for (int l = j; l < cols; l++) {
            bigS[row + l] += wj * w[base + l];
          }
        }
      }
      // gain G = P_{·O} F⁻¹ (k × r): solve F Gᵀ = P_{O·}
      double[] gt = new double[r * k];
      for (int x = 0; x < r; x++) {
        System.arraycopy(p, obs[x] * k, gt, x * k, k);
      }
      double[] pO = gt.clone(); // P_{O·}
      Dense.cholSolve(f, r, gt, k);
      for (int o = 0; o < k; o++) {
        double da = 0;
        for (int x = 0; x < r; x++) {
          da += gt[x * k + o] * v[x];
        }
        a[o] += da;
      }
      for (int o = 0; o < k; o++) {
        for (int o2 = 0; o2 < k; o2++) {
          double d = 0;
          for (int x = 0; x < r; x++) {
            d += gt[x * k + o] * pO[x * k + o2];
          }
          p[o * k + o2] -= d;
        }
      }
      for (int o = 0; o < k; o++) {
        for (int o2 = o + 1; o2 < k; o2++) {
          double avg = 0.5 * (p[o * k + o2] + p[o2 * k + o]);
          p[o * k + o2] = avg;
          p[o2 * k + o] = avg;
        }
      }
      if (cols > 0) {
        for (int o = 0; o < k; o++) {
          int base = o * cols;
          for (int x = 0; x < r; x++) {
            double g = gt[x * k + o];
            if (g == 0) {
              continue;
            }
            int vb = x * cols;
            for (int j = 0; j < cols; j++) {
              loading[base + j] += g * vz[vb + j];
            }
          }
        }
      }
      for (int o : obs) {
        if (!seen[o]) {
          seen[o] = true;
          firstSeen[o] = day[i];
        }
      }
      return true;
    }

    /** The posterior of the house effects given the observations so far. */
    Posterior posterior() {
      double[] b = new double[cols * cols];
      for (int j = 0; j < cols; j++) {
        for (int l = j; l < cols; l++) {
          b[j * cols + l] = bigS[j * cols + l];
          b[l * cols + j] = bigS[j * cols + l];
        }
        b[j * cols + j] += 1 / params.houseVariance[columnOption[j]];
      }
      Dense.cholesky(b, cols);
      double[] mean = s.clone();
      Dense.cholSolve(b, cols, mean, 1);
      return new Posterior(b, mean, cols);
    }

    /** The filtered levels a − A ĥ. */
    double[] levels(Posterior post) {
      double[] out = a.clone();
      for (int o = 0; o < k; o++) {
        double d = 0;
        for (int j = 0; j < cols; j++) {
          d += loading[o * cols + j] * post.mean[j];
        }
        out[o] -= d;
      }
      return out;
    }

    /** Y = A U⁻ᵀ (k × cols): each row U⁻¹ Aᵀ row. */
    double[] whitenedLoadings(Posterior post) {
      double[] y = loading.clone();
      for (int o = 0; o < k; o++) {
        Dense.forwardSolveRow(post.chol, cols, y, o * cols);
      }
      return y;
    }
  }

  /** The posterior N(mean, B⁻¹) of the house effects, B = U Uᵀ. */
  record Posterior(double[] chol, double[] mean, int cols) {}

  /** Small dense linear algebra on row-major arrays. */
  static final class Dense {
    private Dense() {}

    /** In-place lower Cholesky factor of the n×n symmetric matrix a (upper part left as is). */
    static void cholesky(double[] a, int n) {
      for (int j = 0; j < n; j++) {
        double d = a[j * n + j];
        for (int l = 0; l < j; l++) {
          d -= a[j * n + l] * a[j * n + l];
        }
        if (!(d > 0)) {
          throw new ArithmeticException("matrix not positive definite");
        }
        d = Math.sqrt(d);
        a[j * n + j] = d;
        for (int i = j + 1; i < n; i++) {
          double x = a[i * n + j];
          for (int l = 0; l < j; l++) {
            x -= a[i * n + l] * a[j * n + l];
          }
          a[i * n + j] = x / d;
        }
      }
    }

    /** Solves L X = B in place, B n × cols row-major (L lower Cholesky factor in a). */
    static void forwardSolve(double[] l, int n, double[] b, int cols) {
      for (int i = 0; i < n; i++) {
        int bi = i * cols;
        for (int q = 0; q < i; q++) {
          double lij = l[i * n + q];
          if (lij == 0) {
            continue;
          }
          int bq = q * cols;
          for (int c = 0; c < cols; c++) {
            b[bi + c] -= lij * b[bq + c];
          }
        }
        double d = l[i * n + i];
        for (int c = 0; c < cols; c++) {
          b[bi + c] /= d;
        }
      }
    }

    /** Solves L x = b in place for one vector stored at b[offset .. offset + n). */
    static void forwardSolveRow(double[] l, int n, double[] b, int offset) {
      for (int i = 0; i < n; i++) {
        double x = b[offset + i];
        int li = i * n;
        for (int q = 0; q < i; q++) {
          x -= l[li + q] * b[offset + q];
        }
        b[offset + i] = x / l[li + i];
      }
    }

    /** Solves (L Lᵀ) X = B in place, B n × cols. */
    static void cholSolve(double[] l, int n, double[] b, int cols) {
      forwardSolve(l, n, b, cols);
      for (int i = n - 1; i >= 0; i--) {
        int bi = i * cols;
        for (int q = i + 1; q < n; q++) {
          double lqi = l[q * n + i];
          if (lqi == 0) {
            continue;
          }
          int bq = q * cols;
          for (int c = 0; c < cols; c++) {
            b[bi + c] -= lqi * b[bq + c];
          }
        }
        double d = l[i * n + i];
        for (int c = 0; c < cols; c++) {
          b[bi + c] /= d;
        }
      }
    }

    /** The inverse of a symmetric positive definite n×n matrix (a copy). */
    static double[] inverse(double[] a, int n) {
      double[] l = a.clone();
      cholesky(l, n);
      double[] out = new double[n * n];
      for (int i = 0; i < n; i++) {
        out[i * n + i] = 1;
      }
      cholSolve(l, n, out, n);
      return out;
    }
  }
}
