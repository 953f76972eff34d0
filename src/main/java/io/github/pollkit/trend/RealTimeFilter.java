package io.github.pollkit.trend;

import java.util.Arrays;

/**
 * One week of the real-time average: with the variances of one re-estimation, the exact filtered
 * level E[μ<sub>d</sub> | polls on or before d] of the model with house effects, for each day d of
 * the week. The level filtered with h = 0 is a<sub>d</sub> − c<sub>d</sub>ᵀ h, where c<sub>d</sub>
 * are the filtered levels of the pollster indicator columns (the same gains), so the estimate is
 * a<sub>d</sub> − c<sub>d</sub>ᵀ ĥ<sub>d</sub> with variance P<sub>d</sub> + c<sub>d</sub>ᵀ
 * Var(h | polls ≤ d) c<sub>d</sub>; ĥ<sub>d</sub> uses S and s summed over the polls up to d
 * (those up to the re-estimation day come from the same adjoint pass as the likelihood, the later
 * ones are added one by one). Pollsters are those seen by d, so nothing depends on later polls.
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
    int kFit = fit.k;
    double[] bigS = new double[k * k];
    double[] s = new double[k];
    for (int i = 0; i < kFit; i++) {
      System.arraycopy(fit.bigS, i * kFit, bigS, i * k, kFit);
      s[i] = fit.s[i];
    }
    double[] aZ = new double[k];
    double[] vz = new double[k];
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
        int own = model.pollster[i];
        if (!known) {
          a = model.y[i];
          p = obsVariance;
          if (k > 0) {
            Arrays.fill(aZ, 0);
            aZ[own] = 1;
          }
          known = true;
          continue;
        }
        double f = p + obsVariance;
        double g = p / f;
        double v = model.y[i] - a;
        for (int j = 0; j < k; j++) {
          vz[j] = (j == own ? 1 : 0) - aZ[j];
          aZ[j] += g * vz[j];
        }
        if (i >= mFit) {
          for (int j = 0; j < k; j++) {
            double x = vz[j] / f;
            s[j] += x * v;
            for (int l = 0; l < k; l++) {
              bigS[j * k + l] += x * vz[l];
            }
          }
        }
        a += g * v;
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
      int kd = withHouses ? model.pollstersIn(i) : 0;
      double[] sd = Arrays.copyOf(s, kd);
      double[] bigSd = new double[kd * kd];
      for (int j = 0; j < kd; j++) {
        System.arraycopy(bigS, j * k, bigSd, j * kd, kd);
      }
      HouseEffectModel.Posterior post =
          HouseEffectModel.posterior(new HouseEffectModel.Sufficient(kd, 0, sd, bigSd), hv);
      double level = a;
      for (int j = 0; j < post.k && post.choleskyB != null; j++) {
        level -= aZ[j] * post.mean[j];
      }
      estimate[t] = level;
      se[t] = Math.sqrt(p + post.quadraticForm(aZ));
    }
  }
}
