package io.github.pollkit.trend;

import java.math.BigDecimal;
import java.util.Locale;

/** How trend results print: one decimal, an explicit sign, no negative zero. */
final class TrendFormat {
  private TrendFormat() {}

  /** {@code 3.14 -> "+3.1"}, {@code -0.04 -> "+0.0"}, {@code -2.26 -> "-2.3"}. */
  static String signed(double value) {
    String text = String.format(Locale.ROOT, "%+.1f", value);
    return text.equals("-0.0") ? "+0.0" : text;
  }

  /** {@code 0.95 -> "95"}, {@code 0.995 -> "99.5"}. */
  static String percent(double fraction) {
    return new BigDecimal(Double.toString(fraction))
        .movePointRight(2)
        .stripTrailingZeros()
        .toPlainString();
  }
}
