package io.github.pollkit.io;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.model.PollColumns;
import io.github.pollkit.model.PollTable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a table in pollkit's long schema as a LONG poll file (CSV, UTF-8, LF line ends): the
 * standard columns except {@code line}, then the extra text columns, one row per poll and option.
 * Reading the file back with {@link PollReader#read(Path, ReadOptions)} gives equal polls apart
 * from their lines: the {@code record} column is written, so it groups the rows into polls and
 * keeps each poll's record number.
 *
 * <pre>{@code
 * Table polls = PollReader.read(Path.of("polls.csv"), ReadOptions.defaults()).accepted();
 * PollWriter.write(polls, Path.of("polls-long.csv"));
 * }</pre>
 *
 * <p>Numbers are written in full precision without exponent or trailing zeros ({@code 53}, {@code
 * 22.5}; a sample size such as 1.234 as {@code 1.2340}, which the reader cannot take for a
 * thousands separator), dates as ISO {@code yyyy-MM-dd}, missing values as empty cells. A text
 * value is quoted when it holds a comma, quote or line break, has leading or trailing white space,
 * or equals one of the default missing markers (so that it is read back as text, not as missing).
 */
public final class PollWriter {
  private PollWriter() {}

  /**
   * Writes {@code polls} to {@code file}, replacing it.
   *
   * @param polls a table in pollkit's long schema
   * @param file the file to write
   * @throws IllegalArgumentException if {@code polls} is not in pollkit's long schema
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Table polls, Path file) {
    Checks.notNull(file, "file");
    List<Column<?>> columns = columnsToWrite(polls);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeRows(polls, columns, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write poll file " + file + ": " + e, e);
    }
  }

  /**
   * Writes {@code polls} to {@code out} (not closed).
   *
   * @param polls a table in pollkit's long schema
   * @param out where to write
   * @throws IllegalArgumentException if {@code polls} is not in pollkit's long schema
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Table polls, Writer out) {
    Checks.notNull(out, "out");
    List<Column<?>> columns = columnsToWrite(polls);
    try {
      Writer buffered = new BufferedWriter(out);
      writeRows(polls, columns, buffered);
      buffered.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write poll data: " + e, e);
    }
  }

  private static List<Column<?>> columnsToWrite(Table polls) {
    Checks.notNull(polls, "polls");
    PollTable.checkSchema(polls, "polls");
    List<Column<?>> columns = new ArrayList<>();
    for (String name : PollColumns.STANDARD) {
      if (!name.equals(PollColumns.LINE)) {
        columns.add(polls.column(name));
      }
    }
    for (Column<?> column : polls.columns()) {
      if (!PollColumns.STANDARD.contains(column.name())) {
        columns.add(column); // the extra columns, in order, without a lookup by name each
      }
    }
    return columns;
  }

  private static void writeRows(Table polls, List<Column<?>> columns, Writer out)
      throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < columns.size(); c++) {
      if (c > 0) {
        line.append(',');
      }
      appendText(line, columns.get(c).name());
    }
    out.write(line.append('\n').toString());
    for (int row = 0; row < polls.rowCount(); row++) {
      line.setLength(0);
      for (int c = 0; c < columns.size(); c++) {
        if (c > 0) {
          line.append(',');
        }
        appendCell(line, columns.get(c), row);
      }
      out.write(line.append('\n').toString());
    }
  }

  private static void appendCell(StringBuilder line, Column<?> column, int row) {
    if (column.isMissing(row)) {
      return;
    }
    if (column instanceof DoubleColumn) {
      double value = ((DoubleColumn) column).getDouble(row);
      if (Double.isInfinite(value)) {
        throw new IllegalArgumentException(
            "polls column '"
                + column.name()
                + "' must hold finite numbers, row "
                + row
                + " has "
                + value);
      }
      String written = Cells.format(value);
      if (column.name().equals(PollColumns.SAMPLE_SIZE) && isThousandsLike(written)) {
        // 1.234 would read back as ambiguous (a decimal point or a thousands separator)
        written += "0";
      }
      line.append(written);
    } else if (column instanceof IntColumn) {
      line.append(((IntColumn) column).getInt(row));
    } else if (column instanceof DateColumn) {
      LocalDate date = ((DateColumn) column).get(row);
      line.append(date);
    } else {
      appendText(line, (String) column.get(row));
    }
  }

  /** Whether a written number is 1 to 3 digits, a point and 3 digits, such as {@code 1.234}. */
  private static boolean isThousandsLike(String written) {
    int point = written.indexOf('.');
    return point >= 1 && point <= 3 && written.length() == point + 4 && written.charAt(0) != '-';
  }

  private static void appendText(StringBuilder line, String text) {
    boolean quote =
        !text.equals(text.strip())
            || ReadOptions.DEFAULT_MISSING.stream()
                .anyMatch(marker -> !marker.isEmpty() && marker.equalsIgnoreCase(text));
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      line.append(text);
      return;
    }
    line.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    line.append('"');
  }
}
