package io.github.pollkit.weighting;

import io.github.pollkit.PollDataException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The respondents a weighting starts from, and their design: the table, where it came from (to name
 * a row in an error), the missing-value codes, the base weights (and the column they came from, or
 * {@code null}) and the population size ({@code +∞} when not given). Package-private; never handed
 * out, so the table and the array are shared, not copied.
 */
final class Sample {
  private final Table table;
  private final String source;
  private final boolean fromFile;
  private final Set<String> missingCodes;
  private final double[] baseWeights;
  private final String baseWeightColumn;
  private final double populationSize;

  private Sample(
      Table table,
      String source,
      boolean fromFile,
      Set<String> missingCodes,
      double[] baseWeights,
      String baseWeightColumn,
      double populationSize) {
    this.table = table;
    this.source = source;
    this.fromFile = fromFile;
    this.missingCodes = missingCodes;
    this.baseWeights = baseWeights;
    this.baseWeightColumn = baseWeightColumn;
    this.populationSize = populationSize;
  }

  /**
   * Every row of {@code table} with base weight 1, no missing-value codes, no population size.
   *
   * @param source the file name (rows are then named by line) or a description of the table
   */
  static Sample of(Table table, String source, boolean fromFile) {
    double[] ones = new double[table.rowCount()];
    Arrays.fill(ones, 1);
    return new Sample(table, source, fromFile, Set.of(), ones, null, Double.POSITIVE_INFINITY);
  }

  Table table() {
    return table;
  }

  String source() {
    return source;
  }

  Set<String> missingCodes() {
    return missingCodes;
  }

  double[] baseWeights() {
    return baseWeights;
  }

  String baseWeightColumn() {
    return baseWeightColumn;
  }

  double populationSize() {
    return populationSize;
  }

  int size() {
    return table.rowCount();
  }

  /** The same sample with base weights from {@code column}, one per row. */
  Sample withBaseWeights(String column, double[] weights) {
    return new Sample(table, source, fromFile, missingCodes, weights, column, populationSize);
  }

  /** The same sample with other missing-value codes. */
  Sample withMissingCodes(Set<String> codes) {
    return new Sample(
        table, source, fromFile, codes, baseWeights, baseWeightColumn, populationSize);
  }

  /** The same sample drawn from a population of {@code size}. */
  Sample withPopulationSize(double size) {
    return new Sample(table, source, fromFile, missingCodes, baseWeights, baseWeightColumn, size);
  }

  /**
   * The rows of {@code kept} (a subset of this sample's rows, as a new table), under a new name.
   */
  Sample subset(Table kept, String name, double[] keptBaseWeights) {
    return new Sample(
        kept, name, false, missingCodes, keptBaseWeights, baseWeightColumn, populationSize);
  }

  /** The column {@code name}, which the argument {@code argument} gave. */
  Column<?> column(String name, String argument) {
    Objects.requireNonNull(name, argument);
    if (!table.columnNames().contains(name)) {
      throw new IllegalArgumentException(
          argument
              + " must name a column of "
              + source
              + ", was '"
              + name
              + "'; columns are "
              + table.columnNames());
    }
    return table.column(name);
  }

  /** The level of a cell (see {@link Levels#at}), or {@code null} when it is missing. */
  String level(Column<?> column, int row) {
    return Levels.at(column, row, missingCodes);
  }

  /** {@code column} coded against its observed levels, missing cells -1. */
  Levels.Coded code(Column<?> column) {
    return Levels.code(column, missingCodes);
  }

  /** "line 3" for a file (header in line 1), "row 1" for a table. */
  String rowName(int row) {
    return fromFile ? "line " + (row + 2) : "row " + row;
  }

  /** Bad data in a cell, named by file and line, or by table and row. */
  PollDataException dataError(int row, String column, String value, String rule) {
    if (fromFile) {
      return new PollDataException(source, row + 2L, column, value, rule);
    }
    return new PollDataException(source + ", " + rowName(row), 0, column, value, rule);
  }
}
