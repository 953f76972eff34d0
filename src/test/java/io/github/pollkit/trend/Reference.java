package io.github.pollkit.trend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference files under {@code src/test/resources/reference/}: simple CSV without quoted
 * commas, as written by the committed generating scripts.
 */
final class Reference {
  private final List<String> header;
  private final List<String[]> rows;

  private Reference(List<String> header, List<String[]> rows) {
    this.header = header;
    this.rows = rows;
  }

  static Reference csv(String resource) {
    InputStream in = Reference.class.getResourceAsStream("/reference/" + resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource reference/" + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = List.of(r.readLine().split(",", -1));
      List<String[]> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty()) {
          rows.add(line.split(",", -1));
        }
      }
      return new Reference(header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int size() {
    return rows.size();
  }

  /** A numeric column; empty cells become NaN. */
  double[] doubles(String column) {
    int c = index(column);
    double[] out = new double[rows.size()];
    for (int i = 0; i < out.length; i++) {
      String cell = rows.get(i)[c];
      out[i] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }
    return out;
  }

  String[] strings(String column) {
    int c = index(column);
    return rows.stream().map(row -> row[c]).toArray(String[]::new);
  }

  /** For a {@code case,key,value} file: the values of one case by key. */
  Map<String, Double> values(String caseName) {
    int c = index("case");
    int k = index("key");
    int v = index("value");
    Map<String, Double> out = new HashMap<>();
    for (String[] row : rows) {
      if (row[c].equals(caseName)) {
        out.put(row[k], Double.parseDouble(row[v]));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no reference values for case " + caseName);
    }
    return out;
  }

  private int index(String column) {
    int c = header.indexOf(column);
    if (c < 0) {
      throw new IllegalStateException("no column " + column + " in " + header);
    }
    return c;
  }
}
