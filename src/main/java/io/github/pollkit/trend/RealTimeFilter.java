package io.github.pollkit.trend;

/**
 * One week of the real-time average: with the variances of one re-estimation, the exact filtered
 * level E[μ<sub>d</sub> | polls on or before d] of the model with house effects, for each day d of
 * the week. The level filtered with h = 0 is a<sub>d</sub> − c<sub>d</sub>ᵀ h, where c<sub>d</sub>
 * are the filtered levels of the pollster indicator columns (the same gains), so the estimate is
 * a<sub>d</sub> − c<sub>d</sub>ᵀ ĥ<sub>d</sub> with variance P<sub>d</sub> + c<sub>d</sub>ᵀ Var(h |
 * polls ≤ d) c<sub>d</sub>; ĥ<sub>d</sub> uses S and s summed over the polls up to d (those up to
 * the re-estimation day come from the same adjoint pass as the likelihood, the later ones are added
 * one by one). Pollsters are those seen by d, so nothing depends on later polls.
 */
final class RealTimeFilter {
  private RealTimeFilter() {}

  static void week(
      HouseEffectModel model,
      HouseEffectEstimator.Estimate est,
      int mFit,
      int firstDay,
      int lastDay,
      double[] estimate,
      double[] se) {
    double q = Double.isNaN(est.q()) ? 0 : est.q();
    double tau2 = est.tau2();
    double hv = est.houseVariance();
    boolean withHouses = hv > 0 && model.houseEffects;
    HouseEffectModel.Sufficient fit =
        model.sufficient(mFit, q, tau2, new HouseEffectModel.Workspace(), withHouses);
    int mEnd = model.pollsUpTo(lastDay);
    int k = withHouses ? model.pollstersIn(mEnd) : 0;
    int g = model.groupsIn(mEnd);
    int cols = k + g;
    // the week's layout: k house columns, then g group columns; the fit's columns embedded
    int[] fitColumn = new int[fit.k + fit.g];
    for (int j = 0; j < fit.k; j++) {
      fitColumn[j] = j;
    }
    for (int j = 0; j < fit.g; j++) {
      fitColumn[fit.k + j] = k + j;
    }
    int fitCols = fitColumn.length;
    double[] bigS = new double[cols * cols];
    double[] s = new double[cols];
    for (int i = 0; i < fitCols; i++) {
      s[fitColumn[i]] = fit.s[i];
      for (int j = 0; j < fitCols; j++) {
        bigS[fitColumn[i] * cols + fitColumn[j]] = fit.bigS[i * fitCols + j];
      }
    }
    double[] aZ = new double[cols];
    double[] vz = new double[cols];
    boolean known = false;
    double a = 0;
    double p = 0;
    int i = 0;
    int[] day = model.day;
    for (int t = 0; t <= lastDay; t++) {
      if (model.breakBefore[t]) {
        known = false;
      } else if (t > 0) {
        p += q;
      }
      for (; i < mEnd && day[i] == t; i++) {
        double obsVariance = model.r[i] + tau2;
        int own1 = k > 0 ? model.pollster[i] : -1;
        int own2 = g > 0 ? k + model.group[i] : -1;
        if (!known) {
          a = model.y[i];
          p = obsVariance;
          HouseEffectModel.startLoadings(aZ, cols, own1, own2);
          known = true;
          continue;
        }
        double f = p + obsVariance;
        double gain = p / f;
        double v = model.y[i] - a;
        for (int j = 0; j < cols; j++) {
          vz[j] = (j == own1 || j == own2 ? 1 : 0) - aZ[j];
          aZ[j] += gain * vz[j];
        }
        if (i >= mFit) {
          for (int j = 0; j < cols; j++) {
            double x = vz[j] / f;
            s[j] += x * v;
            for (int l = 0; l < cols; l++) {
              bigS[j * cols + l] += x * vz[l];
            }
          }
        }
        a += gain * v;
        p = p * obsVariance / f;
      }
      if (t < firstDay) {
        continue;
      }
      if (!known) {
        estimate[t] = Double.NaN;
        se[t] = Double.NaN;
        continue;
      }
      // the posterior from the pollsters and groups seen by day t only
      int kd = withHouses ? model.pollstersIn(i) : 0;
      int gd = model.groupsIn(i);
      int[] dayColumn = new int[kd + gd];
      for (int j = 0; j < kd; j++) {
        dayColumn[j] = j;
      }
      for (int j = 0; j < gd; j++) {
        dayColumn[kd + j] = k + j;
      }
      int n = dayColumn.length;
      double[] sd = new double[n];
      double[] bigSd = new double[n * n];
      double[] load = new double[n];
      for (int j = 0; j < n; j++) {
        sd[j] = s[dayColumn[j]];
        load[j] = aZ[dayColumn[j]];
        for (int l = 0; l < n; l++) {
          bigSd[j * n + l] = bigS[dayColumn[j] * cols + dayColumn[l]];
        }
      }
      HouseEffectPosterior post =
          HouseEffectPosterior.of(new HouseEffectModel.Sufficient(kd, gd, 0, sd, bigSd), hv);
      estimate[t] = a - post.dot(load);
      se[t] = Math.sqrt(p + post.quadraticForm(load));
    }
  }
}
