package io.github.pollkit.io;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.Problem;
import io.github.pollkit.model.RuleViolation;
import io.github.pollkit.model.Share;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Reads a wide poll file whose columns give each subgroup's results beside the whole sample's
 * (FiveThirtyEight's impeachment poll list: {@code Yes, No, Unsure, Rep Sample, Rep Yes, Rep No,
 * Dem Sample, Dem Yes, …}) into one set with a subgroup dimension: per record, one poll for the
 * whole sample (subgroup {@value #WHOLE_SAMPLE}) and one per subgroup that reports a share.
 *
 * <pre>{@code
 * ReadResult read = SubgroupReader.read(Path.of("impeachment_polls.csv"), ReadOptions.builder()
 *     .datePattern("M/d/yyyy").column("Start", "field_start").column("End", "field_end")
 *     .options("Yes", "No", "Unsure").build(), List.of("Rep", "Dem", "Ind"));
 * }</pre>
 *
 * <h2>Columns</h2>
 *
 * The file is read as {@link PollReader} reads it, with {@link ReadOptions.Builder#options} naming
 * the whole sample's options. For a subgroup {@code G}, the column {@code G O} (or {@code G_O};
 * case ignored) holds its share of option {@code O}, for each option of the file that has such a
 * column, and {@code G Sample} ({@code G_sample}, {@code G Sample size}, {@code G n}) its own
 * sample size. These columns are read with the rules of the reader's cells (shares in points, a
 * share inside [0, 100], a positive sample size, the missing markers, options adding up to at most
 * 100 beyond rounding) and are not kept as extra columns. A subgroup's sample size comes from its
 * own column only, never from the whole sample's: without one it is missing. A subgroup with no
 * share in a record has no poll there.
 *
 * <h2>Result</h2>
 *
 * Every poll carries the extra text column {@value #SUBGROUP}; polls are numbered anew (each
 * subgroup poll is a poll of its own, so the long table keeps them apart), in order: a record's
 * whole sample, then its subgroups in the order given; {@code line} and {@code poll_id} stay those
 * of the source record. A record with a bad subgroup cell is rejected whole (strict reading stops
 * at it), so accepted + rejected records = records read still holds.
 */
public final class SubgroupReader {
  private SubgroupReader() {}

  /** The extra column that names a poll's subgroup. */
  public static final String SUBGROUP = "subgroup";

  /** The subgroup of the whole sample's polls. */
  public static final String WHOLE_SAMPLE = "all";

  private static final List<String> SAMPLE_SUFFIXES = List.of("sample", "sample_size", "n");

  /**
   * Reads a wide file with per-subgroup columns.
   *
   * @param file the file (CSV, UTF-8)
   * @param options how to read the whole sample's columns; name its options with {@link
   *     ReadOptions.Builder#options}
   * @param groups the subgroups, as their column names begin ({@code "Rep"}, {@code "Dem"}), at
   *     least one, none blank, given twice or equal to {@value #WHOLE_SAMPLE}
   * @return the polls of the whole sample and of every subgroup, and the problems found
   * @throws IllegalArgumentException if {@code groups} is empty, or a group is blank, given twice
   *     or {@value #WHOLE_SAMPLE}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ReadResult read(Path file, ReadOptions options, List<String> groups) {
    Checks.notNull(file, "file");
    Checks.notNull(options, "options");
    List<String> names = groupNames(groups);
    ReadResult base = PollReader.read(file, options);
    if (base.fileProblem() != null) {
      return base;
    }
    Map<String, Map<String, String>> shareColumns = new LinkedHashMap<>();
    Map<String, String> sampleColumns = new HashMap<>();
    Set<String> consumed = new LinkedHashSet<>();
    Set<String> optionNames = new LinkedHashSet<>();
    base.polls().forEach(p -> optionNames.addAll(p.shares().keySet()));
    optionNames.addAll(options.options());
    for (String g : names) {
      Map<String, String> columns = new LinkedHashMap<>();
      for (String option : optionNames) {
        String column = find(base.extraColumns(), g, List.of(option));
        if (column != null) {
          columns.put(option, column);
        }
      }
      if (columns.isEmpty()) {
        return ReadResult.failed(
            base.source(),
            new Problem(
                base.source(),
                1,
                null,
                g,
                "is a subgroup without share columns: expected columns named '"
                    + g
                    + " <option>' for the options "
                    + optionNames
                    + "; the file's other columns are "
                    + base.extraColumns()
                    + (options.options().isEmpty()
                        ? " (name the whole sample's options with ReadOptions.builder().options(...),"
                            + " or every column is read as an option)"
                        : "")));
      }
      shareColumns.put(g, columns);
      consumed.addAll(columns.values());
      String sample = find(base.extraColumns(), g, SAMPLE_SUFFIXES);
      if (sample != null) {
        sampleColumns.put(g, sample);
        consumed.add(sample);
      }
    }
    Map<Long, String> raws = null; // the raw records, read again only if a record is rejected
    List<String> extras = new ArrayList<>(base.extraColumns());
    extras.removeAll(consumed);
    extras.add(SUBGROUP);
    List<Poll> polls = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(base.problems());
    Table rejected = base.rejected();
    IntColumn rejectedLine = rejected.intColumn(Outcome.REJECTED_LINE);
    StringColumn rejectedRaw = rejected.stringColumn(Outcome.REJECTED_RAW);
    StringColumn rejectedReason = rejected.stringColumn(Outcome.REJECTED_REASON);
    int accepted = 0;
    for (Poll whole : base.polls()) {
      List<Poll> split = new ArrayList<>();
      try {
        split.add(tagged(whole, whole.shares(), whole.sampleSize(), extras, WHOLE_SAMPLE, 0));
        for (String g : names) {
          Poll group =
              group(whole, g, shareColumns.get(g), sampleColumns.get(g), options, base.source());
          if (group != null) {
            split.add(tagged(group, group.shares(), group.sampleSize(), extras, g, 0));
          }
        }
      } catch (Rejection e) {
        problems.add(e.problem);
        rejectedLine.append(whole.line());
        if (raws == null) {
          raws = raws(file, base.source());
        }
        rejectedRaw.append(raws.getOrDefault((long) whole.line(), ""));
        rejectedReason.append(e.problem.message());
        continue;
      }
      accepted++;
      for (Poll p : split) {
        polls.add(renumbered(p, polls.size() + 1));
      }
    }
    return new ReadResult(
        base.source(),
        polls,
        extras,
        rejected.sortAscendingOn(Outcome.REJECTED_LINE),
        problems,
        null,
        base.recordsRead(),
        accepted);
  }

  private static List<String> groupNames(List<String> groups) {
    Checks.notNull(groups, "groups");
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("groups must name at least one subgroup, was empty");
    }
    List<String> names = new ArrayList<>();
    for (String g : groups) {
      String name = Checks.notBlank(g, "groups element").strip();
      if (names.contains(name) || name.equalsIgnoreCase(WHOLE_SAMPLE)) {
        throw new IllegalArgumentException(
            "groups must be distinct and not '" + WHOLE_SAMPLE + "', was " + groups);
      }
      names.add(name);
    }
    return names;
  }

  /** The extra column named {@code group} + space or underscore + one of the suffixes. */
  private static String find(List<String> columns, String group, List<String> suffixes) {
    for (String suffix : suffixes) {
      for (String column : columns) {
        String c = column.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (c.equals((group + "_" + suffix).toLowerCase(Locale.ROOT).replace(' ', '_'))) {
          return column;
        }
      }
    }
    return null;
  }

  /** A subgroup's poll from its cells, or {@code null} when it reports no share. */
  private static Poll group(
      Poll whole,
      String group,
      Map<String, String> columns,
      String sampleColumn,
      ReadOptions options,
      String source) {
    Map<String, Share> shares = new LinkedHashMap<>();
    Map<String, Double> halfUnits = new LinkedHashMap<>();
    for (var e : columns.entrySet()) {
      String cell = whole.extras().getOrDefault(e.getValue(), "").strip();
      if (options.isMissing(cell)) {
        continue;
      }
      Cells.WrittenShare share =
          parse(whole, e.getValue(), cell, source, () -> Cells.share(cell, options.decimalComma()));
      shares.put(e.getKey(), share.share());
      halfUnits.put(e.getKey(), share.halfUnit());
    }
    if (shares.isEmpty()) {
      return null;
    }
    ShareSum.check(source, whole.line(), shares, halfUnits, "of subgroup " + group);
    double n = Double.NaN;
    if (sampleColumn != null) {
      String cell = whole.extras().getOrDefault(sampleColumn, "").strip();
      if (!options.isMissing(cell)) {
        n =
            parse(
                whole,
                sampleColumn,
                cell,
                source,
                () -> Cells.sampleSize(cell, options.decimalComma()));
        if (!(n > 0 && Double.isFinite(n))) {
          throw new Rejection(
              source,
              whole.line(),
              sampleColumn,
              cell,
              "is not a sample size: it must be a positive number");
        }
      }
    }
    return copy(whole, whole.record(), n, shares, whole.extras());
  }

  private static <T> T parse(
      Poll whole, String column, String cell, String source, java.util.function.Supplier<T> p) {
    try {
      return p.get();
    } catch (CellException e) {
      throw new Rejection(source, whole.line(), column, cell, e.rule());
    }
  }

  /** The poll with the extra columns of the split set and its subgroup. */
  private static Poll tagged(
      Poll p, Map<String, Share> shares, double n, List<String> extras, String group, int record) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (String c : extras) {
      cells.put(c, c.equals(SUBGROUP) ? group : p.extras().getOrDefault(c, ""));
    }
    try {
      return copy(p, record == 0 ? p.record() : record, n, shares, cells);
    } catch (RuleViolation e) {
      throw new IllegalStateException("a poll read once reads again: " + e.getMessage(), e);
    }
  }

  /** The poll with this record number, sample size, shares and extra cells (no option rows). */
  private static Poll copy(
      Poll p, int record, double n, Map<String, Share> shares, Map<String, String> extras) {
    return new Poll(
        record,
        p.line(),
        p.pollId(),
        p.pollster(),
        p.sponsor(),
        p.fieldStart(),
        p.fieldEnd(),
        p.datePrecision(),
        p.population(),
        p.base(),
        n,
        p.mode(),
        p.question(),
        p.questionGroup(),
        shares,
        p.sourceUrl(),
        p.note(),
        extras,
        Map.of());
  }

  private static Poll renumbered(Poll p, int record) {
    return tagged(
        p,
        p.shares(),
        p.sampleSize(),
        List.copyOf(p.extras().keySet()),
        p.extras().get(SUBGROUP),
        record);
  }

  /** The raw text of each record by its first line, for the rejected table. */
  private static Map<Long, String> raws(Path file, String source) {
    CharBuffer text = SourceText.readFile(file, source, "poll file");
    CsvTokenizer records = new CsvTokenizer(text.array(), text.limit());
    Map<Long, String> raws = new HashMap<>();
    for (CsvRecord r = records.next(); r != null; r = records.next()) {
      raws.put(r.line, r.raw());
    }
    return raws;
  }
}
