package io.github.pollkit.trend;

import java.util.Arrays;
import java.util.Locale;

/**
 * A fitted trend line with its confidence band, day by day, ready to chart (the band as one
 * polygon: {@code upper} forward, {@code lower} backward). Arrays are copied in and out.
 *
 * <pre>{@code
 * TrendBand band = LinearTrend.fit(days, share).band(new double[] {17000, 18000, 19000}, 0.95);
 * double[] top = band.upper();
 * }</pre>
 *
 * @param epochDays the days, as given
 * @param fitted the fitted mean share on each day, in points
 * @param standardError the standard error of the fitted mean on each day
 * @param lower the lower band bound on each day
 * @param upper the upper band bound on each day
 * @param confidence the confidence level of the band, in (0, 1)
 */
public record TrendBand(
    double[] epochDays,
    double[] fitted,
    double[] standardError,
    double[] lower,
    double[] upper,
    double confidence) {

  /** Copies the arrays and checks that they have one value per day. */
  public TrendBand {
    Arguments.requireConfidence(confidence);
    epochDays = Arguments.requireArray("epochDays", epochDays).clone();
    fitted = sameLength("fitted", fitted, epochDays.length);
    standardError = sameLength("standardError", standardError, epochDays.length);
    lower = sameLength("lower", lower, epochDays.length);
    upper = sameLength("upper", upper, epochDays.length);
  }

  private static double[] sameLength(String name, double[] values, int length) {
    Arguments.requireArray(name, values);
    Arguments.requireSameLength(name, values, "epochDays", length);
    return values.clone();
  }

  /** The number of days. */
  public int size() {
    return epochDays.length;
  }

  @Override
  public double[] epochDays() {
    return epochDays.clone();
  }

  @Override
  public double[] fitted() {
    return fitted.clone();
  }

  @Override
  public double[] standardError() {
    return standardError.clone();
  }

  @Override
  public double[] lower() {
    return lower.clone();
  }

  @Override
  public double[] upper() {
    return upper.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TrendBand b
        && Arrays.equals(epochDays, b.epochDays)
        && Arrays.equals(fitted, b.fitted)
        && Arrays.equals(standardError, b.standardError)
        && Arrays.equals(lower, b.lower)
        && Arrays.equals(upper, b.upper)
        && Double.compare(confidence, b.confidence) == 0;
  }

  @Override
  public int hashCode() {
    int h = Double.hashCode(confidence);
    for (double[] a : new double[][] {epochDays, fitted, standardError, lower, upper}) {
      h = 31 * h + Arrays.hashCode(a);
    }
    return h;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "TrendBand[%d days, %s%% band]",
        epochDays.length,
        TrendFormat.percent(confidence));
  }
}
