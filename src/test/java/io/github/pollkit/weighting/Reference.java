package io.github.pollkit.weighting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Reads the R reference files in src/test/resources/reference/weighting (see README there). */
final class Reference {
  private Reference() {}

  static final Path DIR = Path.of("src/test/resources/reference/weighting");

  /** A reference CSV with every column as text ("NA" missing). */
  static Table csv(String name) {
    return Table.read()
        .usingOptions(
            CsvReadOptions.builder(DIR.resolve(name).toFile())
                .columnTypes(c -> ColumnType.STRING)
                .missingValueIndicator("NA")
                .build());
  }

  static double number(Row row, String column) {
    return Double.parseDouble(row.getString(column));
  }

  /** Rows of a reference table whose text columns equal the given values. */
  static List<Row> rows(Table table, String... columnValuePairs) {
    List<Row> result = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) {
      Row row = table.row(r); // a fresh Row: iterating a Table reuses one cursor
      boolean match = true;
      for (int i = 0; i < columnValuePairs.length; i += 2) {
        match &= row.getString(columnValuePairs[i]).equals(columnValuePairs[i + 1]);
      }
      if (match) {
        result.add(row);
      }
    }
    return result;
  }

  /** |actual − expected| ≤ relative · |expected| (or ≤ 1e-15 when expected is 0). */
  static void assertRelative(double expected, double actual, double relative, String what) {
    double allowed = expected == 0 ? 1e-15 : relative * Math.abs(expected);
    if (!(Math.abs(actual - expected) <= allowed)) {
      fail(
          what + ": expected " + expected + " but was " + actual + " (relative difference "
              + Math.abs(actual - expected) / Math.abs(expected) + ", allowed " + relative + ")");
    }
  }

  /** The raking targets of the synthetic sample, as reference.R reads them, in raking order. */
  static Map<String, Map<String, Double>> syntheticTargets() {
    Map<String, Map<String, Double>> targets = new LinkedHashMap<>();
    for (Row row : rows(csv("synthetic_targets.csv"))) {
      targets
          .computeIfAbsent(row.getString("variable"), v -> new LinkedHashMap<>())
          .put(row.getString("level"), number(row, "share"));
    }
    return targets;
  }

  /** The sex × age post-stratification cells of the synthetic sample, as reference.R reads them. */
  static Map<List<String>, Double> syntheticCells() {
    Map<List<String>, Double> cells = new LinkedHashMap<>();
    for (Row row : rows(csv("synthetic_cells.csv"))) {
      cells.put(List.of(row.getString("sex"), row.getString("age")), number(row, "share"));
    }
    return cells;
  }

  static Map<String, Double> ordered(Object... levelSharePairs) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < levelSharePairs.length; i += 2) {
      map.put((String) levelSharePairs[i], (Double) levelSharePairs[i + 1]);
    }
    return map;
  }

  static void assertSameSize(int expected, int actual, String what) {
    assertEquals(expected, actual, what);
  }
}
