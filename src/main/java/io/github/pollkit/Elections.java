package io.github.pollkit;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.model.ElectionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads election results from a CSV file with one election per row: a first column {@code
 * election_date} (ISO {@code 2018-09-09}) and one column per option with its share in points, e.g.
 *
 * <pre>
 * election_date,M,L,C,KD,S,V,MP,SD
 * 2018-09-09,19.84,5.49,8.61,6.32,28.26,8.00,4.41,17.53
 * </pre>
 *
 * An empty cell or {@code NA} means the option did not stand (it is left out of that result, never
 * read as 0). Rows are returned in date order.
 */
public final class Elections {
  private Elections() {}

  /**
   * Reads the results of a file (UTF-8).
   *
   * @param file the CSV file
   * @return the results, in date order
   * @throws NullPointerException if file is null
   * @throws PollDataException if a row is malformed (the message names file, line, column and
   *     value)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static List<ElectionResult> read(Path file) {
    Checks.notNull(file, "file");
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    String name = file.toString();
    if (lines.isEmpty()) {
      throw new PollDataException(name, 1, "election_date", "", "the file must have a header");
    }
    String[] header = cells(lines.get(0));
    if (!header[0].equals("election_date") || header.length < 2) {
      throw new PollDataException(
          name,
          1,
          header[0],
          lines.get(0),
          "the header must be election_date followed by one column per option");
    }
    List<ElectionResult> out = new ArrayList<>();
    for (int l = 1; l < lines.size(); l++) {
      String line = lines.get(l);
      if (line.isBlank()) {
        continue;
      }
      String[] cell = cells(line);
      int lineNo = l + 1;
      if (cell.length != header.length) {
        throw new PollDataException(
            name,
            lineNo,
            "election_date",
            line,
            "a row must have " + header.length + " cells, had " + cell.length);
      }
      LocalDate date;
      try {
        date = LocalDate.parse(cell[0]);
      } catch (DateTimeParseException e) {
        throw new PollDataException(
            name, lineNo, "election_date", cell[0], "the date must be ISO yyyy-mm-dd");
      }
      Map<String, Double> shares = new LinkedHashMap<>();
      for (int c = 1; c < cell.length; c++) {
        String v = cell[c];
        if (v.isEmpty() || v.equals("NA")) {
          continue;
        }
        double share;
        try {
          share = Double.parseDouble(v);
        } catch (NumberFormatException e) {
          share = Double.NaN;
        }
        if (!Checks.isShare(share)) {
          throw new PollDataException(
              name, lineNo, header[c], v, "a share must be a number in [0, 100] or NA");
        }
        shares.put(header[c], share);
      }
      try {
        out.add(new ElectionResult(date, shares));
      } catch (IllegalArgumentException e) {
        throw new PollDataException(name, lineNo, "election_date", cell[0], e.getMessage());
      }
    }
    out.sort((a, b) -> a.date().compareTo(b.date()));
    return List.copyOf(out);
  }

  private static String[] cells(String line) {
    String[] cell = line.split(",", -1);
    for (int i = 0; i < cell.length; i++) {
      cell[i] = cell[i].strip();
      if (cell[i].length() >= 2 && cell[i].startsWith("\"") && cell[i].endsWith("\"")) {
        cell[i] = cell[i].substring(1, cell[i].length() - 1);
      }
    }
    return cell;
  }
}
