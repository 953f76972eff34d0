package io.github.pollkit.weighting;

import io.github.pollkit.PollDataException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.distribution.NormalDistribution;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

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
 * <p>Standard errors follow R {@code survey} (Lumley 2004, "Analysis of complex survey samples",
 * J. Stat. Software 9(8); Lumley 2010, <i>Complex Surveys</i>): a single-stage design {@code
 * svydesign(ids = ~1, weights = ~base)}, with the linearisation that {@code rake()} / {@code
 * postStratify()} + {@code svymean()} use. See {@link #topline(String, double)}.
 */
public final class Respondents {
  private static final double TARGET_SUM_TOLERANCE = 1e-6;

  private final Table table;
  private final String source;
  private final boolean fromFile;
  private final Set<String> missingCodes;
  private final String baseWeightColumn;
  private final double[] baseWeights;
  private final double populationSize;
  private final double[] weights;
  private final Calibration calibration;
  private final WeightingReport report;

  private Respondents(
      Table table,
      String source,
      boolean fromFile,
      Set<String> missingCodes,
      String baseWeightColumn,
      double[] baseWeights,
      double populationSize,
      double[] weights,
      Calibration calibration,
      WeightingReport report) {
    this.table = table;
    this.source = source;
    this.fromFile = fromFile;
    this.missingCodes = missingCodes;
    this.baseWeightColumn = baseWeightColumn;
    this.baseWeights = baseWeights;
    this.populationSize = populationSize;
    this.weights = weights;
    this.calibration = calibration;
    this.report = report;
  }

  /** Respondents in {@code table} (copied), all with base weight 1. */
  public static Respondents of(Table table) {
    requireArgument(table, "table");
    if (table.rowCount() == 0) {
      throw new IllegalArgumentException("table must have at least one respondent, was empty");
    }
    String name = table.name() == null || table.name().isEmpty() ? "respondents" : table.name();
    return unweighted(table.copy(), "table '" + name + "'", false);
  }

  /**
   * Reads a CSV file of respondents (header in line 1, one record per line), every column as
   * text so that no code is reinterpreted; empty cells and {@code NA} are missing.
   *
   * @throws PollDataException if the file cannot be read or has no respondents
   */
  public static Respondents read(Path csv) {
    requireArgument(csv, "csv");
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
    return unweighted(table, csv.getFileName().toString(), true);
  }

  private static Respondents unweighted(Table table, String source, boolean fromFile) {
    double[] ones = new double[table.rowCount()];
    Arrays.fill(ones, 1);
    return new Respondents(
        table, source, fromFile, Set.of(), null, ones, Double.POSITIVE_INFINITY, ones,
        new Calibration.None(), null);
  }

  /**
   * The same respondents with base (design) weights from {@code column}: positive numbers, in a
   * numeric or text column. Weighting starts again from these base weights.
   *
   * @throws PollDataException naming the row and value of a missing or non-positive weight
   */
  public Respondents withBaseWeights(String column) {
    Column<?> c = column(column, "column");
    double[] base = new double[table.rowCount()];
    for (int i = 0; i < base.length; i++) {
      String text = c.isMissing(i) ? null : c.getString(i);
      double v = Double.NaN;
      if (c instanceof NumberColumn<?, ?> numbers && text != null) {
        v = numbers.getDouble(i);
      } else if (text != null) {
        try {
          v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
          v = Double.NaN;
        }
      }
      if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
        throw dataError(
            i, column, text == null ? "" : text, "is not a base weight: it must be a positive number");
      }
      base[i] = v;
    }
    return new Respondents(
        table, source, fromFile, missingCodes, column, base, populationSize, base,
        new Calibration.None(), null);
  }

  /**
   * The same respondents where cells whose text is one of {@code codes} (e.g. {@code "-1"} for a
   * skipped question) count as missing, in every column. Replaces earlier codes; weighting starts
   * again from the base weights.
   */
  public Respondents withMissingCodes(String... codes) {
    requireArgument(codes, "codes");
    Set<String> set = new LinkedHashSet<>();
    for (String code : codes) {
      set.add(requireArgument(code, "a missing-value code"));
    }
    return new Respondents(
        table, source, fromFile, Set.copyOf(set), baseWeightColumn, baseWeights, populationSize,
        baseWeights, new Calibration.None(), null);
  }

  /**
   * The same respondents, sampled without replacement from a population of {@code size}: standard
   * errors get the finite population correction {@code (N − n)/N} (R: {@code fpc = ~N}).
   */
  public Respondents withPopulationSize(double size) {
    if (!(size >= table.rowCount() && size < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "size must be a finite number of at least the " + table.rowCount()
              + " respondents, was " + size);
    }
    return new Respondents(
        table, source, fromFile, missingCodes, baseWeightColumn, baseWeights, size, weights,
        calibration, report);
  }

  /** Rakes with {@link WeightingOptions#defaults()}; see {@link #rake(Map, WeightingOptions)}. */
  public Respondents rake(Map<String, Map<String, Double>> targets) {
    return rake(targets, WeightingOptions.defaults());
  }

  /**
   * Rakes the base weights to population margins by iterative proportional fitting (Deming and
   * Stephan 1940), optionally capping the weights and re-raking.
   *
   * <p>Each variable's shares must sum to 1 (within 1e-6; they are then divided by their sum so
   * that the margins agree exactly), every share must be positive, every target level must occur
   * in the data and every level in the data must have a target. R equivalent: {@code
   * rake(svydesign(ids = ~1, weights = ~base, data), list(~v1, ~v2), list(pop1, pop2))} — R
   * stops when the cross-classified table changes by less than {@code epsilon} between sweeps;
   * pollkit stops when every margin is within the tolerance of its target.
   *
   * @param targets variable → level → population share (a fraction), in the order to rake
   * @return respondents carrying the raking weights and a {@link #report()}; when missing values
   *     are dropped, the returned table has only the respondents kept
   * @throws IllegalArgumentException naming the variable and level of a target problem
   * @throws PollDataException for a missing value in a raking variable (unless dropped)
   * @throws RakingDidNotConvergeException with the sweeps run and the worst remaining gap
   */
  public Respondents rake(Map<String, Map<String, Double>> targets, WeightingOptions options) {
    requireArgument(options, "options");
    if (targets == null || targets.isEmpty()) {
      throw new IllegalArgumentException("targets must name at least one variable, was empty");
    }
    List<String> variables = new ArrayList<>();
    List<List<String>> levels = new ArrayList<>();
    double[][] shares = new double[targets.size()][];
    for (Map.Entry<String, Map<String, Double>> e : targets.entrySet()) {
      String variable = requireArgument(e.getKey(), "a target variable");
      column(variable, "targets variable");
      Map<String, Double> byLevel = e.getValue();
      if (byLevel == null || byLevel.isEmpty()) {
        throw new IllegalArgumentException(
            "targets for '" + variable + "' must give at least one level, were empty");
      }
      shares[variables.size()] = checkedShares(variable, byLevel);
      variables.add(variable);
      levels.add(new ArrayList<>(byLevel.keySet()));
    }
    Kept kept = keepComplete(variables, options.dropMissing());
    Respondents from = kept.respondents();
    int[][] codes = new int[variables.size()][];
    for (int k = 0; k < variables.size(); k++) {
      codes[k] = from.codeAgainst(variables.get(k), levels.get(k));
    }
    Ipf.Result result =
        Ipf.rake(
            codes, shares, from.baseWeights, options.tolerance(), options.maxIterations(),
            options.maxWeight());
    int atCap = 0;
    if (options.capped()) {
      for (double w : result.weights()) {
        if (w >= options.maxWeight() * (1 - 1e-9)) {
          atCap++;
        }
      }
    }
    WeightingReport report =
        new WeightingReport(
            "raking", variables, from.table.rowCount(), kept.dropped(), result.iterations(),
            result.largestGap(), result.converged(), atCap);
    if (!result.converged()) {
      throw new RakingDidNotConvergeException(report, options.tolerance());
    }
    int[] levelCounts = levels.stream().mapToInt(List::size).toArray();
    return from.weighted(
        result.weights(), new Calibration.Margins(codes, levelCounts, result.weights()), report);
  }

  /** Post-stratifies with {@link WeightingOptions#defaults()}. */
  public Respondents postStratify(List<String> variables, Map<List<String>, Double> cellShares) {
    return postStratify(variables, cellShares, WeightingOptions.defaults());
  }

  /**
   * Post-stratifies the base weights on the full cross-classification of {@code variables}: each
   * respondent's base weight is multiplied by {@code T·share(c) / T(c)}, where {@code T(c)} is the
   * base-weight total of its cell {@code c} and {@code T} the grand total (Holt and Smith 1979,
   * "Post stratification", JRSS A 142, 33–46). R equivalent: {@code postStratify(design, ~v1 +
   * v2, population)}. Only {@link WeightingOptions#dropMissing()} applies.
   *
   * @param variables the cell variables, in the order of each cell key
   * @param cellShares cell (its levels, in the order of {@code variables}) → population share;
   *     positive, summing to 1; every cell with respondents needs a share and every share needs
   *     respondents (no empty cells)
   */
  public Respondents postStratify(
      List<String> variables, Map<List<String>, Double> cellShares, WeightingOptions options) {
    requireArgument(options, "options");
    if (variables == null || variables.isEmpty()) {
      throw new IllegalArgumentException("variables must name at least one column, was empty");
    }
    if (options.capped()) {
      throw new IllegalArgumentException(
          "maxWeight applies to raking only, was " + options.maxWeight()
              + "; post-stratification weights are fixed by the cells");
    }
    for (String v : variables) {
      column(requireArgument(v, "a variable"), "variables");
    }
    if (cellShares == null || cellShares.isEmpty()) {
      throw new IllegalArgumentException("cellShares must give at least one cell, was empty");
    }
    List<List<String>> cells = new ArrayList<>();
    Map<String, Double> byLabel = new LinkedHashMap<>();
    for (Map.Entry<List<String>, Double> e : cellShares.entrySet()) {
      List<String> cell = e.getKey();
      if (cell == null || cell.size() != variables.size()) {
        throw new IllegalArgumentException(
            "cellShares key " + cell + " must give one level for each of " + variables);
      }
      cells.add(List.copyOf(cell));
      byLabel.put(String.join(" × ", cell), e.getValue());
    }
    double[] shares = checkedShares("cellShares", byLabel);
    Kept kept = keepComplete(variables, options.dropMissing());
    Respondents from = kept.respondents();
    int n = from.table.rowCount();
    Map<List<String>, Integer> index = new LinkedHashMap<>();
    for (int c = 0; c < cells.size(); c++) {
      index.put(cells.get(c), c);
    }
    List<Column<?>> columns = variables.stream().<Column<?>>map(from.table::column).toList();
    int[] cellOf = new int[n];
    double[] cellTotals = new double[cells.size()];
    double total = 0;
    for (int i = 0; i < n; i++) {
      List<String> key = new ArrayList<>(variables.size());
      for (Column<?> c : columns) {
        key.add(Levels.at(c, i, missingCodes));
      }
      Integer c = index.get(key);
      if (c == null) {
        throw new IllegalArgumentException(
            "cellShares has no share for cell " + key + " of " + variables + ", which "
                + from.source + " has at " + from.rowName(i));
      }
      cellOf[i] = c;
      cellTotals[c] += from.baseWeights[i];
      total += from.baseWeights[i];
    }
    for (int c = 0; c < cells.size(); c++) {
      if (cellTotals[c] == 0) {
        throw new IllegalArgumentException(
            "cellShares gives cell " + cells.get(c) + " of " + variables + " a share of "
                + shares[c] + ", but no respondent is in it (an empty cell): merge cells"
                + " or rake to the margins instead");
      }
    }
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = from.baseWeights[i] * total * shares[cellOf[i]] / cellTotals[cellOf[i]];
      sum += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] *= n / sum;
    }
    WeightingReport report =
        new WeightingReport(
            "post-stratification", variables, n, kept.dropped(), 0, 0, true, 0);
    return from.weighted(
        w, new Calibration.Cells(cellOf, cells.size(), w, from.baseWeights), report);
  }

  /**
   * The population shares (fractions, summing to 1) of each level of each column under the current
   * weights, in a form {@link #rake(Map)} takes as targets — e.g. to rake another sample to the
   * margins implied by these weights. Respondents missing a column are left out of its shares.
   */
  public Map<String, Map<String, Double>> margins(String... columns) {
    requireArgument(columns, "columns");
    Map<String, Map<String, Double>> result = new LinkedHashMap<>();
    for (String name : columns) {
      Levels.Coded coded = Levels.code(column(name, "columns"), missingCodes);
      double[] totals = new double[coded.levels().size()];
      double total = 0;
      for (int i = 0; i < weights.length; i++) {
        if (coded.codes()[i] >= 0) {
          totals[coded.codes()[i]] += weights[i];
          total += weights[i];
        }
      }
      Map<String, Double> shares = new LinkedHashMap<>();
      for (int l = 0; l < totals.length; l++) {
        shares.put(coded.levels().get(l), totals[l] / total);
      }
      result.put(name, shares);
    }
    return result;
  }

  /** The weighted topline of {@code column} with 95% intervals; see {@link #topline(String, double)}. */
  public Table topline(String column) {
    return topline(column, 0.95);
  }

  /**
   * The weighted topline of an answer column: one row per option observed, respondents who did
   * not answer (missing) left out, as a table with columns
   *
   * <ul>
   *   <li>{@code option} (text), {@code n} (respondents who chose it);
   *   <li>{@code share}: weighted share in points;
   *   <li>{@code lower}, {@code upper}: {@code share ± z·se}, cut to [0, 100] (normal interval);
   *   <li>{@code se}: standard error in points that accounts for the weighting — for raked or
   *       post-stratified weights the linearisation of R {@code survey} ({@code svymean} on the
   *       {@code rake()}/{@code postStratify()} design): the influence values {@code w_i(y_i −
   *       p)/Σw} are replaced by their residuals on the raking margins (or cells) before the
   *       variance {@code n/(n−1)·Σ(z − z̄)²}; respondents who did not answer stay in with {@code
   *       z = 0} (domain estimation, as R). With capped weights this treats the result as raked
   *       to the margins (an approximation);
   *   <li>{@code se_fixed}: the standard error with the final weights taken as given (R: {@code
   *       svymean} on {@code svydesign(ids = ~1, weights = ~final)});
   *   <li>{@code n_eff}: Kish's effective sample size {@code (Σw)²/Σw²} of those who answered,
   *       {@code deff} = answered / {@code n_eff} = 1 + CV² of their weights (Kish 1965, §11.7).
   * </ul>
   *
   * The table's name says how many answered and how many were left out.
   *
   * @param confidence the interval's confidence, in (0, 1)
   */
  public Table topline(String column, double confidence) {
    double z = zFor(confidence);
    Levels.Coded answers = Levels.code(column(column, "column"), missingCodes);
    if (answers.levels().isEmpty()) {
      throw new IllegalArgumentException(
          "column '" + column + "' has no answers: all " + table.rowCount() + " are missing");
    }
    Estimates.Option[] options =
        Estimates.shares(
            answers.codes(), answers.levels().size(), weights, calibration, populationSize);
    double nEff = Estimates.kishEffectiveSize(weights, answers.codes());
    String method = report == null ? "unraked" : report.method();
    return ResultTables.topline(column, method, answers, options, nEff, z, confidence);
  }

  /** The weighted crosstab with 95% margins of error; see {@link #crosstab(String, String, double)}. */
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
   * @param confidence the margin of error's confidence, in (0, 1)
   */
  public Table crosstab(String answer, String group, double confidence) {
    double z = zFor(confidence);
    Levels.Coded a = Levels.code(column(answer, "answer"), missingCodes);
    Levels.Coded g = Levels.code(column(group, "group"), missingCodes);
    Crosstab tab = Crosstab.of(a.codes(), a.levels().size(), g.codes(), g.levels().size(), weights);
    return ResultTables.crosstab(answer, group, a, g, tab, table.rowCount(), z, confidence);
  }

  /** The weights, one per row of {@link #table()}, scaled to mean 1 (a copy). */
  public double[] weights() {
    return weights.clone();
  }

  /** A copy of the respondents' table (without the weights). */
  public Table table() {
    return table.copy();
  }

  /** The number of respondents. */
  public int size() {
    return table.rowCount();
  }

  /** How the weights were obtained; empty before raking or post-stratification. */
  public Optional<WeightingReport> report() {
    return Optional.ofNullable(report);
  }

  @Override
  public String toString() {
    return "Respondents[" + table.rowCount() + " from " + source
        + (baseWeightColumn == null ? "" : ", base weights '" + baseWeightColumn + "'")
        + (missingCodes.isEmpty() ? "" : ", missing codes " + missingCodes)
        + (report == null ? ", not weighted" : ", " + report) + "]";
  }

  // ---------------------------------------------------------------------------------------------

  private Respondents weighted(double[] w, Calibration cal, WeightingReport rep) {
    return new Respondents(
        table, source, fromFile, missingCodes, baseWeightColumn, baseWeights, populationSize, w,
        cal, rep);
  }

  private record Kept(Respondents respondents, int dropped) {}

  /** These respondents without those missing any of {@code variables}, or an error. */
  private Kept keepComplete(List<String> variables, boolean drop) {
    int n = table.rowCount();
    List<Column<?>> columns = variables.stream().<Column<?>>map(table::column).toList();
    Selection keep = new BitmapBackedSelection();
    int dropped = 0;
    for (int i = 0; i < n; i++) {
      String missingIn = null;
      for (int k = 0; k < columns.size(); k++) {
        if (Levels.at(columns.get(k), i, missingCodes) == null) {
          missingIn = variables.get(k);
          break;
        }
      }
      if (missingIn == null) {
        keep.add(i);
      } else if (!drop) {
        Column<?> c = table.column(missingIn);
        throw dataError(
            i, missingIn, c.isMissing(i) ? "" : c.getString(i),
            "is missing in weighting variable '" + missingIn + "' (" + countMissing(variables)
                + " respondents miss a weighting variable); use"
                + " WeightingOptions.defaults().droppingMissing() to leave them out");
      } else {
        dropped++;
      }
    }
    if (dropped == 0) {
      return new Kept(this, 0);
    }
    if (dropped == n) {
      throw new IllegalArgumentException(
          "every respondent misses one of " + variables + "; nothing is left to weight");
    }
    int[] rows = keep.toArray();
    double[] base = new double[rows.length];
    for (int r = 0; r < rows.length; r++) {
      base[r] = baseWeights[rows[r]];
    }
    Respondents kept =
        new Respondents(
            table.where(keep), source + " (complete on " + String.join(", ", variables) + ")",
            false, missingCodes, baseWeightColumn, base, populationSize, base,
            new Calibration.None(), null);
    return new Kept(kept, dropped);
  }

  private int countMissing(List<String> variables) {
    int count = 0;
    List<Column<?>> columns = variables.stream().<Column<?>>map(table::column).toList();
    for (int i = 0; i < table.rowCount(); i++) {
      for (Column<?> c : columns) {
        if (Levels.at(c, i, missingCodes) == null) {
          count++;
          break;
        }
      }
    }
    return count;
  }

  /** Codes {@code variable} against the target levels; every row must have a targeted level. */
  private int[] codeAgainst(String variable, List<String> targetLevels) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int l = 0; l < targetLevels.size(); l++) {
      index.put(targetLevels.get(l), l);
    }
    Column<?> c = table.column(variable);
    int[] codes = new int[table.rowCount()];
    int[] counts = new int[targetLevels.size()];
    for (int i = 0; i < codes.length; i++) {
      String level = Levels.at(c, i, missingCodes);
      Integer code = index.get(level);
      if (code == null) {
        int respondents = 0;
        for (int j = 0; j < codes.length; j++) {
          if (level.equals(Levels.at(c, j, missingCodes))) {
            respondents++;
          }
        }
        throw new IllegalArgumentException(
            "targets for '" + variable + "' have no share for level '" + level + "', which "
                + respondents + " respondents have; targets give " + targetLevels);
      }
      codes[i] = code;
      counts[code]++;
    }
    for (int l = 0; l < counts.length; l++) {
      if (counts[l] == 0) {
        throw new IllegalArgumentException(
            "targets for '" + variable + "' give level '" + targetLevels.get(l)
                + "', which no respondent has; levels in the data are "
                + Levels.code(c, missingCodes).levels());
      }
    }
    return codes;
  }

  /** Shares checked (finite, in (0, 1], summing to 1 within 1e-6) and divided by their sum. */
  private static double[] checkedShares(String what, Map<String, Double> byLevel) {
    double[] shares = new double[byLevel.size()];
    double sum = 0;
    int l = 0;
    for (Map.Entry<String, Double> e : byLevel.entrySet()) {
      Double share = e.getValue();
      if (e.getKey() == null) {
        throw new IllegalArgumentException("targets for '" + what + "' have a null level");
      }
      if (share == null || !(share > 0 && share <= 1)) {
        throw new IllegalArgumentException(
            "target share of '" + e.getKey() + "' in '" + what + "' must be in (0, 1], was "
                + share);
      }
      shares[l++] = share;
      sum += share;
    }
    if (Math.abs(sum - 1) > TARGET_SUM_TOLERANCE) {
      throw new IllegalArgumentException(
          "targets for '" + what + "' must sum to 1, but sum to "
              + new java.math.BigDecimal(sum).round(new java.math.MathContext(10))
                  .stripTrailingZeros().toPlainString()
              + ": " + byLevel);
    }
    for (int i = 0; i < shares.length; i++) {
      shares[i] /= sum;
    }
    return shares;
  }

  private Column<?> column(String name, String argument) {
    requireArgument(name, argument);
    if (!table.columnNames().contains(name)) {
      throw new IllegalArgumentException(
          argument + " must name a column of " + source + ", was '" + name + "'; columns are "
              + table.columnNames());
    }
    return table.column(name);
  }

  private PollDataException dataError(int row, String column, String value, String rule) {
    if (fromFile) {
      return new PollDataException(source, row + 2L, column, value, rule);
    }
    return new PollDataException(source + ", " + rowName(row), 0, column, value, rule);
  }

  private String rowName(int row) {
    return fromFile ? "line " + (row + 2) : "row " + row;
  }

  private static <T> T requireArgument(T value, String argument) {
    if (value == null) {
      throw new IllegalArgumentException(argument + " must not be null");
    }
    return value;
  }

  private static double zFor(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
    return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + confidence / 2);
  }
}
