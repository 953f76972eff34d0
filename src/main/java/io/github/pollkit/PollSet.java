package io.github.pollkit;

import io.github.pollkit.internal.Checks;
import io.github.pollkit.io.PollWriter;
import io.github.pollkit.io.ReadResult;
import io.github.pollkit.io.SubgroupReader;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
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
 *
 * <p>This class is long on purpose: it is the whole fluent surface of a poll set, and most of its
 * lines are the Javadoc of its public methods. Each method is a few lines that hand the work to
 * {@code Series}, {@link Smoothing}, {@code WideTable}, {@code ShareSelection} and the trend
 * engines.
 *
 * <p>Problems of the data in a table or file are {@link PollDataException}s; a mistake in an
 * argument of a method (an option the set does not hold, {@code between(to, from)}) is an {@link
 * IllegalArgumentException}.
 */
public final class PollSet {
  private final String name;
  private final List<Poll> polls;
  private final List<String> extraColumns;
  private final DatePlacement placement;

  private PollSet(
      String name, List<Poll> polls, List<String> extraColumns, DatePlacement placement) {
    this.name = name;
    this.polls = List.copyOf(polls);
    this.extraColumns = List.copyOf(extraColumns);
    this.placement = placement;
  }

  /**
   * The polls of a Tablesaw table: pollkit's long table (as {@link #table()} gives, schema in
   * {@link PollColumns}), or any table with the columns pollkit needs, the others being missing in
   * every poll. The table is copied, not kept.
   *
   * <ul>
   *   <li><b>Wide</b>: one row per poll; every numeric column that is not a metadata column is an
   *       answer option ({@code support}, {@code oppose}), with optional numeric {@code X_low}/
   *       {@code X_high} bounds of a published range; a missing share drops only that option.
   *   <li><b>Long</b>: one row per poll and option, with a text {@code option} and a numeric {@code
   *       share} column (optional {@code share_low}, {@code share_high}); rows of one poll share
   *       {@code record} if the table has it, else {@code poll_id}, else all their metadata.
   *   <li><b>Metadata</b>, all optional, recognised by their pollkit names ignoring case: a date
   *       column {@code date} (both fieldwork dates) or {@code field_start}/{@code field_end}
   *       (Tablesaw {@code LOCAL_DATE}); {@code pollster}, {@code sponsor} and the other text
   *       columns of {@link PollColumns} (STRING); {@code sample_size} (any numeric type; missing
   *       when absent). Other text, number (long form) or boolean columns are kept as extra text.
   * </ul>
   *
   * <pre>{@code
   * Table t = Table.create("approval",
   *     DateColumn.create("date", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 8)),
   *     StringColumn.create("pollster", "Ipsos", "YouGov"),
   *     DoubleColumn.create("approve", 41, 39), DoubleColumn.create("disapprove", 55, 56));
   * PollSet polls = PollSet.of(t);   // 2 polls; sample sizes missing
   * }</pre>
   *
   * @param longTable the table; its name (or {@code "polls"}) names the set
   * @return the polls of the table, in the order of their first rows, placed at their end dates
   * @throws NullPointerException if {@code longTable} is null
   * @throws PollDataException naming the table, the row (1-based), the column and the value where
   *     there is one, if the table has no answer options (neither numeric option columns nor {@code
   *     option} and {@code share}), only one of {@code option} and {@code share}, a recognised
   *     column of the wrong type (e.g. dates as text), a date column under another name, a range
   *     bound without its option, a value that breaks a rule of {@link Share} or {@link Poll}, or
   *     rows of one poll that disagree on its metadata
   */
  public static PollSet of(Table longTable) {
    Objects.requireNonNull(longTable, "longTable");
    TableInput.Polls read = TableInput.read(longTable);
    return new PollSet(
        longTable.name() == null ? "polls" : longTable.name(),
        read.polls(),
        read.extraColumns(),
        DatePlacement.END);
  }

  /** The accepted polls of a read, named after its source, with the file's extra columns. */
  static PollSet of(ReadResult read) {
    return new PollSet(read.source(), read.polls(), read.extraColumns(), DatePlacement.END);
  }

