package io.github.pollkit.weighting;

/**
 * Raking by iterative proportional fitting (Deming and Stephan 1940) on int-coded levels.
 *
 * <p>Each sweep visits the margins in order and multiplies every weight by {@code T·t[k][l] /
 * S[k][l]}, where {@code T} is the total of the base weights, {@code t[k][l]} the target share of
 * level {@code l} of margin {@code k} and {@code S[k][l]} the current weighted total of that level.
 * The pass that applies margin {@code k}'s factors also accumulates the totals of margin {@code
 * k+1}, so a sweep costs one pass over the rows per margin; the last pass accumulates the other
 * margins, from which the largest remaining gap {@code max |S[k][l]/T − t[k][l]|} is computed.
 *
 * <p>With a cap, every sweep is followed by a pass that lowers weights above {@code cap·T/n} to
 * that limit (trimming), and the next sweep re-rakes; the loop stops when the margins are met
 * within the tolerance after trimming ("trim and re-rake", as in Battaglia, Izrael, Hoaglin and
 * Frankel 2009, "Practical considerations in raking survey data", Survey Practice 2(5)).
 *
 * <p>Inputs are trusted (checked by {@link Respondents}): codes in range, every target level has a
 * positive base-weight total, targets of each margin sum to 1, base weights positive.
 */
final class Ipf {
  private Ipf() {}

  /** Final weights (scaled to mean 1) and how the iteration ended. */
  record Result(double[] weights, int iterations, double largestGap, boolean converged) {}

  static Result rake(
      int[][] codes,
      double[][] targets,
      double[] baseWeights,
      double tolerance,
      int maxIterations,
      double maxWeight) {
    int n = baseWeights.length;
    int margins = codes.length;
    double[] w = baseWeights.clone();
    double total = 0;
    for (double v : w) {
      total += v;
    }
    boolean capped = maxWeight < Double.POSITIVE_INFINITY;
    double limit = maxWeight * total / n;
    double[][] sums = new double[margins][];
    double[][] factors = new double[margins][];
    for (int k = 0; k < margins; k++) {
      sums[k] = new double[targets[k].length];
      factors[k] = new double[targets[k].length];
    }
    accumulateAll(sums, codes, w, margins);
    double gap = largestGap(sums, targets, total, margins);
    int iterations = 0;
    while (gap > tolerance && iterations < maxIterations) {
      iterations++;
      for (int k = 0; k < margins; k++) {
        double[] f = factors[k];
        for (int l = 0; l < f.length; l++) {
          f[l] = targets[k][l] * total / sums[k][l];
        }
        int[] c = codes[k];
        if (k < margins - 1) {
          int[] next = codes[k + 1];
          double[] s = sums[k + 1];
          java.util.Arrays.fill(s, 0);
          for (int i = 0; i < n; i++) {
            double v = w[i] * f[c[i]];
            w[i] = v;
            s[next[i]] += v;
          }
        } else if (capped) {
          for (int i = 0; i < n; i++) {
            w[i] *= f[c[i]];
          }
        } else {
          scaleLastAndAccumulateOthers(sums, codes, w, f, c, margins);
        }
      }
      if (capped) {
        for (int i = 0; i < n; i++) {
          if (w[i] > limit) {
            w[i] = limit;
          }
        }
        accumulateAll(sums, codes, w, margins);
        gap = largestGap(sums, targets, total, margins);
      } else {
        gap = largestGap(sums, targets, total, margins - 1);
      }
    }
    double sum = 0;
    for (double v : w) {
      sum += v;
    }
    double toMeanOne = n / sum;
    for (int i = 0; i < n; i++) {
      w[i] *= toMeanOne;
    }
    if (capped) {
      // Scaling to mean 1 can lift the capped weights by the remaining gap: cap them again and
      // report the gap that the returned weights have.
      for (int i = 0; i < n; i++) {
        w[i] = Math.min(w[i], maxWeight);
      }
      accumulateAll(sums, codes, w, margins);
      gap = largestGap(sums, targets, n, margins);
    }
    return new Result(w, iterations, gap, gap <= tolerance);
  }

  /** Applies the last margin's factors and accumulates the totals of every other margin. */
  private static void scaleLastAndAccumulateOthers(
      double[][] sums, int[][] codes, double[] w, double[] f, int[] c, int margins) {
    int others = margins - 1;
    for (int k = 0; k < others; k++) {
      java.util.Arrays.fill(sums[k], 0);
    }
    int n = w.length;
    if (others == 0) {
      for (int i = 0; i < n; i++) {
        w[i] *= f[c[i]];
      }
    } else if (others == 1) {
      int[] c0 = codes[0];
      double[] s0 = sums[0];
      for (int i = 0; i < n; i++) {
        double v = w[i] * f[c[i]];
        w[i] = v;
        s0[c0[i]] += v;
      }
    } else if (others == 2) {
      int[] c0 = codes[0];
      int[] c1 = codes[1];
      double[] s0 = sums[0];
      double[] s1 = sums[1];
      for (int i = 0; i < n; i++) {
        double v = w[i] * f[c[i]];
        w[i] = v;
        s0[c0[i]] += v;
        s1[c1[i]] += v;
      }
    } else {
      for (int i = 0; i < n; i++) {
        double v = w[i] * f[c[i]];
        w[i] = v;
        for (int k = 0; k < others; k++) {
          sums[k][codes[k][i]] += v;
        }
      }
    }
  }

  private static void accumulateAll(double[][] sums, int[][] codes, double[] w, int margins) {
    for (int k = 0; k < margins; k++) {
      double[] s = sums[k];
      java.util.Arrays.fill(s, 0);
      int[] c = codes[k];
      for (int i = 0; i < w.length; i++) {
        s[c[i]] += w[i];
      }
    }
  }

  /** Largest |S[k][l]/T − t[k][l]| over the first {@code count} margins. */
  private static double largestGap(double[][] sums, double[][] targets, double total, int count) {
    double gap = 0;
    for (int k = 0; k < count; k++) {
      for (int l = 0; l < sums[k].length; l++) {
        gap = Math.max(gap, Math.abs(sums[k][l] / total - targets[k][l]));
      }
    }
    return gap;
  }
}
