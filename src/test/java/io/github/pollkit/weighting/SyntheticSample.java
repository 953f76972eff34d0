package io.github.pollkit.weighting;

import static io.github.pollkit.testing.Reference.number;
import static io.github.pollkit.testing.Reference.path;
import static io.github.pollkit.testing.Reference.rows;
import static io.github.pollkit.testing.Reference.table;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Row;

/**
 * The synthetic sample of the weighting reference (src/test/resources/reference/weighting, see the
 * README there): its file and the targets and cells reference.R weights it to, read from the
 * committed files.
 */
final class SyntheticSample {
  private SyntheticSample() {}

  /** The respondents file. */
  static final Path FILE = path("weighting/synthetic.csv");

  /** The raking targets, as reference.R reads them, in raking order. */
  static Map<String, Map<String, Double>> targets() {
    Map<String, Map<String, Double>> targets = new LinkedHashMap<>();
    for (Row row : rows(table("weighting/synthetic_targets.csv"))) {
      targets
          .computeIfAbsent(row.getString("variable"), v -> new LinkedHashMap<>())
          .put(row.getString("level"), number(row, "share"));
    }
    return targets;
  }

  /** The sex × age post-stratification cells, as reference.R reads them. */
  static Map<List<String>, Double> cells() {
    Map<List<String>, Double> cells = new LinkedHashMap<>();
    for (Row row : rows(table("weighting/synthetic_cells.csv"))) {
      cells.put(List.of(row.getString("sex"), row.getString("age")), number(row, "share"));
    }
    return cells;
  }
}
