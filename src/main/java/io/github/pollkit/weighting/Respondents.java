package io.github.pollkit.weighting;

import io.github.pollkit.PollDataException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Respondent-level survey data with weights: raking, post-stratification, weighted toplines and
 * crosstabs. Immutable: every method that weights returns a new {@code Respondents}; the table
 * handed out by {@link #table()} is a copy.
 *
 * <pre>{@code
 * Respondents sample = Respondents.read(Path.of("data/non-voters/nonvoters_data.csv"))
 *     .withMissingCodes("-1");
 * Respondents raked = sample.rake(Map.of(
 *     "gender", Map.of("Female", 0.53, "Male", 0.47),
 *     "educ", Map.of("College", 0.34, "Some college", 0.28, "High school or less", 0.38)));
 * double[] w = raked.weights();                   // one per row, mean 1
 * Table topline = raked.topline("voter_category"); // option, n, share, lower, upper, se, ...
 * Table crosstab = raked.crosstab("voter_category", "race");
 * }</pre>
 *
 * <p>A level is a cell's text; in a numeric column a whole number prints without ".0". A cell is
 * missing when Tablesaw holds it as missing or when its text is one of the {@linkplain
 * #withMissingCodes missing-value codes}. Shares in results are percentage points; raking targets
 * are fractions that sum to 1 for each variable.
 *
 * <p>Standard errors follow R {@code survey} (Lumley 2004, "Analysis of complex survey samples", J.
 * Stat. Software 9(8); Lumley 2010, <i>Complex Surveys</i>): a single-stage design {@code
 * svydesign(ids = ~1, weights = ~base)}, with the linearisation that {@code rake()} / {@code
 * postStratify()} + {@code svymean()} use. See {@link #topline(String, double)}.
 */
public final class Respondents {
  private final WeightedSample state;

  private Respondents(WeightedSample state) {
    this.state = state;
  }

  /**
   * Respondents in {@code table} (copied), all with base weight 1.
   *
   * @param table one row per respondent
   * @return the respondents, not weighted
   * @throws IllegalArgumentException if the table has no rows
   */
  public static Respondents of(Table table) {
    Objects.requireNonNull(table, "table");
    if (table.rowCount() == 0) {
      throw new IllegalArgumentException("table must have at least one respondent, was empty");
    }
    String name = table.name() == null || table.name().isEmpty() ? "respondents" : table.name();
    return unweighted(Sample.of(table.copy(), "table '" + name + "'", false));
  }

  /**
   * Reads a CSV file of respondents (header in line 1, one record per line), every column as text
   * so that no code is reinterpreted; empty cells and {@code NA} are missing.
   *
   * @param csv the file
   * @return the respondents, all with base weight 1; errors name the file and its line
   * @throws PollDataException if the file cannot be read or has no respondents
   */
  public static Respondents read(Path csv) {
    Objects.requireNonNull(csv, "csv");
    return unweighted(Sample.of(RespondentsCsv.read(csv), csv.getFileName().toString(), true));
  }

  /**
   * The same respondents with base (design) weights from {@code column}: positive numbers, in a
   * numeric or text column. Weighting starts again from these base weights.
   *
   * @param column the column of base weights
   * @return the respondents with these base weights, not weighted
   * @throws PollDataException naming the row and value of a missing or non-positive weight, or of a
   *     weight too small or too large to compute with (below 1e-150, or making the sum of squares
   *     exceed 1e300): rescale such weights, only their ratios matter
   */
  public Respondents withBaseWeights(String column) {
    return unweighted(sample().withBaseWeights(column, BaseWeights.read(sample(), column)));
  }

  /**
   * The same respondents where cells whose text is one of {@code codes} (e.g. {@code "-1"} for a
   * skipped question) count as missing, in every column. Replaces earlier codes; weighting starts
   * again from the base weights.
   *
   * @param codes the missing-value codes
   * @return the respondents with these codes, not weighted
   */
  public Respondents withMissingCodes(String... codes) {
    Objects.requireNonNull(codes, "codes");
    Set<String> set = new LinkedHashSet<>();
    for (String code : codes) {
      set.add(Objects.requireNonNull(code, "a missing-value code"));
    }
    return unweighted(sample().withMissingCodes(Set.copyOf(set)));
  }

  /**
   * The same respondents, sampled without replacement from a population of {@code size}: standard
   * errors get the finite population correction {@code (N − n)/N} (R: {@code fpc = ~N}).
   *
   * @param size the population size N, at least the number of respondents
   * @return the respondents with the same weights and this population size
   */
  public Respondents withPopulationSize(double size) {
    if (!(size >= size() && size < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "size must be a finite number of at least the " + size() + " respondents, was " + size);
    }
    return new Respondents(
        new WeightedSample(
            sample().withPopulationSize(size),
            state.weights(),
            state.calibration(),
            state.report()));
  }

  /**
   * Rakes with {@link WeightingOptions#defaults()}; see {@link #rake(Map, WeightingOptions)}.
   *
   * @param targets variable → level → population share (a fraction), in the order to rake
   * @return respondents carrying the raking weights and a {@link #report()}
   */
  public Respondents rake(Map<String, Map<String, Double>> targets) {
    return rake(targets, WeightingOptions.defaults());
  }

  /**
   * Rakes the base weights to population margins by iterative proportional fitting (Deming and
   * Stephan 1940), optionally capping the weights and re-raking.
   *
   * <p>Each variable's shares must sum to 1 (within 1e-6; they are then divided by their sum so
   * that the margins agree exactly), every share must be positive, every target level must occur in
   * the data and every level in the data must have a target. R equivalent: {@code
   * rake(svydesign(ids = ~1, weights = ~base, data), list(~v1, ~v2), list(pop1, pop2))} — R stops
   * when the cross-classified table changes by less than {@code epsilon} between sweeps; pollkit
   * stops when every margin is within the tolerance of its target.
   *
   * @param targets variable → level → population share (a fraction), in the order to rake
   * @param options tolerance, sweep limit, cap and what to do with missing values
   * @return respondents carrying the raking weights and a {@link #report()}; when missing values
   *     are dropped, the returned table has only the respondents kept
   * @throws IllegalArgumentException naming the variable and level of a target problem
   * @throws PollDataException for a missing value in a raking variable (unless dropped)
   * @throws RakingDidNotConvergeException with the sweeps run and the worst remaining gap
   */
  public Respondents rake(Map<String, Map<String, Double>> targets, WeightingOptions options) {
    return new Respondents(Raking.rake(sample(), targets, options));
  }

  /**
   * Post-stratifies with {@link WeightingOptions#defaults()}; see {@link #postStratify(List, Map,
   * WeightingOptions)}.
   *
   * @param variables the cell variables, in the order of each cell key
   * @param cellShares cell (its levels, in the order of {@code variables}) → population share
   * @return respondents carrying the post-stratification weights and a {@link #report()}
   */
  public Respondents postStratify(List<String> variables, Map<List<String>, Double> cellShares) {
    return postStratify(variables, cellShares, WeightingOptions.defaults());
  }

  /**
   * Post-stratifies the base weights on the full cross-classification of {@code variables}: each
   * respondent's base weight is multiplied by {@code T·share(c) / T(c)}, where {@code T(c)} is the
   * base-weight total of its cell {@code c} and {@code T} the grand total (Holt and Smith 1979,
   * "Post stratification", JRSS A 142, 33–46). R equivalent: {@code postStratify(design, ~v1 + v2,
   * population)}. Only {@link WeightingOptions#dropMissing()} applies.
   *
   * @param variables the cell variables, in the order of each cell key
   * @param cellShares cell (its levels, in the order of {@code variables}) → population share;
   *     positive, summing to 1; every cell with respondents needs a share and every share needs
   *     respondents (no empty cells)
   * @param options only {@link WeightingOptions#dropMissing()} is used; a cap is refused
   * @return respondents carrying the post-stratification weights and a {@link #report()}
   * @throws IllegalArgumentException naming a cell without share, an empty cell or a bad share
   * @throws PollDataException for a missing value in a cell variable (unless dropped)
   */
  public Respondents postStratify(
      List<String> variables, Map<List<String>, Double> cellShares, WeightingOptions options) {
    return new Respondents(PostStratification.apply(sample(), variables, cellShares, options));
  }

  /**
   * The population shares (fractions, summing to 1) of each level of each column under the current
   * weights, in a form {@link #rake(Map)} takes as targets — e.g. to rake another sample to the
   * margins implied by these weights. Respondents missing a column are left out of its shares.
   *
   * @param columns the columns
   * @return column → level → share, levels in their natural order
   */
  public Map<String, Map<String, Double>> margins(String... columns) {
    return WeightedMargins.of(sample(), state.weights(), columns);
  }

  /**
   * The weighted topline of {@code column} with 95% intervals; see {@link #topline(String,
   * double)}.
   *
   * @param column the answer column
   * @return one row per option: {@code option, n, share, lower, upper, se, se_fixed, n_eff, deff}
   */
  public Table topline(String column) {
    return topline(column, 0.95);
  }

  /**
   * The weighted topline of an answer column: one row per option observed, respondents who did not
   * answer (missing) left out, as a table with columns
   *
   * <ul>
   *   <li>{@code option} (text), {@code n} (respondents who chose it);
   *   <li>{@code share}: weighted share in points;
   *   <li>{@code lower}, {@code upper}: {@code share ± z·se}, cut to [0, 100] (normal interval);
   *   <li>{@code se}: standard error in points that accounts for the weighting — for raked or
   *       post-stratified weights the linearisation of R {@code survey} ({@code svymean} on the
   *       {@code rake()}/{@code postStratify()} design): the influence values {@code w_i(y_i −
   *       p)/Σw} are replaced by their residuals on the raking margins (or cells) before the
   *       variance {@code n/(n−1)·Σ(z − z̄)²}; respondents who did not answer stay in with {@code z
   *       = 0} (domain estimation, as R). With capped weights this treats the result as raked to
   *       the margins (an approximation). With a single respondent the variance's {@code n/(n−1)}
   *       is undefined, so {@code se}, {@code se_fixed}, {@code lower} and {@code upper} are
   *       missing;
   *   <li>{@code se_fixed}: the standard error with the final weights taken as given (R: {@code
   *       svymean} on {@code svydesign(ids = ~1, weights = ~final)});
   *   <li>{@code n_eff}: Kish's effective sample size {@code (Σw)²/Σw²} of those who answered,
   *       {@code deff} = answered / {@code n_eff} = 1 + CV² of their weights (Kish 1965, §11.7).
   * </ul>
   *
   * The table's name says how many answered and how many were left out.
   *
   * @param column the answer column
   * @param confidence the interval's confidence, in (0, 1)
   * @return one row per option, columns as above
   * @throws IllegalArgumentException if no respondent answered
   */
  public Table topline(String column, double confidence) {
    return Topline.of(state, column, Confidence.of(confidence));
  }

  /**
   * The weighted crosstab with 95% margins of error; see {@link #crosstab(String, String, double)}.
   *
   * @param answer the answer column
   * @param group the group column
   * @return one row per (answer, group) pair: {@code answer, group, n, weighted_count, row_pct,
   *     col_pct, cell_pct, n_eff, moe}
   */
  public Table crosstab(String answer, String group) {
    return crosstab(answer, group, 0.95);
  }

  /**
   * The weighted crosstab of an answer by a group (e.g. voter category × race), one row per
   * (answer, group) pair including empty ones, respondents missing either left out, with columns
   * {@code answer}, {@code group}, {@code n} (respondents), {@code weighted_count} (weights have
   * mean 1 over all respondents), {@code row_pct} (of the answer's total), {@code col_pct} (of the
   * group's total), {@code cell_pct} (of the grand total), {@code n_eff} (Kish's effective sample
   * size of the group's respondents, the base of {@code col_pct}) and {@code moe}: the margin of
   * error of {@code col_pct} in points, {@code z·100·√(p(1−p)/n_eff)}.
   *
   * @param answer the answer column
   * @param group the group column
   * @param confidence the margin of error's confidence, in (0, 1)
   * @return one row per (answer, group) pair, columns as above
   */
  public Table crosstab(String answer, String group, double confidence) {
    return Crosstab.of(state, answer, group, Confidence.of(confidence));
  }

  /**
   * The weights, one per row of {@link #table()}, scaled to mean 1.
   *
   * @return a copy of the weights
   */
  public double[] weights() {
    return state.weights().clone();
  }

  /**
   * The respondents' table, without the weights.
   *
   * @return a copy of the table
   */
  public Table table() {
    return sample().table().copy();
  }

  /**
   * The number of respondents.
   *
   * @return the number of rows of {@link #table()}
   */
  public int size() {
    return sample().size();
  }

  /**
   * How the weights were obtained.
   *
   * @return the report; empty before raking or post-stratification
   */
  public Optional<WeightingReport> report() {
    return Optional.ofNullable(state.report());
  }

  @Override
  public String toString() {
    Sample sample = sample();
    return "Respondents["
        + sample.size()
        + " from "
        + sample.source()
        + (sample.baseWeightColumn() == null
            ? ""
            : ", base weights '" + sample.baseWeightColumn() + "'")
        + (sample.missingCodes().isEmpty() ? "" : ", missing codes " + sample.missingCodes())
        + (state.report() == null ? ", not weighted" : ", " + state.report())
        + "]";
  }

  private Sample sample() {
    return state.sample();
  }

  private static Respondents unweighted(Sample sample) {
    return new Respondents(WeightedSample.unweighted(sample));
  }
}
