package io.github.pollkit.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The retrospective smoother and the real-time read-out of {@link JointPollAverage}; the formulas
 * are in {@code JointModel}.
 */
final class JointSmoother {
  private JointSmoother() {}

  /**
   * The real-time estimates on grid days from..to (inclusive) from a filter whose state is before
   * {@code from}: each day's events are observed, then E[μ | y] = a − A ĥ and Var = P + Y Yᵀ (Y = A
   * U⁻ᵀ). Day t is written at index t − shift of mean (× k) and cov (× k²).
   */
  static void realTimeDays(
      JointModel.Filter f, int from, int to, double[] mean, double[] cov, int shift) {
    int k = f.a.length;
    boolean[] active = f.params.active();
    JointModel.Posterior post = null;
    double[] levels = null;
    double[] yy = null;
    for (int d = from; d <= to; d++) {
      boolean changed = f.observeDay(d);
      if (changed || post == null) {
        post = f.posterior();
        levels = f.levels(post);
        yy = outer(f.whitenedLoadings(post), k, post.cols());
      }
      int row = d - shift;
      for (int o = 0; o < k; o++) {
        boolean known = active[o] && f.seen[o];
        mean[row * k + o] = known ? levels[o] : Double.NaN;
        for (int u = 0; u < k; u++) {
          boolean both = known && active[u] && f.seen[u];
          cov[(row * k + o) * k + u] = both ? f.p[o * k + u] + yy[o * k + u] : Double.NaN;
        }
      }
    }
  }

  /** The retrospective fit: the filter over all events, then the RTS smoother over every day. */
  static JointAverageFit fit(JointModel model, JointModel.Params params, OptionModels om) {
    int k = model.k;
    JointModel.Filter f = model.new Filter(params, model.size());
    List<Integer> snapDay = new ArrayList<>();
    List<double[]> snapA = new ArrayList<>();
    List<double[]> snapP = new ArrayList<>();
    List<double[]> snapL = new ArrayList<>();
    while (f.next < f.mEnd) {
      int t = model.day[f.next];
      f.observeDay(t);
      snapDay.add(t);
      snapA.add(f.a.clone());
      snapP.add(f.p.clone());
      snapL.add(f.loading.clone());
    }
    JointModel.Posterior post = f.posterior();
    int cols = post.cols();
    int days = model.gridDays;
    double[] q = params.q();
    boolean[] active = params.active();
    double[] mean = new double[days * k];
    double[] cov = new double[days * k * k];
    double[] sNext = null;
    double[] vNext = null;
    // D_t = Y + Γ_t E within a stretch of days with one filter snapshot (Y constant), Γ_t = J_t
    // Γ_{t+1}, E = D (explicit) of the day after the stretch minus Y; so D_t D_tᵀ = YYᵀ + Γ EYᵀ +
    // (Γ EYᵀ)ᵀ + Γ EEᵀ Γᵀ costs O(k³) a day instead of O(k² × columns).
    double[] gamma = new double[k * k];
    double[] e = null;
    double[] yy = null;
    double[] ey = null;
    double[] ee = null;
    int idx = snapDay.size() - 1;
    int cached = -1;
    double[] fl = null;
    double[] y = null;
    double[] pt = new double[k * k];
    double[] m = new double[k * k];
    double[] g = new double[k * k];
    double[] tmp = new double[k * k];
    double[] tmp2 = new double[k * k];
    double[] dd = new double[k * k];
    for (int t = days - 1; t >= 0; t--) {
      while (snapDay.get(idx) > t) {
        idx--;
      }
      if (idx != cached) {
        double[] explicitD = null;
        if (y != null) {
          explicitD = y.clone(); // D of day t + 1 = Y + Γ E
          if (cols > 0) {
            multiplyAdd(gamma, e, explicitD, k, k, cols);
          }
        }
        fl = levels(snapA.get(idx), snapL.get(idx), post, k);
        y = whiten(snapL.get(idx), post, k);
        e = new double[k * cols];
        if (explicitD != null) {
          for (int i = 0; i < k * cols; i++) {
            e[i] = explicitD[i] - y[i];
          }
        }
        Arrays.fill(gamma, 0);
        for (int o = 0; o < k; o++) {
          gamma[o * k + o] = 1;
        }
        yy = outer(y, k, cols);
        ey = cross(e, y, k, cols);
        ee = outer(e, k, cols);
        cached = idx;
      }
      System.arraycopy(snapP.get(idx), 0, pt, 0, k * k);
      int dt = t - snapDay.get(idx);
      for (int o = 0; o < k; o++) {
        if (active[o]) {
          pt[o * k + o] += dt * q[o];
        }
      }
      double[] s;
      double[] v;
      if (sNext == null) {
        s = fl.clone();
        v = pt.clone();
      } else {
        System.arraycopy(pt, 0, m, 0, k * k);
        for (int o = 0; o < k; o++) {
          if (active[o]) {
            m[o * k + o] += q[o];
          }
        }
        double[] mInv = JointModel.Dense.inverse(m, k);
        multiply(pt, mInv, g, k, k, k);
        s = new double[k];
        for (int o = 0; o < k; o++) {
          double x = fl[o];
          for (int u = 0; u < k; u++) {
            x += g[o * k + u] * (sNext[u] - fl[u]);
          }
          s[o] = x;
        }
        // V = P + G (V' − M) Gᵀ
        double[] diff = new double[k * k];
        for (int i = 0; i < k * k; i++) {
          diff[i] = vNext[i] - m[i];
        }
        multiply(g, diff, tmp, k, k, k);
        v = new double[k * k];
        for (int o = 0; o < k; o++) {
          for (int u = 0; u < k; u++) {
            double x = pt[o * k + u];
            for (int l = 0; l < k; l++) {
              x += tmp[o * k + l] * g[u * k + l];
            }
            v[o * k + u] = x;
          }
        }
        multiply(g, gamma, tmp, k, k, k);
        System.arraycopy(tmp, 0, gamma, 0, k * k);
      }
      // D Dᵀ = YYᵀ + Γ EYᵀ + (Γ EYᵀ)ᵀ + Γ EEᵀ Γᵀ
      multiply(gamma, ey, tmp, k, k, k);
      multiply(gamma, ee, tmp2, k, k, k);
      for (int o = 0; o < k; o++) {
        for (int u = 0; u < k; u++) {
          double x = yy[o * k + u] + tmp[o * k + u] + tmp[u * k + o];
          for (int l = 0; l < k; l++) {
            x += tmp2[o * k + l] * gamma[u * k + l];
          }
          dd[o * k + u] = x;
        }
      }
      for (int o = 0; o < k; o++) {
        boolean known = active[o] && f.firstSeen[o] >= 0 && t >= f.firstSeen[o];
        mean[t * k + o] = known ? s[o] : Double.NaN;
        for (int u = 0; u < k; u++) {
          boolean both = known && active[u] && f.firstSeen[u] >= 0 && t >= f.firstSeen[u];
          cov[(t * k + o) * k + u] = both ? v[o * k + u] + dd[o * k + u] : Double.NaN;
        }
      }
      sNext = s;
      vNext = v;
    }
    return new JointAverageFit(
        model.firstDay,
        days,
        model.options,
        mean,
        cov,
        model.anchors,
        houses(model, f, post),
        parameters(model, om, params, k));
  }

