package io.github.pollkit.io;

import io.github.pollkit.model.RuleViolation;
import io.github.pollkit.model.Share;
import java.util.Locale;

/**
 * Parsers for the cells of a poll file. Each takes the cell text as read (already stripped of
 * surrounding white space, not missing) and returns a value or throws a {@link CellException}
 * stating the rule. They scan characters instead of using regular expressions.
 */
final class Cells {
  private Cells() {}

  /** A decimal number as written, with the number of digits after its decimal separator. */
  record Decimal(double value, int decimals) {
    /** Half a unit of the last decimal place written: the largest rounding error of the value. */
    double halfUnit() {
      return 0.5 * Math.pow(10, -decimals);
    }
  }

  /**
   * A share as written: the model's share and {@code halfUnit}, the largest rounding error of the
   * value as written (of the low bound for a range).
   */
  record WrittenShare(Share share, double halfUnit) {}

  /**
   * Parses a plain decimal number: an optional sign, digits, an optional decimal separator followed
   * by digits. With {@code grouping}, the integer part may be split into groups of three digits by
   * one kind of separator (comma, space or no-break space; with {@code decimalComma} a point or a
   * space). A separator that is neither is ambiguous and rejected.
   */
  static Decimal decimal(String text, boolean decimalComma, boolean grouping) {
    if (text.length() <= 9) {
      int whole = 0;
      int k = 0;
      while (k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
        whole = 10 * whole + (text.charAt(k) - '0');
        k++;
      }
      if (k > 0 && k == text.length()) {
        return new Decimal(whole, 0); // the common case, digits only: what the rules below give
      }
    }
    rejectNonFinite(text);
    char decimalSeparator = decimalComma ? ',' : '.';
    char otherMark = decimalComma ? '.' : ',';
    StringBuilder plain = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      plain.append(text.charAt(i));
      i++;
    }
    int digitsInGroup = 0;
    int groups = 0;
    char groupSeparator = 0;
    int integerDigits = 0;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        plain.append(c);
        digitsInGroup++;
        integerDigits++;
      } else if (c == otherMark || c == ' ' || c == '\u00A0' || c == '\u202F') {
        boolean validGroup =
            grouping
                && (groupSeparator == 0 || groupSeparator == c)
                && (groups == 0 ? digitsInGroup >= 1 && digitsInGroup <= 3 : digitsInGroup == 3);
        if (!validGroup) {
          throw ambiguous(c, decimalComma, grouping);
        }
        groupSeparator = c;
        groups++;
        digitsInGroup = 0;
      } else {
        break;
      }
    }
    if (groups > 0 && digitsInGroup != 3) {
      throw ambiguous(groupSeparator, decimalComma, grouping);
    }
    int decimals = 0;
    if (i < n && text.charAt(i) == decimalSeparator) {
      plain.append('.');
      for (i++; i < n; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          break;
        }
        plain.append(c);
        decimals++;
      }
    }
    if (i < n) {
      char c = text.charAt(i);
      if (c == otherMark) {
        throw ambiguous(c, decimalComma, grouping);
      }
      throw new CellException("is not a number: unexpected character '" + c + "'");
    }
    if (integerDigits + decimals == 0) {
      throw new CellException("is not a number");
    }
    // + 0.0 turns -0 into 0, so that "-0" reads back as it is written
    double value = Double.parseDouble(plain.toString()) + 0.0;
    if (Double.isInfinite(value)) {
      throw new CellException("is too large: a finite number is required");
    }
    return new Decimal(value, decimals);
  }

  private static CellException ambiguous(char mark, boolean decimalComma, boolean grouping) {
    String shown = mark == ' ' || mark == '\u00A0' || mark == '\u202F' ? "space" : "'" + mark + "'";
    if (decimalComma) {
      return new CellException(
          "is ambiguous: the "
              + shown
              + " is not a decimal comma (decimalComma() is set) and not a thousands separator"
              + " between groups of three digits");
    }
    if (mark == ',') {
      return new CellException(
          "is ambiguous: the ',' could be a decimal comma or a thousands separator"
              + (grouping ? " but does not separate groups of three digits" : "")
              + "; use ReadOptions.builder().decimalComma() if ',' is the decimal separator");
    }
    return new CellException(
        "is not a number: the " + shown + " does not separate groups of three digits");
  }

  private static void rejectNonFinite(String text) {
    int n = text.length();
    if (n > 0 && text.charAt(n - 1) >= '0' && text.charAt(n - 1) <= '9') {
      return; // the common case: none of the words below ends in a digit
    }
    String t = text.toLowerCase(Locale.ROOT);
    if (t.startsWith("+") || t.startsWith("-")) {
      t = t.substring(1);
    }
    if (t.equals("nan")) {
      throw new CellException("is not a number (NaN): a finite number is required");
    }
    if (t.equals("inf") || t.equals("infinity") || t.equals("\u221E")) {
      throw new CellException("is infinite: a finite number is required");
    }
  }

  /**
   * Parses a share: {@code 53}, {@code 53%}, {@code 46.3}, or a range {@code 20-25}, {@code 20–25%}
   * (en or em dash), {@code 20 to 25}, whose share is the midpoint. The rules of a share are
   * checked by {@link Share}; a broken one is reported in the words of a cell.
   */
  static WrittenShare share(String text, boolean decimalComma) {
    int split = rangeSeparator(text);
    if (split < 0) {
      Decimal point = shareNumber(text, decimalComma);
      return new WrittenShare(checked(point.value(), Double.NaN, Double.NaN), point.halfUnit());
    }
    int separatorLength = text.charAt(split) == ' ' ? 4 : 1;
    Decimal low = shareNumber(text.substring(0, split).strip(), decimalComma);
    Decimal high = shareNumber(text.substring(split + separatorLength).strip(), decimalComma);
    return new WrittenShare(checked(Double.NaN, low.value(), high.value()), low.halfUnit());
  }

  private static Share checked(double value, double low, double high) {
    try {
      return new Share(value, low, high);
    } catch (RuleViolation e) {
      if (e.rule() == RuleViolation.Rule.RANGE_IN_ORDER) {
        throw new CellException(
            "is a range whose low bound "
                + format(low)
                + " exceeds its high bound "
                + format(high));
      }
      throw new CellException(NOT_A_SHARE);
    }
  }

  /** The rule of {@link RuleViolation.Rule#SHARE_IN_PERCENTAGE_POINTS} in the words of a cell. */
  static final String NOT_A_SHARE = "is not a share: shares must lie in [0, 100]";

  /** Whether the text is a range ("20-25", "20–25", "20 to 25"). */
  static boolean isRange(String text) {
    return rangeSeparator(text) >= 0;
  }

  /** A single number with an optional trailing {@code %}; its range is checked by {@link Share}. */
  static Decimal shareNumber(String text, boolean decimalComma) {
    String number = text.endsWith("%") ? text.substring(0, text.length() - 1).strip() : text;
    return decimal(number, decimalComma, false);
  }

  /**
   * Index of the separator of a range ("-", en dash, em dash, or " to "), or -1. A leading minus
   * sign is not a separator.
   */
  private static int rangeSeparator(String text) {
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-' || c == '\u2013' || c == '\u2014') {
        return i;
      }
      if (c == ' ' && text.regionMatches(true, i, " to ", 0, 4) && i + 4 < text.length()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A sample size: a number, thousands separators allowed ({@code 2,400}, {@code 2 400}); that it
   * is positive is a rule of {@link io.github.pollkit.model.Poll}.
   */
  static double sampleSize(String text, boolean decimalComma) {
    Decimal decimal = decimal(text, decimalComma, true);
    if (decimal.decimals() == 3 && isThousandsLike(text, decimalComma ? ',' : '.')) {
      char mark = decimalComma ? ',' : '.';
      throw new CellException(
          "is ambiguous: the '"
              + mark
              + "' could be a decimal "
              + (decimalComma ? "comma" : "point")
              + " or a thousands separator; write the sample size without a separator"
              + (decimalComma ? "" : " or use ReadOptions.builder().decimalComma()"));
    }
    return decimal.value();
  }

  /** Whether text is 1 to 3 digits, the decimal mark, then 3 digits: e.g. 2.400 or 2,400. */
  private static boolean isThousandsLike(String text, char mark) {
    int at = text.indexOf(mark);
    if (at < 1 || at > 3 || text.length() != at + 4) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (i != at && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  /** A record number: a positive whole number. */
  static int recordNumber(String text) {
    Decimal value;
    try {
      value = decimal(text, false, false);
    } catch (CellException e) {
      throw new CellException("is not a record number: it must be a positive whole number");
    }
    if (value.decimals() > 0 || value.value() < 1 || value.value() > Integer.MAX_VALUE) {
      throw new CellException("is not a record number: it must be a positive whole number");
    }
    return (int) value.value();
  }

  /** A number as a person writes it: no trailing {@code .0}, no exponent. */
  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
