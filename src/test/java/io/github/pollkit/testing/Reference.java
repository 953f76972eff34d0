package io.github.pollkit.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The committed reference files under {@code src/test/resources/reference/} (each folder's README
 * names the tool, version and script that made them) and the comparison of our values with them.
 * Every test package reads its peer values through this class.
 *
 * <p>{@link #csv(String)} reads a simple CSV (no quoted commas, as the generating scripts write it)
 * into columns; {@link #table(String)} reads one into a Tablesaw table of text; {@link
 * #lines(String)} gives the lines of a file in any other format.
 */
public final class Reference {
  /** The folder of the reference files, from the repository root (Maven's working directory). */
  public static final Path DIR = Path.of("src/test/resources/reference");

  /** Relative tolerance for values a peer computes exactly (up to rounding). */
  public static final double RELATIVE = 1e-9;

  /** Absolute floor in the compared unit, so that a reference 0 accepts rounding noise. */
  public static final double ABSOLUTE = 1e-12;

  private final List<String> header;
  private final List<String[]> rows;

  private Reference(List<String> header, List<String[]> rows) {
    this.header = header;
    this.rows = rows;
  }

  /**
   * The non-blank lines of a reference file.
   *
   * @param resource the path below {@code reference/}, e.g. {@code "loess/lowess-cases.txt"}
   * @return its lines without blank ones
   */
  public static List<String> lines(String resource) {
    String path = "/reference/" + resource;
    try (InputStream in = Reference.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A reference CSV read into columns.
   *
   * @param resource the path below {@code reference/}, e.g. {@code "rolling/cases.csv"}
   * @return its header and rows
   */
  public static Reference csv(String resource) {
    List<String> lines = lines(resource);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      rows.add(line.split(",", -1));
    }
    return new Reference(List.of(lines.get(0).split(",", -1)), rows);
  }

  /**
   * A reference CSV as a Tablesaw table with every column as text ("NA" is missing).
   *
   * @param resource the path below {@code reference/}, e.g. {@code
   *     "weighting/synthetic_toplines.csv"}
   * @return the table
   */
  public static Table table(String resource) {
    return Table.read()
        .usingOptions(
            CsvReadOptions.builder(path(resource).toFile())
                .columnTypes(c -> ColumnType.STRING)
                .missingValueIndicator("NA")
                .build());
  }

  /**
   * Any CSV file as a Tablesaw table with every column as text, parsed by nothing of pollkit's: the
   * independent oracle that tests compare pollkit's reading and output with.
   *
   * @param file the CSV file, from the repository root
   * @return the table
   */
  public static Table textTable(Path file) {
    return Table.read()
        .usingOptions(
            CsvReadOptions.builder(file.toFile()).columnTypes(c -> ColumnType.STRING).build());
  }

  /**
   * The path of a reference file, for code under test that reads files itself.
   *
   * @param resource the path below {@code reference/}
   * @return the path from the repository root
   */
  public static Path path(String resource) {
    return DIR.resolve(resource);
  }

  /**
   * Rows of a {@link #table} whose text columns equal the given values.
   *
   * @param table a reference table
   * @param columnValuePairs column, value, column, value, ...
   * @return the matching rows, in order
   */
  public static List<Row> rows(Table table, String... columnValuePairs) {
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

  /**
   * A number in a row of a {@link #table}.
   *
   * @param row the row
   * @param column the column
   * @return the cell as a number
   */
  public static double number(Row row, String column) {
    return Double.parseDouble(row.getString(column));
  }

  /**
   * The number of data rows of a {@link #csv}.
   *
   * @return the rows below the header
   */
  public int size() {
    return rows.size();
  }

  /**
   * A numeric column of a {@link #csv}; empty cells become NaN.
   *
   * @param column the column's name
   * @return its values
   */
  public double[] doubles(String column) {
    int c = index(column);
    double[] out = new double[rows.size()];
    for (int i = 0; i < out.length; i++) {
      String cell = rows.get(i)[c];
      out[i] = cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }
    return out;
  }

  /**
   * A text column of a {@link #csv}.
   *
   * @param column the column's name
   * @return its cells
   */
  public String[] strings(String column) {
    int c = index(column);
    return rows.stream().map(row -> row[c]).toArray(String[]::new);
  }

  /**
   * For a {@code case,key,value} file: the values of one case by key.
   *
   * @param caseName the case
   * @return key → value
   */
  public Map<String, Double> values(String caseName) {
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

  /**
   * A value a peer computes exactly, up to rounding: |actual − expected| ≤ {@link #RELATIVE} ·
   * |expected| + {@link #ABSOLUTE}.
   *
   * @param expected the peer's value
   * @param actual ours
   * @param what what is compared, for the message
   */
  public static void assertClose(double expected, double actual, String what) {
    double tolerance = RELATIVE * Math.abs(expected) + ABSOLUTE;
    if (!(Math.abs(actual - expected) <= tolerance)) {
      fail(
          what
              + ":\n  expected "
              + expected
              + "\n  but was  "
              + actual
              + "\n  difference "
              + (actual - expected)
              + " > tolerance "
              + tolerance);
    }
  }

  /**
   * A value within a relative tolerance: |actual − expected| ≤ relative · |expected| (or ≤ 1e-15
   * when expected is 0).
   *
   * @param expected the peer's value
   * @param actual ours
   * @param relative the relative tolerance
   * @param what what is compared, for the message
   */
  public static void assertRelative(double expected, double actual, double relative, String what) {
    double allowed = expected == 0 ? 1e-15 : relative * Math.abs(expected);
    if (!(Math.abs(actual - expected) <= allowed)) {
      fail(
          what
              + ": expected "
              + expected
              + " but was "
              + actual
              + " (relative difference "
              + Math.abs(actual - expected) / Math.abs(expected)
              + ", allowed "
              + relative
              + ")");
    }
  }
}