  /**
   * A set of the given polls.
   *
   * @param polls the polls, in the order to keep; the list is copied
   * @return a set named {@code "polls"}, placed at end dates, whose extra columns are those of any
   *     poll in order of first appearance
   * @throws NullPointerException if {@code polls} or one of them is null
   */
  public static PollSet of(List<Poll> polls) {
    Objects.requireNonNull(polls, "polls");
    Set<String> extras = new LinkedHashSet<>();
    polls.forEach(p -> extras.addAll(p.extras().keySet()));
    return new PollSet("polls", polls, new ArrayList<>(extras), DatePlacement.END);
  }

  // ---- contents -------------------------------------------------------------------------------

  /** {@return the polls, in source order (an unmodifiable list)} */
  public List<Poll> polls() {
    return polls;
  }

  /** {@return the number of polls (not of rows of the long table)} */
  public int size() {
    return polls.size();
  }

  /** {@return true when the set holds no poll} */
  public boolean isEmpty() {
    return polls.isEmpty();
  }

  /** {@return the answer options reported by at least one poll, in order of first appearance} */
  public List<String> options() {
    Set<String> options = new LinkedHashSet<>();
    polls.forEach(p -> options.addAll(p.shares().keySet()));
    return List.copyOf(options);
  }

  /**
   * {@return the rule that places polls on a time axis ({@link DatePlacement#END} unless changed)}
   */
  public DatePlacement placement() {
    return placement;
  }

  /**
   * The same polls placed on the time axis by another rule; filters by date, trends and charts then
   * use it.
   *
   * @param newPlacement the rule, e.g. {@link DatePlacement#MIDPOINT}
   * @return a new set; this one is unchanged
   * @throws NullPointerException if {@code newPlacement} is null
   */
  public PollSet placedAt(DatePlacement newPlacement) {
    return new PollSet(
        name, polls, extraColumns, Objects.requireNonNull(newPlacement, "placement"));
  }

  /**
   * {@return the long table: one row per poll and option, a fresh copy; schema: {@link
   * PollColumns}}
   */
  public Table table() {
    return PollTable.toTable(name, polls, extraColumns);
  }

  /**
   * The wide table: one row per poll, its metadata and a column per option (a fresh copy). Options
   * given as a published range get {@code <option>_low} and {@code <option>_high} columns too; the
   * option's own column holds the midpoint. Missing shares are missing cells, never zero. A table's
   * column names ignore case, so an option column whose name is already taken (options {@code
   * support} and {@code Support}, or an option named like a metadata column such as {@code note})
   * gets the suffix {@code _option}, then {@code _option2}, ….
   *
   * @return a new table, one row per poll in source order, shares in points
   */
  public Table wide() {
    return WideTable.of(this);
  }

  // ---- filters --------------------------------------------------------------------------------

  /**
   * Polls for which the predicate holds.
   *
   * @param predicate the test of a poll
   * @return a new set with those polls, in the same order
   * @throws NullPointerException if {@code predicate} is null
   */
  public PollSet where(Predicate<Poll> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return with(polls.stream().filter(predicate).toList());
  }

  /**
   * Only the named options; polls that report none of them are left out (a poll with no share is
   * not a poll).
   *
   * @param options the options to keep, at least one
   * @return a new set with only those options' shares
   * @throws IllegalArgumentException if no option is named, a name is null or blank, or an option
   *     is not among {@link #options()} (a typo would otherwise give an empty set)
   */
  public PollSet option(String... options) {
    List<String> keep = requireOptions(options);
    return with(
        polls.stream().map(p -> ShareSelection.keeping(p, keep)).filter(Objects::nonNull).toList());
  }

  /**
   * Polls that report every one of the named options; their other options are kept.
   *
   * @param options the options a poll must report, at least one
   * @return a new set with those polls
   * @throws IllegalArgumentException if no option is named, a name is null or blank, or an option
   *     is not among {@link #options()}
   */
  public PollSet reporting(String... options) {
    List<String> need = requireOptions(options);
    return where(p -> p.shares().keySet().containsAll(need));
  }