  /** a − A ĥ for stored filter arrays. */
  static double[] levels(double[] a, double[] loading, JointModel.Posterior post, int k) {
    int cols = post.cols();
    double[] out = a.clone();
    for (int o = 0; o < k; o++) {
      double d = 0;
      for (int j = 0; j < cols; j++) {
        d += loading[o * cols + j] * post.mean()[j];
      }
      out[o] -= d;
    }
    return out;
  }

  /** A U⁻ᵀ for stored loadings. */
  static double[] whiten(double[] loading, JointModel.Posterior post, int k) {
    double[] y = loading.clone();
    for (int o = 0; o < k; o++) {
      JointModel.Dense.forwardSolveRow(post.chol(), post.cols(), y, o * post.cols());
    }
    return y;
  }

  /** X Xᵀ for X k × cols. */
  static double[] outer(double[] x, int k, int cols) {
    double[] out = new double[k * k];
    for (int o = 0; o < k; o++) {
      for (int u = o; u < k; u++) {
        double sum = 0;
        for (int j = 0; j < cols; j++) {
          sum += x[o * cols + j] * x[u * cols + j];
        }
        out[o * k + u] = sum;
        out[u * k + o] = sum;
      }
    }
    return out;
  }

  /** X Zᵀ for X, Z k × cols. */
  static double[] cross(double[] x, double[] z, int k, int cols) {
    double[] out = new double[k * k];
    for (int o = 0; o < k; o++) {
      for (int u = 0; u < k; u++) {
        double sum = 0;
        for (int j = 0; j < cols; j++) {
          sum += x[o * cols + j] * z[u * cols + j];
        }
        out[o * k + u] = sum;
      }
    }
    return out;
  }

  /** out = a (r × n) b (n × c). */
  static void multiply(double[] a, double[] b, double[] out, int r, int n, int c) {
    Arrays.fill(out, 0, r * c, 0);
    multiplyAdd(a, b, out, r, n, c);
  }

  /** out += a (r × n) b (n × c). */
  static void multiplyAdd(double[] a, double[] b, double[] out, int r, int n, int c) {
    for (int i = 0; i < r; i++) {
      for (int l = 0; l < n; l++) {
        double x = a[i * n + l];
        if (x == 0) {
          continue;
        }
        for (int j = 0; j < c; j++) {
          out[i * c + j] += x * b[l * c + j];
        }
      }
    }
  }

  private static JointAverageFit.Houses houses(
      JointModel model, JointModel.Filter f, JointModel.Posterior post) {
    int cols = post.cols();
    String[] pollster = new String[cols];
    String[] option = new String[cols];
    double[] effect = post.mean().clone();
    double[] se = new double[cols];
    int[] polls = new int[cols];
    for (int j = 0; j < cols; j++) {
      pollster[j] = model.pollsterNames[f.columnPollster[j]];
      option[j] = model.options[f.columnOption[j]];
      double[] e = new double[cols];
      e[j] = 1;
      JointModel.Dense.forwardSolveRow(post.chol(), cols, e, 0);
      double sum = 0;
      for (double x : e) {
        sum += x * x;
      }
      se[j] = Math.sqrt(sum);
    }
    for (int i = 0; i < model.size(); i++) {
      if (model.pollster[i] < 0) {
        continue;
      }
      for (int o : model.option[i]) {
        int c = f.column[model.pollster[i] * model.k + o];
        if (c >= 0) {
          polls[c]++;
        }
      }
    }
    return new JointAverageFit.Houses(pollster, option, effect, se, polls);
  }

  private static Table parameters(
      JointModel model, OptionModels om, JointModel.Params params, int k) {
    HouseEffectEstimator.Estimate[] last = new HouseEffectEstimator.Estimate[k];
    for (int o = 0; o < k; o++) {
      last[o] = om.last(o);
    }
    ParameterRows rows = new ParameterRows(false);
    rows.add(null, model.options, om, Integer.MAX_VALUE, params, last);
    return rows.table("parameters");
  }
}
