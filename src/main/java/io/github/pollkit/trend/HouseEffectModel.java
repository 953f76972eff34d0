package io.github.pollkit.trend;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The numerics of {@link PollAverage}: the polls sorted by day, the exact marginal log-likelihood
 * of the local level with random house effects and the sufficient quantities of the posterior of
 * the house effects; the smoothed level is {@link RetrospectiveLevel}, the real-time one {@link
 * RealTimeFilter}. See {@link PollAverage} for the model.
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
 * series has zero innovations). The posterior mean therefore satisfies 1ᵀ A⁻¹ s = σ<sub>h</sub>² 1ᵀ
 * s = 0: the estimated effects of the pollsters sum to zero, each pollster counted once, and the
 * posterior variance along 1 is σ<sub>h</sub>²/K (where the mean of the pollster distribution lies
 * is uncertain; this enters the level's standard error). Numerically S and s are projected onto the
 * contrasts and A is solved as B = P S P + c 11ᵀ/K + I/σ<sub>h</sub>² (c = mean diagonal of S),
 * whose inverse equals A⁻¹ on the contrasts, with the direction 1 handled in closed form.
 *
 * <h2>Population or mode offsets</h2>
 *
 * When the polls carry groups (a population such as adults / registered / likely voters, a mode, or
 * both), each group has an offset o<sub>g</sub> with a flat prior, centred the same way: the
 * offsets of the groups in the data sum to zero, each group once (the level is the mean of the
 * groups). They are further columns of Z; the direction 1<sub>g</sub> (all offsets up, the level
 * down) is fixed at zero instead of carrying σ<sub>h</sub>²/K, and the flat prior adds no
 * log-determinant term (diffuse regression coefficients, D&amp;K §6.2.2).
 *
 * <h2>Breaks</h2>
 *
 * A break on grid day b restarts the level diffusely between day b − 1 and day b: the first poll on
 * or after b sets the level (gain 1) and adds no term to the likelihood; the smoother does not
 * carry information across the break (gain 0), and the filtered level is unknown (NaN) from b until
 * that first poll.
 */
final class HouseEffectModel {

  private static final double LOG_2PI = Math.log(2 * Math.PI);

  final int firstDay;
  final int gridDays;
  final int[] day; // grid index of each sorted poll
  final double[] y;
  final double[] r; // known variance / weight
  final int[] inputIndex; // the caller's index of each sorted poll
  final int[] pollster; // index by first appearance (0 for every poll when house effects are off)
  final int[] group; // index by first appearance; 0 for every poll when there are no groups
  final boolean[] diffuse; // first poll of a diffuse segment
  final boolean[] breakBefore; // per grid day: the level restarts between day t-1 and t
  final int[] seen; // number of pollsters among polls 0..i
  final int[] seenGroups; // number of groups among polls 0..i
  final String[] names; // pollsters by first appearance
  final String[] groupNames; // groups by first appearance (empty without groups)
  final int pollsterCount;
  final boolean houseEffects;
  final boolean offsets;

  HouseEffectModel(PollObservations obs, int[] breakEpochDays, boolean houseEffects) {
    KalmanInput in = obs.input;
    int m = in.size();
    this.firstDay = in.firstDay;
    this.gridDays = in.gridDays;
    this.day = in.dayIndex.clone();
    this.y = in.value.clone();
    this.r = new double[m];
    this.inputIndex = in.inputIndex.clone();
    double[] w = obs.weights();
    String[] given = obs.pollsters();
    String[] givenGroups = obs.groups();
    this.houseEffects = houseEffects;
    this.offsets = givenGroups != null;
    this.pollster = new int[m];
    this.group = new int[m];
    this.seen = new int[m];
    this.seenGroups = new int[m];
    Map<String, Integer> ids = new HashMap<>();
    Map<String, Integer> groupIds = new HashMap<>();
    String[] order = new String[m];
    String[] groupOrder = new String[m];
    for (int i = 0; i < m; i++) {
      int input = in.inputIndex[i];
      r[i] = in.knownVariance[i] / w[input];
      pollster[i] = id(ids, order, houseEffects ? given[input] : "all pollsters");
      seen[i] = ids.size();
      if (offsets) {
        group[i] = id(groupIds, groupOrder, givenGroups[input]);
        seenGroups[i] = groupIds.size();
      }
    }
    this.pollsterCount = ids.size();
    this.names = Arrays.copyOf(order, pollsterCount);
    this.groupNames = Arrays.copyOf(groupOrder, groupIds.size());
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

  private static int id(Map<String, Integer> ids, String[] order, String name) {
    Integer id = ids.get(name);
    if (id == null) {
      id = ids.size();
      ids.put(name, id);
      order[id] = name;
    }
    return id;
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
    return countUpTo(day, lastDay);
  }

  /** The number of entries of sorted grid days up to and including {@code lastDay}. */
  static int countUpTo(int[] sortedDays, int lastDay) {
    int lo = 0;
    int hi = sortedDays.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sortedDays[mid] <= lastDay) {
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

  /** Groups with offsets among the first m polls (0 without groups). */
  int groupsIn(int m) {
    return offsets && m > 0 ? seenGroups[m - 1] : 0;
  }

  /** Reusable arrays for likelihood evaluations. */
  static final class Workspace {
    double[] w = new double[0]; // innovations of Z / F, m × J
    double[] gain = new double[0];
    double[] aZ = new double[0];
    double[] back = new double[0];

    void ensure(int m, int j) {
      if (w.length < m * j) {
        w = new double[Math.max(m * j, w.length * 3 / 2)];
      }
      if (gain.length < m) {
        gain = new double[Math.max(m, gain.length * 3 / 2)];
      }
      if (aZ.length < j) {
        aZ = new double[j];
        back = new double[j];
      }
    }
  }

  /**
   * The sufficient quantities of some polls at (q, τ²): the log-likelihood with h = 0, s and S
   * (before centring) over J = k + g columns, the k house columns first, then the g group columns.
   */
  static final class Sufficient {
    final int k;
    final int g;
    final double logLikelihood0;
    final double[] s;
    final double[] bigS;

    Sufficient(int k, int g, double logLikelihood0, double[] s, double[] bigS) {
      this.k = k;
      this.g = g;
      this.logLikelihood0 = logLikelihood0;
      this.s = s;
      this.bigS = bigS;
    }
  }

  /**
   * Forward filter of y and the columns of Z over the first m polls, then the adjoint pass for S
   * (see the class notes). House columns are included when {@code withHouses}.
   */
  Sufficient sufficient(int m, double q, double tau2, Workspace ws, boolean withHouses) {
    int k = withHouses ? pollstersIn(m) : 0;
    int g = groupsIn(m);
    int cols = k + g;
    ws.ensure(m, cols);
    double[] wz = ws.w;
    double[] gain = ws.gain;
    double[] aZ = ws.aZ;
    double[] s = new double[cols];
    double a = 0;
    double p = 0;
    double ll = 0;
    for (int i = 0; i < m; i++) {
      double obsVariance = r[i] + tau2;
      int base = i * cols;
      int own1 = k > 0 ? pollster[i] : -1;
      int own2 = g > 0 ? k + group[i] : -1;
      if (diffuse[i]) {
        a = y[i];
        p = obsVariance;
        if (cols > 0) {
          startLoadings(aZ, cols, own1, own2);
          Arrays.fill(wz, base, base + cols, 0);
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
      double gi = p * inverse;
      double v = y[i] - a;
      ll -= 0.5 * (LOG_2PI + Math.log(f) + v * v * inverse);
      gain[i] = gi;
      if (cols > 0) {
        double vInv = v * inverse;
        double keep = 1 - gi;
        // subtract the indicator so that −aZ[j] is the innovation δ − aZ[j] for every column
        if (own1 >= 0) {
          aZ[own1] -= 1;
        }
        if (own2 >= 0) {
          aZ[own2] -= 1;
        }
        for (int j = 0; j < cols; j++) {
          double minusVz = aZ[j];
          wz[base + j] = -minusVz * inverse;
          s[j] -= minusVz * vInv;
          aZ[j] = keep * minusVz;
        }
        if (own1 >= 0) {
          aZ[own1] += 1;
        }
        if (own2 >= 0) {
          aZ[own2] += 1;
        }
      }
      a += gi * v;
      p = p * obsVariance * inverse;
    }
    double[] bigS = new double[cols * cols];
    if (cols > 0) {
      double[] back = ws.back;
      Arrays.fill(back, 0, cols, 0);
      for (int i = m - 1; i >= 0; i--) {
        int row1 = k > 0 ? pollster[i] * cols : -1;
        int row2 = g > 0 ? (k + group[i]) * cols : -1;
        int base = i * cols;
        if (diffuse[i]) {
          for (int j = 0; j < cols; j++) {
            double x = back[j];
            if (row1 >= 0) {
              bigS[row1 + j] += x;
            }
            if (row2 >= 0) {
              bigS[row2 + j] += x;
            }
            back[j] = 0;
          }
        } else {
          double gi = gain[i];
          double keep = 1 - gi;
          for (int j = 0; j < cols; j++) {
            double wij = wz[base + j];
            double rj = back[j];
            double x = wij + gi * rj;
            if (row1 >= 0) {
              bigS[row1 + j] += x;
            }
            if (row2 >= 0) {
              bigS[row2 + j] += x;
            }
            back[j] = keep * rj - wij;
          }
        }
      }
    }
    return new Sufficient(k, g, ll, s, bigS);
  }

  /** The marginal log-likelihood of the first m polls; −1e300 where it cannot be evaluated. */
  double logLikelihood(int m, double q, double tau2, double houseVariance, Workspace ws) {
    try {
      boolean withHouses = houseVariance > 0;
      double ll =
          HouseEffectPosterior.of(sufficient(m, q, tau2, ws, withHouses), houseVariance)
              .logLikelihood;
      return Double.isFinite(ll) ? ll : -1e300;
    } catch (IllegalArgumentException | ArithmeticException degenerate) {
      return -1e300;
    }
  }

  /**
   * Sets {@code aZ[0, cols)} to the loadings of a level started at one poll (after a break, or at
   * the first poll): 1 on the poll's house column {@code own1} and group column {@code own2} (each
   * −1 for none), 0 elsewhere.
   */
  static void startLoadings(double[] aZ, int cols, int own1, int own2) {
    Arrays.fill(aZ, 0, cols, 0);
    if (own1 >= 0) {
      aZ[own1] = 1;
    }
    if (own2 >= 0) {
      aZ[own2] = 1;
    }
  }
}
