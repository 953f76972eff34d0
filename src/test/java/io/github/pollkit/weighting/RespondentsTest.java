package io.github.pollkit.weighting;

import static io.github.pollkit.testing.Reference.assertRelative;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.PollDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Behaviour and errors, on small tables whose expected values are derived by hand below. */
class RespondentsTest {

  /** Four respondents, one in each sex × age cell. */
  private static Table fourCells() {
    return Table.create(
        "four",
        StringColumn.create("sex", "M", "M", "F", "F"),
        StringColumn.create("age", "young", "old", "young", "old"),
        StringColumn.create("answer", "yes", "no", "no", "no"),
        IntColumn.create("code", 1, 2, -1, 2));
  }

  private static Map<String, Map<String, Double>> sexAge(double male, double young) {
    Map<String, Map<String, Double>> t = new LinkedHashMap<>();
    t.put("sex", ordered("M", male, "F", 1 - male));
    t.put("age", ordered("young", young, "old", 1 - young));
    return t;
  }

  @Test
  void raking_a_balanced_sample_gives_product_of_margins() {
    // The sample is the product of its margins (one respondent per cell), so IPF reaches the
    // fixed point in one sweep: w(cell) = n · P(sex) · P(age) / 1 with n = 4, i.e.
    // M,young = 4·0.6·0.3 = 0.72; M,old = 4·0.6·0.7 = 1.68; F,young = 4·0.4·0.3 = 0.48;
    // F,old = 4·0.4·0.7 = 1.12 (mean 1).
    Respondents raked = Respondents.of(fourCells()).rake(sexAge(0.6, 0.3));
    assertArrayEquals(new double[] {0.72, 1.68, 0.48, 1.12}, raked.weights(), 1e-12);
    WeightingReport report = raked.report().orElseThrow();
    assertTrue(report.converged());
    assertTrue(report.largestGap() <= 1e-8);
    assertEquals(List.of("sex", "age"), report.variables());
    assertEquals(4, report.respondents());
  }

  @Test
  void post_stratification_scales_each_cell_to_its_share() {
    // Cells: M (2 respondents, base total 2), F (2, total 2); shares .75 / .25; n = 4:
    // w(M) = 1 · 4 · 0.75 / 2 = 1.5, w(F) = 1 · 4 · 0.25 / 2 = 0.5.
    Map<List<String>, Double> cells = Map.of(List.of("M"), 0.75, List.of("F"), 0.25);
    Respondents ps = Respondents.of(fourCells()).postStratify(List.of("sex"), cells);
    assertArrayEquals(new double[] {1.5, 1.5, 0.5, 0.5}, ps.weights(), 1e-12);
    assertEquals("post-stratification", ps.report().orElseThrow().method());
  }

  @Test
  void unweighted_topline_has_binomial_standard_error() {
    // Equal weights, n = 4, one "yes": p = 1/4; z_i = (y_i − p)/n, so
    // n/(n−1)·Σz² = p(1−p)/(n−1) = 0.1875/3 = 0.0625, se = 0.25 → 25 points.
    // 95% interval 25 ± 1.959964·25 = [−24.0, 74.0], cut at 0 → [0, 74.0].
    Table t = Respondents.of(fourCells()).topline("answer");
    assertEquals(List.of("no", "yes"), t.stringColumn("option").asList());
    assertEquals(25.0, t.doubleColumn("share").get(1), 1e-12);
    assertEquals(25.0, t.doubleColumn("se").get(1), 1e-12);
    assertEquals(25.0, t.doubleColumn("se_fixed").get(1), 1e-12);
    assertEquals(0.0, t.doubleColumn("lower").get(1), 0);
    assertEquals(25 + 1.959963984540054 * 25, t.doubleColumn("upper").get(1), 1e-9);
    assertEquals(4.0, t.doubleColumn("n_eff").get(0), 1e-12);
    assertEquals(1.0, t.doubleColumn("deff").get(0), 1e-12);
    assertEquals(3, t.intColumn("n").get(0));
  }

  @Test
  void missing_codes_are_left_out_of_toplines_and_counted() {
    Table t = Respondents.of(fourCells()).withMissingCodes("-1").topline("code");
    assertEquals(List.of("1", "2"), t.stringColumn("option").asList());
    // 1 of the 3 answers is "1": 33.33 points.
    assertEquals(100.0 / 3, t.doubleColumn("share").get(0), 1e-12);
    assertTrue(t.name().contains("3 answered, 1 missing left out"), t.name());
  }