  /**
   * Polls with this pollster among their pollsters (case-insensitive; joint polls count).
   *
   * @param pollster the pollster's name, as read (after any alias)
   * @return a new set with that pollster's polls, possibly empty
   * @throws IllegalArgumentException if {@code pollster} is null or blank
   */
  public PollSet pollster(String pollster) {
    String want = Checks.notBlank(pollster, "pollster").toLowerCase(Locale.ROOT);
    return where(
        p -> p.pollsters().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(want)));
  }

  /**
   * Polls placed (by {@link #placement()}) on a day from {@code from} to {@code to}, both
   * inclusive; undated polls are not in any date range.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return a new set with the polls placed in that period
   * @throws NullPointerException if a day is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public PollSet between(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from, was " + from + " to " + to);
    }
    return where(
        p -> {
          LocalDate d = p.date(placement);
          return d != null && !d.isBefore(from) && !d.isAfter(to);
        });
  }

  /**
   * Polls with one of these populations (exact match, as given by the source).
   *
   * @param populations the populations, e.g. {@code "adults"}, at least one
   * @return a new set with those polls
   * @throws IllegalArgumentException if none is named or a name is null or blank
   */
  public PollSet population(String... populations) {
    return matching("populations", Poll::population, populations, true);
  }

  /**
   * Polls whose shares have one of these bases (exact match).
   *
   * @param bases the bases, e.g. {@code "all respondents"}, at least one
   * @return a new set with those polls
   * @throws IllegalArgumentException if none is named or a name is null or blank
   */
  public PollSet base(String... bases) {
    return matching("bases", Poll::base, bases, true);
  }

  /**
   * Polls whose base is none of these (exact match), e.g. {@code excludingBase("would vote")}.
   *
   * @param bases the bases to leave out, at least one
   * @return a new set without those polls
   * @throws IllegalArgumentException if none is named or a name is null or blank
   */
  public PollSet excludingBase(String... bases) {
    return matching("bases", Poll::base, bases, false);
  }

  /**
   * Polls that asked one of these questions (exact wording as given).
   *
   * @param questions the questions, at least one
   * @return a new set with those polls
   * @throws IllegalArgumentException if none is named or a name is null or blank
   */
  public PollSet question(String... questions) {
    return matching("questions", Poll::question, questions, true);
  }

  /**
   * Polls in one of these question groups (exact match).
   *
   * @param groups the question groups, e.g. {@code "referendum"}, at least one
   * @return a new set with those polls
   * @throws IllegalArgumentException if none is named or a name is null or blank
   */
  public PollSet questionGroup(String... groups) {
    return matching("groups", Poll::questionGroup, groups, true);
  }

  /**
   * Polls of one subgroup of a set read with {@link Polls#readSubgroups}: {@code "all"} for the
   * whole samples, or a group such as {@code "Dem"}. Filter before any trend: a set with a subgroup
   * dimension holds each poll several times, once per group.
   *
   * @param group the subgroup, as in the extra column {@code subgroup}
   * @return a new set with that subgroup's polls
   * @throws IllegalArgumentException if the set has no {@code subgroup} column, or {@code group} is
   *     blank or not one of its subgroups (a typo would otherwise give an empty set)
   */
  public PollSet subgroup(String group) {
    Checks.notBlank(group, "group");
    List<String> groups = List.copyOf(bySubgroup().keySet());
    if (!groups.contains(group)) {
      throw new IllegalArgumentException(
          "group must be one of the subgroups " + groups + ", was '" + group + "'");
    }
    return where(p -> group.equals(p.extras().get(SubgroupReader.SUBGROUP)));
  }

  /**
   * The set split by subgroup (see {@link Polls#readSubgroups}): one set per group, the whole
   * samples ({@code "all"}) first, in order of first appearance.
   *
   * @return group → its polls; an unmodifiable map
   * @throws IllegalArgumentException if the set has no {@code subgroup} column
   */
  public java.util.Map<String, PollSet> bySubgroup() {
    if (!extraColumns.contains(SubgroupReader.SUBGROUP)) {
      throw new IllegalArgumentException(
          "this set has no subgroup column: read it with Polls.readSubgroups; its extra columns are "
              + extraColumns);
    }
    java.util.Map<String, List<Poll>> groups = new java.util.LinkedHashMap<>();
    for (Poll p : polls) {
      groups
          .computeIfAbsent(p.extras().get(SubgroupReader.SUBGROUP), g -> new ArrayList<>())
          .add(p);
    }
    java.util.Map<String, PollSet> sets = new java.util.LinkedHashMap<>();
    groups.forEach((g, list) -> sets.put(g, with(list)));
    return java.util.Collections.unmodifiableMap(sets);
  }

  /**
   * Re-bases shares among the chosen options so that they add up to 100, e.g. among decided
   * respondents: {@code rebase("support", "oppose")} turns 53 / 29 into 64.6 / 35.4. Other options
   * are dropped from the result.
   *
   * @param options the options to re-base among, each among {@link #options()}
   * @return a new set whose polls hold only these options, re-based shares in points adding up to
   *     100 (published as points, no longer ranges)
   * @throws IllegalArgumentException if no option is named or one is unknown, a poll lacks one of
   *     the options, gives it as a range, or the options add up to 0; filter first with {@link
   *     #reporting(String...)}
   */
  public PollSet rebase(String... options) {
    List<String> among = requireOptions(options);
    return with(polls.stream().map(p -> ShareSelection.rebased(p, among)).toList());
  }

  /**
   * The same polls, each respondent counted once: tracking-poll releases whose field periods
   * overlap count only their new field days, versions of one poll share one sample (see {@link
   * SampleAccounting#standard()}). The published sample size is kept; the effective one is the
   * extra column {@value SampleAccounting#EFFECTIVE_N}, which every smoother uses. For the report
   * of what changed use {@code SampleAccounting.standard().apply(polls)}.
   *
   * <pre>{@code
   * polls.countingEachRespondentOnce().smooth(Smoothers.kalmanRealTime());
   * }</pre>
   *
   * @return the polls with their effective sample sizes, without releases that add no respondent
   */
  public PollSet countingEachRespondentOnce() {
    return SampleAccounting.standard().apply(this).polls();
  }

  // ---- trends ---------------------------------------------------------------------------------

  /**
   * The ordinary least-squares line through the one option of this set (choose it with {@link
   * #option(String...)}): slope in points per year with its t interval. Undated polls and published
   * ranges are left out and reported.
   *
   * <pre>{@code
   * polls.excludingBase("would vote").questionGroup("referendum").option("support").linearTrend()
   * // +3.4 points/year (95% CI +2.8 to +4.0), 46 polls used, 3 left out (no date), 2006–2024
   * }</pre>
   *
   * @return the slope in points per year with its 95% interval, the polls used and those left out
   *     with reasons, and the period covered
   * @throws IllegalArgumentException if the set does not hold exactly one option or fewer than 3
   *     polls can be used
   */
  public LinearTrendResult linearTrend() {
    return linearTrend(false);
  }

  /**
   * As {@link #linearTrend()}, weighted by sample size (weighted least squares); polls without a
   * sample size are left out and reported.
   *
   * @return the weighted slope in points per year with its 95% interval, the polls used and those
   *     left out with reasons (no date, no sample size, a range), and the period covered
   * @throws IllegalArgumentException if the set does not hold exactly one option or fewer than 3
   *     polls can be used
   */
  public LinearTrendResult linearTrendWeighted() {
    return linearTrend(true);
  }

  private LinearTrendResult linearTrend(boolean weighted) {
    String option = singleOption("linearTrend");
    Series s = Series.of(this, option, weighted ? Series.Need.POINT_WITH_N : Series.Need.POINT);
    if (s.size() < 3) {
      throw new IllegalArgumentException(
          "a linear trend needs at least 3 dated polls of '"
              + option
              + "', had "
              + s.size()
              + "; "
              + Series.describeLeftOut(s.leftOut));
    }
    var fit =
        weighted ? LinearTrend.fitWeighted(s.day, s.value, s.n) : LinearTrend.fit(s.day, s.value);
    return new LinearTrendResult(option, weighted, fit, s.size(), s.leftOut, s.first(), s.last());
  }

  /**
   * Smooths every option of this set with the given smoother; leads between options are available
   * from the result.
   *
   * <pre>{@code
   * Smoothing lines = polls.option("support", "oppose").smooth(Smoothers.kalman());
   * }</pre>
   *
   * @param smoother the engine and its settings, from {@link Smoothers}
   * @return the smoothed line of each of this set's options (computed now), and their leads on
   *     demand
   * @throws NullPointerException if {@code smoother} is null
   * @throws IllegalArgumentException if an option has no poll the smoother can use, or its polls
   *     span more than {@value Smoothers#MAX_DAYS} days
   */
  public Smoothing smooth(Smoother smoother) {
    Objects.requireNonNull(smoother, "smoother");
    return new Smoothing(this, smoother);
  }

  /**
   * {@return a trend chart of this set: polls as dots, ranges as boxes; add lines, events and
   * labels with its withers}
   */
  public PollChart chart() {
    return new PollChart(this);
  }

  /**
   * A lead (net) chart of {@code a} over {@code b}: each poll's own lead {@code a − b} as a dot, an
   * emphasised zero line, and with {@link PollLeadChart#smooth(Smoother)} the smoothed lead with
   * its band ({@link Smoothing#lead(String, String)}).
   *
   * <pre>{@code
   * polls.leadChart("support", "oppose").smooth(Smoothers.average()).savePng(Path.of("lead.png"));
   * }</pre>
   *
   * @param a the option whose lead is shown, positive when it is ahead
   * @param b the option subtracted
   * @return the chart
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an option is not in this set, or both are the same
   */
  public PollLeadChart leadChart(String a, String b) {
    return new PollLeadChart(this, a, b);
  }

  /**
   * The topline of one poll of this set as bars with ± margin-of-error whiskers: one bar per option
   * the poll reports as a point share, in the poll's order (its source's columns); each margin is
   * {@link io.github.pollkit.stats.Proportions#marginOfError(double, double, double)} at 95% for
   * the poll's sample size (simple random sampling; z·√(p(1 − p)/n)). The caption gives the
   * pollster, the field dates, the sample size and the base, and says what the whiskers are. For
   * long option names, turn it with {@link io.github.pollkit.chart.ToplineChart#horizontal()}.
   *
   * <pre>{@code
   * polls.toplineChart("rating-iri-2019-06").title("Join NATO?").savePng(Path.of("topline.png"));
   * }</pre>
   *
   * @param pollId the poll's {@code poll_id}
   * @return the chart, 800 × 500, group named after the pollster and month
   * @throws NullPointerException if {@code pollId} is null
   * @throws IllegalArgumentException if no poll of this set has that id, or the poll has no sample
   *     size, or no point share
   */
  public io.github.pollkit.chart.ToplineChart toplineChart(String pollId) {
    return Topline.of(this, pollId);
  }

  private String singleOption(String what) {
    List<String> options = options();
    if (options.size() != 1) {
      throw new IllegalArgumentException(
          what
              + " needs a set with one option, this set has "
              + (options.isEmpty() ? "none" : String.join("/", options))
              + "; choose one with option(...)");
    }
    return options.get(0);
  }

  // ---- output ---------------------------------------------------------------------------------

  /**
   * Writes the polls as a long CSV file (see {@link PollWriter}); reading it back with {@link
   * Polls#read(Path)} gives an equal set.
   *
   * @param file the file to write; an existing file is replaced
   * @throws NullPointerException if {@code file} is null
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public void write(Path file) {
    PollWriter.write(table(), Objects.requireNonNull(file, "file"));
  }

  @Override
  public String toString() {
    List<LocalDate> dates =
        polls.stream()
            .flatMap(p -> Arrays.asList(p.fieldStart(), p.fieldEnd()).stream())
            .filter(Objects::nonNull)
            .sorted()
            .toList();
    long ranges =
        polls.stream().filter(p -> p.shares().values().stream().anyMatch(Share::isRange)).count();
    long undated = polls.stream().filter(p -> !p.isDated()).count();
    StringBuilder b =
        new StringBuilder("PollSet[")
            .append(polls.size())
            .append(polls.size() == 1 ? " poll" : " polls");
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

  /** The same set (name, placement) with other polls; extra columns are the old ones plus new. */
  PollSet withPolls(List<Poll> newPolls) {
    Set<String> extras = new LinkedHashSet<>(extraColumns);
    newPolls.forEach(p -> extras.addAll(p.extras().keySet()));
    return new PollSet(name, newPolls, new ArrayList<>(extras), placement);
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
