package io.github.pollkit;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.io.PollWriter;
import io.github.pollkit.io.ReadResult;
import io.github.pollkit.model.DatePlacement;
import io.github.pollkit.model.Poll;
import io.github.pollkit.model.PollColumns;
import io.github.pollkit.model.PollTable;
import io.github.pollkit.model.Share;
import io.github.pollkit.trend.LinearTrend;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * An immutable set of polls, the centre of pollkit's fluent API.
 *
 * <p>Every filter returns a new set; {@link #table()} and {@link #wide()} hand out fresh Tablesaw
 * tables, so users can keep working in Tablesaw.
 *
 * <pre>{@code
 * PollSet polls = Polls.read(Path.of("data/ukraine-nato/ukraine-nato-membership.csv"));
 * PollSet adults = polls.excludingBase("would vote").questionGroup("referendum");
 * System.out.println(adults.option("support").linearTrend());
 * }</pre>
 */
public final class PollSet {
  private final String name;
  private final List<Poll> polls;
  private final List<String> extraColumns;
  private final DatePlacement placement;

  private PollSet(String name, List<Poll> polls, List<String> extraColumns, DatePlacement placement) {
    this.name = name;
    this.polls = List.copyOf(polls);
    this.extraColumns = List.copyOf(extraColumns);
    this.placement = placement;
  }

  /**
   * Wraps a long poll table (schema in {@link PollColumns}); the table is copied, not kept.
   *
   * @throws IllegalArgumentException if a column is missing or of the wrong type, or rows of one
   *     record disagree on the poll's metadata
   */
  public static PollSet of(Table longTable) {
    Objects.requireNonNull(longTable, "longTable");
    return new PollSet(
        longTable.name() == null ? "polls" : longTable.name(),
        PollTable.toPolls(longTable),
        PollTable.extraColumns(longTable),
        DatePlacement.END);
  }

  /** The accepted polls of a read, named after its source, with the file's extra columns. */
  static PollSet of(ReadResult read) {
    return new PollSet(read.source(), read.polls(), read.extraColumns(), DatePlacement.END);
  }

  /** A set of the given polls. */
  public static PollSet of(List<Poll> polls) {
    Objects.requireNonNull(polls, "polls");
    Set<String> extras = new LinkedHashSet<>();
    polls.forEach(p -> extras.addAll(p.extras().keySet()));
    return new PollSet("polls", polls, new ArrayList<>(extras), DatePlacement.END);
  }

  // ---- contents -------------------------------------------------------------------------------

  /** The polls, in source order. */
  public List<Poll> polls() {
    return polls;
  }

  /** The number of polls. */
  public int size() {
    return polls.size();
  }

  /** True when the set holds no poll. */
  public boolean isEmpty() {
    return polls.isEmpty();
  }

  /** The answer options reported by at least one poll, in order of first appearance. */
  public List<String> options() {
    Set<String> options = new LinkedHashSet<>();
    polls.forEach(p -> options.addAll(p.shares().keySet()));
    return List.copyOf(options);
  }

  /** The rule that places polls on a time axis ({@link DatePlacement#END} unless changed). */
  public DatePlacement placement() {
    return placement;
  }

  /** The same polls placed on the time axis by another rule. */
  public PollSet placedAt(DatePlacement newPlacement) {
    return new PollSet(name, polls, extraColumns, Objects.requireNonNull(newPlacement, "placement"));
  }

  /** The long table: one row per poll and option (a fresh copy). Schema: {@link PollColumns}. */
  public Table table() {
    return PollTable.toTable(name, polls, extraColumns);
  }

  /**
   * The wide table: one row per poll, its metadata and a column per option (a fresh copy). Options
   * given as a published range get {@code <option>_low} and {@code <option>_high} columns too; the
   * option's own column holds the midpoint. Missing shares are missing cells, never zero.
   */
  public Table wide() {
    Table longTable = table();
    Table wide = Table.create(name);
    for (String c : longTable.columnNames()) {
      if (!c.equals(PollColumns.OPTION) && !c.startsWith(PollColumns.SHARE)) {
        wide.addColumns(longTable.column(c).emptyCopy());
      }
    }
    List<DoubleColumn> optionColumns = new ArrayList<>();
    int firstRowOfPoll = 0;
    for (Poll p : polls) {
      for (var col : wide.columns()) {
        appendFrom(col, longTable, firstRowOfPoll);
      }
      firstRowOfPoll += p.shares().size();
    }
    for (String o : options()) {
      DoubleColumn value = DoubleColumn.create(o);
      DoubleColumn low = DoubleColumn.create(o + "_low");
      DoubleColumn high = DoubleColumn.create(o + "_high");
      for (Poll p : polls) {
        Share s = p.shares().get(o);
        value.append(s == null ? Double.NaN : s.value());
        low.append(s == null ? Double.NaN : s.low());
        high.append(s == null ? Double.NaN : s.high());
      }
      optionColumns.add(value);
      if (low.countMissing() < low.size()) {
        optionColumns.add(low);
        optionColumns.add(high);
      }
    }
    wide.addColumns(optionColumns.toArray(new DoubleColumn[0]));
    return wide;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void appendFrom(tech.tablesaw.columns.Column col, Table source, int row) {
    col.append(source.column(col.name()), row);
  }

  // ---- filters --------------------------------------------------------------------------------

  /** Polls for which the predicate holds. */
  public PollSet where(Predicate<Poll> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return with(polls.stream().filter(predicate).toList());
  }

  /**
   * Only the named options; polls that report none of them are left out (a poll with no share is
   * not a poll).
   *
   * @throws IllegalArgumentException if an option is not among {@link #options()} (a typo would
   *     otherwise give an empty set)
   */
  public PollSet option(String... options) {
    List<String> keep = requireOptions(options);
    List<Poll> out = new ArrayList<>();
    for (Poll p : polls) {
      Map<String, Share> shares = new LinkedHashMap<>();
      p.shares().forEach((k, v) -> {
        if (keep.contains(k)) {
          shares.put(k, v);
        }
      });
      if (!shares.isEmpty()) {
        out.add(p.withShares(shares));
      }
    }
    return with(out);
  }

  /** Polls that report every one of the named options (each must be among {@link #options()}). */
  public PollSet reporting(String... options) {
    List<String> need = requireOptions(options);
    return where(p -> p.shares().keySet().containsAll(need));
  }

  /** Polls with this pollster among their pollsters (case-insensitive; joint polls count). */
  public PollSet pollster(String pollster) {
    String want = Checks.notBlank(pollster, "pollster").toLowerCase(Locale.ROOT);
    return where(p -> p.pollsters().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(want)));
  }

  /**
   * Polls placed (by {@link #placement()}) on a day from {@code from} to {@code to}, both
   * inclusive; undated polls are not in any date range.
   */
  public PollSet between(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from, was " + from + " to " + to);
    }
    return where(p -> {
      LocalDate d = p.date(placement);
      return d != null && !d.isBefore(from) && !d.isAfter(to);
    });
  }

  /** Polls with one of these populations (exact match, as given by the source). */
  public PollSet population(String... populations) {
    return matching("populations", Poll::population, populations, true);
  }

  /** Polls whose shares have one of these bases (e.g. {@code "all respondents"}). */
  public PollSet base(String... bases) {
    return matching("bases", Poll::base, bases, true);
  }

  /** Polls whose base is none of these (e.g. {@code excludingBase("would vote")}). */
  public PollSet excludingBase(String... bases) {
    return matching("bases", Poll::base, bases, false);
  }

  /** Polls that asked one of these questions (exact wording as given). */
  public PollSet question(String... questions) {
    return matching("questions", Poll::question, questions, true);
  }

  /** Polls in one of these question groups (e.g. {@code "referendum"}). */
  public PollSet questionGroup(String... groups) {
    return matching("groups", Poll::questionGroup, groups, true);
  }

  /**
   * Re-bases shares among the chosen options so that they add up to 100, e.g. among decided
   * respondents: {@code rebase("support", "oppose")} turns 53 / 29 into 64.6 / 35.4. Other options
   * are dropped from the result.
   *
   * @throws IllegalArgumentException if a poll lacks one of the options, gives it as a range, or
   *     the options add up to 0; filter first with {@link #reporting(String...)}
   */
  public PollSet rebase(String... options) {
    List<String> among = requireOptions(options);
    List<Poll> out = new ArrayList<>();
    for (Poll p : polls) {
      double total = 0;
      for (String o : among) {
        Share s = p.shares().get(o);
        if (s == null || s.isRange()) {
          throw new IllegalArgumentException(
              "cannot rebase poll " + label(p) + ": option '" + o + "' is "
                  + (s == null ? "missing" : "a range")
                  + "; keep only polls reporting all options with reporting(...) first");
        }
        total += s.value();
      }
      if (total <= 0) {
        throw new IllegalArgumentException(
            "cannot rebase poll " + label(p) + ": options " + among + " add up to 0");
      }
      Map<String, Share> shares = new LinkedHashMap<>();
      for (String o : among) {
        shares.put(o, Share.of(100 * p.shares().get(o).value() / total));
      }
      out.add(p.withShares(shares));
    }
    return with(out);
  }

  // ---- trends ---------------------------------------------------------------------------------

  /**
   * The ordinary least-squares line through the one option of this set (choose it with {@link
   * #option(String...)}): slope in points per year with its t interval. Undated polls and
   * published ranges are left out and reported.
   *
   * <pre>{@code
   * polls.questionGroup("referendum").option("support").linearTrend()
   * // +3.4 points/year (95% CI +2.8 to +4.0), 46 polls used, ...
   * }</pre>
   */
  public LinearTrendResult linearTrend() {
    return linearTrend(false);
  }

  /**
   * As {@link #linearTrend()}, weighted by sample size (weighted least squares); polls without a
   * sample size are left out and reported.
   */
  public LinearTrendResult linearTrendWeighted() {
    return linearTrend(true);
  }

  private LinearTrendResult linearTrend(boolean weighted) {
    String option = singleOption("linearTrend");
    Series s = Series.of(this, option, weighted ? Series.Need.POINT_WITH_N : Series.Need.POINT);
    if (s.size() < 3) {
      throw new IllegalArgumentException("a linear trend needs at least 3 dated polls of '" + option
          + "', had " + s.size() + "; " + Series.describeLeftOut(s.leftOut));
    }
    var fit = weighted ? LinearTrend.fitWeighted(s.day, s.value, s.n) : LinearTrend.fit(s.day, s.value);
    return new LinearTrendResult(option, weighted, fit, s.size(), s.leftOut, s.first(), s.last());
  }

  /**
   * Smooths every option of this set with the given smoother; leads between options are available
   * from the result.
   *
   * <pre>{@code
   * Smoothing lines = polls.option("support", "oppose").smooth(Smoothers.kalman());
   * }</pre>
   */
  public Smoothing smooth(Smoother smoother) {
    Objects.requireNonNull(smoother, "smoother");
    return new Smoothing(this, smoother);
  }

  /** A trend chart of this set: polls as dots, ranges as boxes; add lines, events and labels. */
  public PollChart chart() {
    return new PollChart(this);
  }

  private String singleOption(String what) {
    List<String> options = options();
    if (options.size() != 1) {
      throw new IllegalArgumentException(what + " needs a set with one option, this set has "
          + (options.isEmpty() ? "none" : String.join("/", options)) + "; choose one with option(...)");
    }
    return options.get(0);
  }

  // ---- output ---------------------------------------------------------------------------------

  /**
   * Writes the polls as a long CSV file (see {@link PollWriter}); reading it back with {@link
   * Polls#read(Path)} gives an equal set.
   */
  public void write(Path file) {
    PollWriter.write(table(), Objects.requireNonNull(file, "file"));
  }

  @Override
  public String toString() {
    List<LocalDate> dates =
        polls.stream().flatMap(p -> Arrays.asList(p.fieldStart(), p.fieldEnd()).stream())
            .filter(Objects::nonNull).sorted().toList();
    long ranges = polls.stream().filter(p -> p.shares().values().stream().anyMatch(Share::isRange)).count();
    long undated = polls.stream().filter(p -> !p.isDated()).count();
    StringBuilder b = new StringBuilder("PollSet[").append(polls.size()).append(polls.size() == 1 ? " poll" : " polls");
    if (!dates.isEmpty()) {
      int y0 = dates.get(0).getYear();
      int y1 = dates.get(dates.size() - 1).getYear();
      b.append(", ").append(y0 == y1 ? String.valueOf(y0) : y0 + "–" + y1);
    }
    List<String> options = options();
    if (!options.isEmpty()) {
      b.append(", options ").append(String.join("/", options));
    }
    if (ranges > 0) {
      b.append(", ").append(ranges).append(ranges == 1 ? " published range" : " published ranges");
    }
    if (undated > 0) {
      b.append(", ").append(undated).append(" undated");
    }
    return b.append(']').toString();
  }

  /**
   * Two sets are equal when they hold equal polls in the same order, with the same extra columns
   * and date placement; the lines the polls were read from do not count, so a set written with
   * {@link #write(Path)} and read back equals the original.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof PollSet other
        && withoutLines(polls).equals(withoutLines(other.polls))
        && extraColumns.equals(other.extraColumns)
        && placement == other.placement;
  }

  @Override
  public int hashCode() {
    return Objects.hash(withoutLines(polls), extraColumns, placement);
  }

  private static List<Poll> withoutLines(List<Poll> polls) {
    return polls.stream().map(Poll::withoutLines).toList();
  }

  // ---- helpers --------------------------------------------------------------------------------

  private PollSet with(List<Poll> newPolls) {
    return new PollSet(name, newPolls, extraColumns, placement);
  }

  private PollSet matching(
      String what, java.util.function.Function<Poll, String> field, String[] values, boolean keep) {
    List<String> wanted = requireNames(what, values);
    return where(p -> wanted.contains(field.apply(p)) == keep);
  }

  static String label(Poll p) {
    return p.pollId().isEmpty() ? "record " + p.record() : "'" + p.pollId() + "'";
  }

  private List<String> requireOptions(String... names) {
    List<String> wanted = requireNames("options", names);
    List<String> known = options();
    for (String n : wanted) {
      if (!known.contains(n)) {
        throw new IllegalArgumentException(
            "option '" + n + "' is not in this set; options are " + known);
      }
    }
    return wanted;
  }

  private static List<String> requireNames(String what, String... names) {
    if (Checks.notNull(names, what).length == 0) {
      throw new IllegalArgumentException(what + " must name at least one value");
    }
    for (String n : names) {
      Checks.notBlank(n, what);
    }
    return List.of(names);
  }
}
