package io.github.pollkit;

import io.github.pollkit.trend.KalmanResult;
import io.github.pollkit.trend.KalmanSmoother;
import io.github.pollkit.trend.Loess;
import io.github.pollkit.trend.LoessFit;
import io.github.pollkit.trend.PollSeries;
import io.github.pollkit.trend.RollingAverage;
import io.github.pollkit.trend.RollingAverageResult;
import java.util.Objects;

/**
 * The smoothers that {@link PollSet#smooth(Smoother)} and charts accept.
 *
 * <pre>{@code
 * polls.smooth(Smoothers.kalman());
 * polls.smooth(Smoothers.rollingAverage(RollingAverage.builder().windowDays(90).build()));
 * }</pre>
 */
public final class Smoothers {
  private Smoothers() {}

  /**
   * LOESS (locally weighted linear regression, Cleveland 1979) with no robustness iterations, as a
   * daily line with a pointwise 95% band; see {@link Loess#fitAt}. {@code span} is the fraction of
   * polls in each local fit, in (0, 1]. Needs dated point shares (published ranges are left out).
   */
  public static Smoother loess(double span) {
    return loess(span, 0);
  }

  /** LOESS with {@code robustnessIterations} robustifying passes (statsmodels' {@code it}). */
  public static Smoother loess(double span, int robustnessIterations) {
    if (!(span > 0 && span <= 1)) {
      throw new IllegalArgumentException("span must be in (0, 1], was " + span);
    }
    if (robustnessIterations < 0) {
      throw new IllegalArgumentException(
          "robustnessIterations must be >= 0, was " + robustnessIterations);
    }
    return new Smoother() {
      @Override
      Series.Need need() {
        return Series.Need.POINT;
      }

      @Override
      SmoothedTrend smooth(Series s) {
        requireSome(s);
        double first = s.day[0];
        double[] days = new double[(int) (s.day[s.size() - 1] - first) + 1];
        for (int i = 0; i < days.length; i++) {
          days[i] = first + i;
        }
        LoessFit fit = Loess.fitAt(s.day, s.value, span, robustnessIterations, days, 0.95);
        return SmoothedTrend.fromEpochDays(s.label, toString(), days, fit.fitted(), fit.lower(),
            fit.upper(), 0.95, s, "");
      }

      @Override
      public String toString() {
        return "LOESS, span " + span
            + (robustnessIterations == 0 ? "" : ", " + robustnessIterations + " robustness iterations");
      }
    };
  }

  /**
   * The retrospective Kalman (Rauch–Tung–Striebel) average of a local-level model with its
   * variances estimated by maximum likelihood, 95% band; see {@link KalmanSmoother}. Published
   * ranges take part with their width as extra variance; polls without a sample size get the
   * median n (counted in the result's note).
   */
  public static Smoother kalman() {
    return kalman(KalmanSmoother.builder().build());
  }

  /** The retrospective Kalman average with the given settings (e.g. fixed variances). */
  public static Smoother kalman(KalmanSmoother smoother) {
    return kalman(smoother, false);
  }

  /**
   * The real-time Kalman average (the forward filter): each day's estimate uses only the polls
   * placed on or before that day, as a published running average does.
   */
  public static Smoother kalmanRealTime() {
    return kalmanRealTime(KalmanSmoother.builder().build());
  }

  /** The real-time Kalman average with the given settings. */
  public static Smoother kalmanRealTime(KalmanSmoother smoother) {
    return kalman(smoother, true);
  }

  private static Smoother kalman(KalmanSmoother smoother, boolean realTime) {
    Objects.requireNonNull(smoother, "smoother");
    return new Smoother() {
      @Override
      Series.Need need() {
        return Series.Need.POINT_OR_RANGE;
      }

      @Override
      SmoothedTrend smooth(Series s) {
        requireSome(s);
        KalmanResult r = s.isLead()
            ? smoother.smoothLead(s.intDays(), s.first, s.second, s.n)
            : smoother.smooth(s.intDays(), s.value, s.n, s.low, s.high);
        KalmanResult.Band band = realTime ? r.filteredBand(0.95) : r.smoothedBand(0.95);
        double[] days = new double[r.days().length];
        for (int i = 0; i < days.length; i++) {
          days[i] = r.days()[i];
        }
        String note = r.pollsWithMedianSampleSize() == 0 ? ""
            : r.pollsWithMedianSampleSize() + " polls without a sample size given the median n";
        return SmoothedTrend.fromEpochDays(s.label, toString(), days,
            realTime ? r.filtered() : r.smoothed(), band.lower(), band.upper(), 0.95, s, note);
      }

      @Override
      public String toString() {
        return realTime ? "Kalman filter (real-time)" : "Kalman smoother";
      }
    };
  }

  /**
   * A weighted rolling average over a window of days; see {@link RollingAverage}. Needs dated
   * point shares (published ranges are left out).
   */
  public static Smoother rollingAverage(RollingAverage average) {
    Objects.requireNonNull(average, "average");
    return new Smoother() {
      @Override
      Series.Need need() {
        return Series.Need.POINT;
      }

      @Override
      SmoothedTrend smooth(Series s) {
        requireSome(s);
        // A lead a − b lies in [−100, 100]; PollSeries takes shares in [0, 100]. The weighted mean
        // and standard deviation are affine-equivariant, so average (lead + 100) / 2 and map back.
        double[] values = s.value.clone();
        if (s.isLead()) {
          for (int i = 0; i < values.length; i++) {
            values[i] = (values[i] + 100) / 2;
          }
        }
        PollSeries series = PollSeries.of(s.day, values).withSampleSizes(s.n).withPollsters(s.pollsters());
        RollingAverageResult r = average.evaluate(series);
        double[] est = r.estimate();
        double[] lo = r.lower();
        double[] hi = r.upper();
        if (s.isLead()) {
          for (int i = 0; i < est.length; i++) {
            est[i] = 2 * est[i] - 100;
            lo[i] = 2 * lo[i] - 100;
            hi[i] = 2 * hi[i] - 100;
          }
        }
        String note = r.imputedSampleSizes() == 0 ? ""
            : r.imputedSampleSizes() + " polls without a sample size given the median n";
        return SmoothedTrend.fromEpochDays(s.label, toString(), r.days(), est, lo, hi,
            r.confidence(), s, note);
      }

      @Override
      public String toString() {
        return "rolling average";
      }
    };
  }

  static void requireSome(Series s) {
    if (s.size() == 0) {
      throw new IllegalArgumentException(
          "no poll of '" + s.label + "' can be smoothed: " + Series.describeLeftOut(s.leftOut));
    }
  }
}
