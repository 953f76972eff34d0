package io.github.pollkit.trend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The Swedish polls of {@code data/swedish-polls/Polls.csv} as {@link JointPolls}, for tests and
 * benchmarks of the joint average (the application's reader lives elsewhere). A poll is placed at
 * the end of its fieldwork ({@code collectPeriodTo}); without it at its publication date; without
 * that (month-only polls) at the last day of its publication month (or quarter, {@code 2010-K3}),
 * the first day on which it is surely known. The pollster is {@code house} (the firm's latest
 * name).
 */
public final class SwedishPolls {
  /** The eight parties of the file, in its column order. */
  public static final List<String> PARTIES = List.of("M", "L", "C", "KD", "S", "V", "MP", "SD");

  /** The file, relative to the repository root. */
  public static final Path FILE = Path.of("data/swedish-polls/Polls.csv");

  /** The election results, relative to the repository root. */
  public static final Path ELECTIONS = Path.of("data/swedish-polls/elections.csv");

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec");

  private SwedishPolls() {}

  /**
   * All polls of the file.
   *
   * @return the polls
   */
  public static JointPolls read() {
    return read(LocalDate.MIN, LocalDate.MAX);
  }

  /**
   * The polls placed from {@code from} to {@code to}, inclusive.
   *
   * @param from the first day
   * @param to the last day
   * @return the polls
   */
  public static JointPolls read(LocalDate from, LocalDate to) {
    List<String> lines;
    try {
      lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> header = List.of(lines.get(0).split(",", -1));
    int[] party = new int[PARTIES.size()];
    for (int j = 0; j < party.length; j++) {
      party[j] = header.indexOf(PARTIES.get(j));
    }
    int month = header.indexOf("PublYearMonth");
    int publ = header.indexOf("PublDate");
    int end = header.indexOf("collectPeriodTo");
    int n = header.indexOf("n");
    int house = header.indexOf("house");
    List<Integer> days = new ArrayList<>();
    List<double[]> shares = new ArrayList<>();
    List<Double> sizes = new ArrayList<>();
    List<String> houses = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      LocalDate day;
      if (!c[end].equals("NA")) {
        day = LocalDate.parse(c[end]);
      } else if (!c[publ].equals("NA")) {
        day = LocalDate.parse(c[publ]);
      } else {
        String[] ym = c[month].split("-");
        int m =
            ym[1].startsWith("K")
                ? 3 * Integer.parseInt(ym[1].substring(1))
                : MONTHS.indexOf(ym[1]) + 1;
        day = YearMonth.of(Integer.parseInt(ym[0]), m).atEndOfMonth();
      }
      if (day.isBefore(from) || day.isAfter(to)) {
        continue;
      }
      double[] row = new double[party.length];
      for (int j = 0; j < party.length; j++) {
        row[j] = c[party[j]].equals("NA") ? Double.NaN : Double.parseDouble(c[party[j]]);
      }
      days.add(Math.toIntExact(day.toEpochDay()));
      shares.add(row);
      sizes.add(c[n].equals("NA") ? Double.NaN : Double.parseDouble(c[n]));
      houses.add(c[house]);
    }
    return JointPolls.of(
        PARTIES,
        days.stream().mapToInt(Integer::intValue).toArray(),
        shares.toArray(new double[0][]),
        sizes.stream().mapToDouble(Double::doubleValue).toArray(),
        houses.toArray(new String[0]));
  }
}
