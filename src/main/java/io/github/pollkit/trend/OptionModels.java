package io.github.pollkit.trend;

/**
 * The one-option models of each option of a {@link JointPollAverage}, from which its variances are
 * estimated by maximum likelihood (the option's marginal likelihood, with {@link PollAverage}'s
 * estimator).
 */
final class OptionModels {
  private final HouseEffectModel[] models; // null: the option has no poll
  private final HouseEffectEstimator.Estimate[] last;

  OptionModels(JointPolls polls, boolean houseEffects) {
    int k = polls.options.length;
    models = new HouseEffectModel[k];
    last = new HouseEffectEstimator.Estimate[k];
    for (int o = 0; o < k; o++) {
      int m = 0;
      for (double[] row : polls.share) {
        m += Double.isNaN(row[o]) ? 0 : 1;
      }
      if (m == 0) {
        continue;
      }
      int[] day = new int[m];
      double[] share = new double[m];
      double[] n = new double[m];
      String[] pollster = new String[m];
      int c = 0;
      for (int i = 0; i < polls.size(); i++) {
        double p = polls.share[i][o];
        if (!Double.isNaN(p)) {
          day[c] = polls.day[i];
          share[c] = p;
          n[c] = polls.n[i];
          pollster[c++] = polls.pollster[i];
        }
      }
      PollObservations obs = PollObservations.ofShares(day, share, n, pollster);
      models[o] = new HouseEffectModel(obs, new int[0], houseEffects);
    }
  }

  /** The polls of option o placed on or before the epoch day. */
  int pollsUpTo(int o, int epochDay) {
    HouseEffectModel model = models[o];
    if (model == null) {
      return 0;
    }
    long t = (long) epochDay - model.firstDay;
    if (t < 0) {
      return 0;
    }
    return model.pollsUpTo((int) Math.min(t, Integer.MAX_VALUE));
  }

  /** The last estimate of option o (null if it was left out). */
  HouseEffectEstimator.Estimate last(int o) {
    return last[o];
  }

  /** Variances estimated from scratch from the polls up to the epoch day. */
  JointModel.Params coldParams(int epochDay) {
    return params(epochDay, new HouseEffectEstimator.Estimate[models.length], false);
  }

  /** Variances re-estimated from the polls up to the epoch day, warm-started; updates previous. */
  JointModel.Params warmParams(int epochDay, HouseEffectEstimator.Estimate[] previous) {
    return params(epochDay, previous, true);
  }

  private JointModel.Params params(
      int epochDay, HouseEffectEstimator.Estimate[] previous, boolean warm) {
    int k = models.length;
    double[] q = new double[k];
    double[] tau2 = new double[k];
    double[] hv = new double[k];
    boolean[] active = new boolean[k];
    for (int o = 0; o < k; o++) {
      int m = pollsUpTo(o, epochDay);
      if (m < JointPollAverage.MINIMUM_POLLS) {
        last[o] = null;
        continue;
      }
      HouseEffectEstimator.Estimate est =
          new HouseEffectEstimator(models[o], m)
              .estimate(Double.NaN, Double.NaN, Double.NaN, warm ? previous[o] : null);
      previous[o] = est;
      last[o] = est;
      active[o] = true;
      q[o] = Double.isNaN(est.q()) ? 0 : est.q();
      tau2[o] = est.tau2();
      hv[o] = est.houseVariance();
    }
    return new JointModel.Params(q, tau2, hv, active);
  }
}