  @Test
  void numeric_levels_print_without_decimals_so_targets_can_name_them() {
    Table table =
        Table.create("t", DoubleColumn.create("g", 1.0, 2.0, 2.0), IntColumn.create("h", 7, 7, 8));
    Map<String, Map<String, Double>> targets = new LinkedHashMap<>();
    targets.put("g", ordered("1", 0.5, "2", 0.5));
    double[] w = Respondents.of(table).rake(targets).weights();
    assertArrayEquals(new double[] {1.5, 0.75, 0.75}, w, 1e-12);
  }

  @Test
  void capped_raking_respects_the_cap_and_still_meets_the_margins() {
    Table skewed = skewedSample();
    Map<String, Map<String, Double>> targets = new LinkedHashMap<>();
    targets.put("sex", ordered("F", 0.5, "M", 0.5));
    targets.put("age", ordered("young", 0.4, "old", 0.6));
    Respondents uncapped = Respondents.of(skewed).rake(targets);
    double uncappedMax = max(uncapped.weights());
    assertTrue(uncappedMax > 3, "the test needs weights above the cap, max was " + uncappedMax);
    WeightingOptions options = WeightingOptions.defaults().withMaxWeight(3).withMaxIterations(1000);
    Respondents capped = Respondents.of(skewed).rake(targets, options);
    assertTrue(max(capped.weights()) <= 3 * (1 + 1e-9), "max " + max(capped.weights()));
    assertTrue(capped.report().orElseThrow().cappedWeights() > 0);
    Map<String, Map<String, Double>> achieved = capped.margins("sex", "age");
    assertEquals(0.5, achieved.get("sex").get("F"), 1e-8);
    assertEquals(0.4, achieved.get("age").get("young"), 1e-8);
  }

  @Test
  void an_infeasible_cap_reports_the_sweeps_and_the_worst_gap() {
    // One woman among ten: a 50% target needs her weight at 9× the men's; a cap of 2 cannot.
    Table t =
        Table.create(
            "t", StringColumn.create("sex", "F", "M", "M", "M", "M", "M", "M", "M", "M", "M"));
    Map<String, Map<String, Double>> targets = Map.of("sex", Map.of("F", 0.5, "M", 0.5));
    WeightingOptions options = WeightingOptions.defaults().withMaxWeight(2).withMaxIterations(50);
    RakingDidNotConvergeException e =
        assertThrows(
            RakingDidNotConvergeException.class, () -> Respondents.of(t).rake(targets, options));
    assertEquals(50, e.report().iterations());
    assertFalse(e.report().converged());
    assertTrue(e.report().largestGap() > 0.1, e.getMessage());
    assertTrue(e.getMessage().contains("after 50 sweeps"), e.getMessage());
  }

