package io.github.pollkit.trend;

/**
 * The retrospective level of the poll average with house effects, the counterpart of {@link
 * RealTimeFilter}: the smoothed level over the grid given the posterior of the house effects and
 * offsets, with its variance.
 */
final class RetrospectiveLevel {
  final double[] smoothed;
  final double[] smoothedVariance;

  private RetrospectiveLevel(double[] smoothed, double[] smoothedVariance) {
    this.smoothed = smoothed;
    this.smoothedVariance = smoothedVariance;
  }

  /**
   * The retrospective level: the RTS smoother of y − Z ĥ on every grid day, with variance
   * V<sub>t</sub> + c<sub>t</sub>ᵀ Var(h) c<sub>t</sub>, where c<sub>t</sub> are the smoothed
   * levels of the columns of Z (the level is linear in h). {@code k} and {@code g} are the column
   * counts of the sufficient quantities the posterior came from.
   */
  static RetrospectiveLevel of(
      HouseEffectModel model, double q, double tau2, HouseEffectPosterior post, int k, int g) {
    int m = model.size();
    int cols = k + g;
    int days = model.gridDays;
    boolean[] breakBefore = model.breakBefore;
    int[] day = model.day;
    double[] fa = new double[days];
    double[] fp = new double[days];
    double[] fz = new double[days * cols];
    double[] aZ = new double[cols];
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
        double obsVariance = model.r[i] + tau2;
        int own1 = k > 0 ? model.pollster[i] : -1;
        int own2 = g > 0 ? k + model.group[i] : -1;
        double value = model.y[i];
        if (own1 >= 0) {
          value -= post.meanOf(own1);
        }
        if (own2 >= 0) {
          value -= post.meanOf(own2);
        }
        if (!known) {
          a = value;
          p = obsVariance;
          HouseEffectModel.startLoadings(aZ, cols, own1, own2);
          known = true;
          continue;
        }
        double f = p + obsVariance;
        double gain = p / f;
        a += gain * (value - a);
        for (int j = 0; j < cols; j++) {
          aZ[j] += gain * ((j == own1 || j == own2 ? 1 : 0) - aZ[j]);
        }
        p = p * obsVariance / f;
      }
      fa[t] = known ? a : Double.NaN;
      fp[t] = known ? p : Double.POSITIVE_INFINITY;
      System.arraycopy(aZ, 0, fz, t * cols, cols);
    }
    // RTS smoother: gain J = P/(P + q); 0 across a break, 1 when the filtered level is unknown
    double[] sa = new double[days];
    double[] sp = new double[days];
    double[] sz = new double[days * cols];
    sa[days - 1] = fa[days - 1];
    sp[days - 1] = fp[days - 1];
    System.arraycopy(fz, (days - 1) * cols, sz, (days - 1) * cols, cols);
    for (int t = days - 2; t >= 0; t--) {
      int cur = t * cols;
      int next = (t + 1) * cols;
      if (breakBefore[t + 1]) {
        sa[t] = fa[t];
        sp[t] = fp[t];
        System.arraycopy(fz, cur, sz, cur, cols);
      } else if (Double.isNaN(fa[t])) {
        sa[t] = sa[t + 1];
        sp[t] = sp[t + 1] + q;
        System.arraycopy(sz, next, sz, cur, cols);
      } else {
        double gain = fp[t] / (fp[t] + q);
        sa[t] = fa[t] + gain * (sa[t + 1] - fa[t]);
        sp[t] = fp[t] * q / (fp[t] + q) + gain * gain * sp[t + 1];
        for (int j = 0; j < cols; j++) {
          sz[cur + j] = fz[cur + j] + gain * (sz[next + j] - fz[cur + j]);
        }
      }
    }
    double[] smoothedVariance = new double[days];
    double[] x = new double[cols];
    for (int t = 0; t < days; t++) {
      if (Double.isNaN(sa[t]) || Double.isInfinite(sp[t])) {
        sa[t] = Double.NaN;
        smoothedVariance[t] = Double.NaN;
        continue;
      }
      System.arraycopy(sz, t * cols, x, 0, cols);
      smoothedVariance[t] = sp[t] + post.quadraticForm(x);
    }
    return new RetrospectiveLevel(sa, smoothedVariance);
  }
}
