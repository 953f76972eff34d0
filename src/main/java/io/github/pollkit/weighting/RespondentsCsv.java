package io.github.pollkit.weighting;

import io.github.pollkit.PollDataException;
import java.nio.file.Path;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads a CSV file of respondents: header in line 1, one record per line, every column as text so
 * that no code is reinterpreted (a "01" stays "01"); empty cells and {@code NA} are missing.
 */
final class RespondentsCsv {
  private RespondentsCsv() {}

  static Table read(Path csv) {
    Table table;
    try {
      table =
          Table.read()
              .usingOptions(
                  CsvReadOptions.builder(csv.toFile())
                      .columnTypes(column -> ColumnType.STRING)
                      .missingValueIndicator("", "NA")
                      .build());
    } catch (RuntimeException e) {
      throw new PollDataException(
          csv.toString(), 0, null, null, "cannot be read as CSV: " + e.getMessage());
    }
    if (table.rowCount() == 0) {
      throw new PollDataException(csv.toString(), 0, null, null, "has no respondents");
    }
    return table;
  }
}