  @Test
  void a_target_level_absent_from_the_data_is_named() {
    Map<String, Map<String, Double>> targets = Map.of("sex", ordered("M", 0.4, "F", 0.5, "X", 0.1));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Respondents.of(fourCells()).rake(targets));
    assertTrue(e.getMessage().contains("level 'X', which no respondent has"), e.getMessage());
  }

  @Test
  void a_data_level_without_target_is_named_with_its_count() {
    Map<String, Map<String, Double>> targets = Map.of("sex", Map.of("M", 1.0));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Respondents.of(fourCells()).rake(targets));
    assertTrue(
        e.getMessage().contains("no share for level 'F', which 2 respondents have"),
        e.getMessage());
  }

  @Test
  void targets_that_do_not_sum_to_one_are_rejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Respondents.of(fourCells())
                    .rake(
                        sexAge(0.6, 0.3).entrySet().stream()
                            .collect(
                                java.util.stream.Collectors.toMap(
                                    Map.Entry::getKey,
                                    x ->
                                        x.getKey().equals("age")
                                            ? Map.of("young", 0.3, "old", 0.6)
                                            : x.getValue()))));
    assertTrue(e.getMessage().contains("'age' must sum to 1, but sum to 0.9"), e.getMessage());
  }

  @Test
  void a_share_outside_zero_one_is_rejected_with_the_range() {
    Map<String, Map<String, Double>> targets = Map.of("sex", Map.of("M", 1.2, "F", -0.2));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Respondents.of(fourCells()).rake(targets));
    assertTrue(e.getMessage().contains("must be in (0, 1], was"), e.getMessage());
  }

  @Test
  void an_unknown_column_is_named_with_the_columns_there_are() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Respondents.of(fourCells()).topline("gender"));
    assertTrue(e.getMessage().contains("was 'gender'; columns are [sex, age"), e.getMessage());
  }

  @Test
  void missing_values_in_a_raking_variable_are_rejected_with_line_and_column(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("people.csv");
    Files.writeString(csv, "sex,age\nM,young\nF,-1\nF,old\nM,\n");
    Respondents r = Respondents.read(csv).withMissingCodes("-1");
    PollDataException e = assertThrows(PollDataException.class, () -> r.rake(sexAge(0.5, 0.5)));
    assertEquals("people.csv", e.file());
    assertEquals(3, e.line());
    assertEquals("age", e.column());
    assertEquals("-1", e.value());
    assertTrue(e.getMessage().contains("2 respondents miss a weighting variable"), e.getMessage());
  }

  @Test
  void dropping_missing_values_counts_them_and_weights_the_rest(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("people.csv");
    Files.writeString(csv, "sex,age\nM,young\nF,-1\nF,old\nM,\n");
    Respondents raked =
        Respondents.read(csv)
            .withMissingCodes("-1")
            .rake(sexAge(0.5, 0.5), WeightingOptions.defaults().droppingMissing());
    assertEquals(2, raked.report().orElseThrow().droppedMissing());
    assertEquals(2, raked.size());
    assertEquals(List.of("young", "old"), raked.table().stringColumn("age").asList());
    assertArrayEquals(new double[] {1, 1}, raked.weights(), 1e-12);
  }

  @Test
  void an_empty_post_stratification_cell_is_named() {
    Map<List<String>, Double> cells =
        Map.of(List.of("M"), 0.5, List.of("F"), 0.4, List.of("X"), 0.1);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Respondents.of(fourCells()).postStratify(List.of("sex"), cells));
    assertTrue(e.getMessage().contains("cell [X] of [sex]"), e.getMessage());
    assertTrue(e.getMessage().contains("no respondent is in it"), e.getMessage());
  }

  @Test
  void a_post_stratification_cell_without_share_is_named() {
    Map<List<String>, Double> cells = Map.of(List.of("M", "young"), 1.0);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Respondents.of(fourCells()).postStratify(List.of("sex", "age"), cells));
    assertTrue(e.getMessage().contains("no share for cell [M, old]"), e.getMessage());
  }

  @Test
  void bad_arguments_name_the_argument_and_the_range() {
    Respondents r = Respondents.of(fourCells());
    assertEquals(
        "confidence must be in (0, 1), was 1.5",
        assertThrows(IllegalArgumentException.class, () -> r.topline("answer", 1.5)).getMessage());
    assertEquals(
        "tolerance must be in (0, 1), was 0.0",
        assertThrows(
                IllegalArgumentException.class, () -> WeightingOptions.defaults().withTolerance(0))
            .getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> r.withPopulationSize(3))
            .getMessage()
            .startsWith("size must be a finite number of at least the 4 respondents, was 3"));
  }

  @Test
  void null_arguments_are_null_pointer_exceptions_that_name_the_argument() {
    Respondents r = Respondents.of(fourCells());
    assertEquals(
        "table", assertThrows(NullPointerException.class, () -> Respondents.of(null)).getMessage());
    assertEquals(
        "targets", assertThrows(NullPointerException.class, () -> r.rake(null)).getMessage());
    assertEquals(
        "cellShares",
        assertThrows(NullPointerException.class, () -> r.postStratify(List.of("sex"), null))
            .getMessage());
    assertEquals(
        "column", assertThrows(NullPointerException.class, () -> r.topline(null)).getMessage());
  }

  @Test
  void to_string_names_the_source_the_settings_and_the_weighting() {
    assertEquals(
        "Respondents[4 from table 'four', missing codes [-1], not weighted]",
        Respondents.of(fourCells()).withMissingCodes("-1").toString());
    Table t = fourCells();
    t.addColumns(DoubleColumn.create("w", 1, 1, 1, 1));
    String raked = Respondents.of(t).withBaseWeights("w").rake(sexAge(0.6, 0.3)).toString();
    assertTrue(
        raked.startsWith(
            "Respondents[4 from table 'four', base weights 'w', raking to sex, age: 4 respondents"
                + " (0 left out for missing values), converged after "),
        raked);
  }

  @Test
  void a_non_positive_base_weight_is_rejected_with_its_row() {
    Table t = fourCells();
    t.addColumns(DoubleColumn.create("w", 1, 0, 1, 1));
    PollDataException e =
        assertThrows(PollDataException.class, () -> Respondents.of(t).withBaseWeights("w"));
    assertEquals("w", e.column());
    assertTrue(e.getMessage().contains("row 1"), e.getMessage());
  }

  @Test
  void weighting_returns_new_respondents_and_copies() {
    Respondents r = Respondents.of(fourCells());
    Respondents raked = r.rake(sexAge(0.6, 0.3));
    assertArrayEquals(new double[] {1, 1, 1, 1}, r.weights(), 0);
    assertTrue(r.report().isEmpty());
    double[] w = raked.weights();
    w[0] = 99;
    assertEquals(0.72, raked.weights()[0], 1e-12);
  }

  @Test
  void crosstab_percentages_by_hand() {
    // Weights 0.72, 1.68, 0.48, 1.12 (see the balanced-sample test); answer × sex:
    // yes/M = 0.72, no/M = 1.68, no/F = 0.48 + 1.12 = 1.6, yes/F = 0. Column M total 2.4:
    // col_pct yes/M = 30; row no total 3.28: row_pct no/M = 1.68/3.28 = 51.2195...;
    // cell_pct no/F = 1.6/4 = 40. n_eff of M = 2.4²/(0.72² + 1.68²) = 5.76/3.3408.
    Table t = Respondents.of(fourCells()).rake(sexAge(0.6, 0.3)).crosstab("answer", "sex");
    assertEquals(4, t.rowCount());
    Table yesM =
        t.where(
            t.stringColumn("answer").isEqualTo("yes").and(t.stringColumn("group").isEqualTo("M")));
    assertEquals(30.0, yesM.doubleColumn("col_pct").get(0), 1e-10);
    double nEff = 5.76 / 3.3408;
    assertEquals(nEff, yesM.doubleColumn("n_eff").get(0), 1e-12);
    assertEquals(
        1.959963984540054 * 100 * Math.sqrt(0.3 * 0.7 / nEff),
        yesM.doubleColumn("moe").get(0),
        1e-9);
    Table noM =
        t.where(
            t.stringColumn("answer").isEqualTo("no").and(t.stringColumn("group").isEqualTo("M")));
    assertEquals(100 * 1.68 / 3.28, noM.doubleColumn("row_pct").get(0), 1e-10);
    Table noF =
        t.where(
            t.stringColumn("answer").isEqualTo("no").and(t.stringColumn("group").isEqualTo("F")));
    assertEquals(40.0, noF.doubleColumn("cell_pct").get(0), 1e-10);
    Table yesF =
        t.where(
            t.stringColumn("answer").isEqualTo("yes").and(t.stringColumn("group").isEqualTo("F")));
    assertEquals(0, yesF.intColumn("n").get(0));
  }

  @Test
  void raking_standard_errors_do_not_depend_on_the_order_of_the_margins() {
    // The projection on the margins is run to convergence, so it is the projection on the span
    // of all margin indicators, whatever order the margins are visited in.
    Respondents sample = Respondents.read(SyntheticSample.FILE).withBaseWeights("w0");
    Map<String, Map<String, Double>> forward = SyntheticSample.targets();
    Map<String, Map<String, Double>> backward = new LinkedHashMap<>();
    List.of("region", "age", "sex").forEach(v -> backward.put(v, forward.get(v)));
    WeightingOptions tight =
        WeightingOptions.defaults().withTolerance(1e-13).withMaxIterations(1000);
    Table a = sample.rake(forward, tight).topline("q1");
    Table b = sample.rake(backward, tight).topline("q1");
    for (int j = 0; j < a.rowCount(); j++) {
      assertRelative(
          a.doubleColumn("se").get(j),
          b.doubleColumn("se").get(j),
          1e-10,
          "se of " + a.stringColumn("option").get(j));
    }
  }

  /**
   * 200 respondents: 40 women (4 young), 160 men (54 young). Targets F .5, young .4 push the young
   * women above 3; with a cap of 3 a solution exists: 4 young women at 3 (12), 36 old women share
   * 88 (2.44 each), 54 young men share 68, 106 old men share 32.
   */
  private static Table skewedSample() {
    StringColumn sex = StringColumn.create("sex");
    StringColumn age = StringColumn.create("age");
    for (int i = 0; i < 200; i++) {
      boolean woman = i < 40;
      sex.append(woman ? "F" : "M");
      age.append(woman ? (i < 4 ? "young" : "old") : (i % 3 == 0 ? "young" : "old"));
    }
    return Table.create("skewed", sex, age);
  }

  private static double max(double[] w) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : w) {
      m = Math.max(m, v);
    }
    return m;
  }

  private static Map<String, Double> ordered(Object... levelSharePairs) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < levelSharePairs.length; i += 2) {
      map.put((String) levelSharePairs[i], (Double) levelSharePairs[i + 1]);
    }
    return map;
  }
}
