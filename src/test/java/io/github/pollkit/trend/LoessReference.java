package io.github.pollkit.trend;

import io.github.pollkit.testing.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the statsmodels reference files under {@code src/test/resources/reference/loess/} (written
 * by {@code make_lowess_cases.py} there): blocks of "key value" lines from "case name" to "end".
 */
final class LoessReference {
  private final String name;
  private final Map<String, String> values;

  private LoessReference(String name, Map<String, String> values) {
    this.name = name;
    this.values = values;
  }

  static List<LoessReference> read(String file) {
    List<LoessReference> cases = new ArrayList<>();
    String name = null;
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : Reference.lines("loess/" + file)) {
      if (line.startsWith("#")) {
        continue;
      }
      int space = line.indexOf(' ');
      String key = space < 0 ? line : line.substring(0, space);
      String value = space < 0 ? "" : line.substring(space + 1);
      if (key.equals("case")) {
        name = value;
        values = new LinkedHashMap<>();
      } else if (key.equals("end")) {
        cases.add(new LoessReference(name, values));
      } else {
        values.put(key, value);
      }
    }
    return cases;
  }

  static LoessReference named(String file, String name) {
    return read(file).stream()
        .filter(c -> c.name.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no case " + name + " in " + file));
  }

  String name() {
    return name;
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  double number(String key) {
    return Double.parseDouble(require(key));
  }

  double[] array(String key) {
    if (key.equals("at") && !values.containsKey("at") && values.containsKey("atrange")) {
      double[] range = array("atrange"); // numpy.arange(start, stop, step)
      int count = (int) Math.ceil((range[1] - range[0]) / range[2]);
      double[] at = new double[count];
      for (int i = 0; i < count; i++) {
        at[i] = range[0] + i * range[2];
      }
      return at;
    }
    return Arrays.stream(require(key).split(",")).mapToDouble(LoessReference::parse).toArray();
  }

  /** Python's repr of a float: also "nan", "inf", "-inf". */
  private static double parse(String text) {
    switch (text) {
      case "nan":
        return Double.NaN;
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(text);
    }
  }

  boolean hasAt() {
    return values.containsKey("at") || values.containsKey("atrange");
  }

  private String require(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalStateException("case " + name + " has no " + key);
    }
    return value;
  }

  @Override
  public String toString() {
    return name;
  }
}
