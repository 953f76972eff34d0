package io.github.pollkit.weighting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.columns.Column;

/**
 * Turns a Tablesaw column into int codes: a level is the cell's text (a whole number in a numeric
 * column prints without ".0", so 1 and "1" are the same level); a missing cell or a missing-value
 * code is -1. Package-private.
 */
final class Levels {
  private Levels() {}

  /** Orders levels as numbers when both are numbers, else as text. */
  static final Comparator<String> NATURAL_ORDER =
      (a, b) -> {
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null) {
          int c = x.compareTo(y);
          return c != 0 ? c : a.compareTo(b);
        }
        if (x != null) {
          return -1;
        }
        if (y != null) {
          return 1;
        }
        return a.compareTo(b);
      };

  private static BigDecimal number(String s) {
    try {
      return new BigDecimal(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The level of a cell, or {@code null} when missing. */
  static String at(Column<?> column, int row, Set<String> missingCodes) {
    if (column.isMissing(row)) {
      return null;
    }
    String level;
    if (column instanceof NumberColumn<?, ?> numbers) {
      double v = numbers.getDouble(row);
      level =
          v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    } else {
      level = column.getString(row);
    }
    return missingCodes.contains(level) ? null : level;
  }

  /** A column coded against its observed levels (sorted naturally). */
  record Coded(List<String> levels, int[] codes, int missing) {}

  static Coded code(Column<?> column, Set<String> missingCodes) {
    int n = column.size();
    String[] raw = new String[n];
    Set<String> distinct = new HashSet<>();
    int missing = 0;
    for (int i = 0; i < n; i++) {
      raw[i] = at(column, i, missingCodes);
      if (raw[i] == null) {
        missing++;
      } else {
        distinct.add(raw[i]);
      }
    }
    List<String> levels = new ArrayList<>(distinct);
    levels.sort(NATURAL_ORDER);
    Map<String, Integer> index = new HashMap<>();
    for (int l = 0; l < levels.size(); l++) {
      index.put(levels.get(l), l);
    }
    int[] codes = new int[n];
    for (int i = 0; i < n; i++) {
      codes[i] = raw[i] == null ? -1 : index.get(raw[i]);
    }
    return new Coded(levels, codes, missing);
  }
}
