package io.github.pollkit.weighting;

import static io.github.pollkit.testing.Reference.assertRelative;
import static io.github.pollkit.testing.Reference.number;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pollkit.testing.Reference;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Weights, shares and both standard errors against R survey 4.1.1 (rake / postStratify / svymean /
 * calibrate), reference values in src/test/resources/reference/weighting/ made by reference.R
 * there. Agreement required: 1e-8 relative.
 */
class RespondentsReferenceTest {
  private static final double RELATIVE = 1e-8;
  private static final WeightingOptions TIGHT =
      WeightingOptions.defaults().withTolerance(1e-13).withMaxIterations(1000);

  private static final Table SYNTHETIC_WEIGHTS = Reference.table("weighting/synthetic_weights.csv");
  private static final Table SYNTHETIC_TOPLINES =
      Reference.table("weighting/synthetic_toplines.csv");

  private static Respondents synthetic() {
    return Respondents.read(SyntheticSample.FILE).withMissingCodes("-1");
  }

  private static Respondents scenario(String scenario) {
    Respondents base = synthetic();
    if (!scenario.equals("B")) {
      base = base.withBaseWeights("w0");
    }
    if (scenario.equals("C")) {
      base = base.withPopulationSize(50_000);
    }
    if (scenario.equals("D")) {
      return base.postStratify(List.of("sex", "age"), SyntheticSample.cells());
    }
    return base.rake(SyntheticSample.targets(), TIGHT);
  }

  private static void assertWeights(String scenario) {
    double[] w = scenario(scenario).weights();
    assertEquals(SYNTHETIC_WEIGHTS.rowCount(), w.length);
    for (int i = 0; i < w.length; i++) {
      assertRelative(
          number(SYNTHETIC_WEIGHTS.row(i), scenario),
          w[i],
          RELATIVE,
          "scenario " + scenario + " weight of respondent " + (i + 1));
    }
  }

  private static void assertToplines(String scenario, boolean calibrateSeToo) {
    Respondents r = scenario(scenario);
    for (String q : List.of("q1", "q2")) {
      Table topline = r.topline(q);
      List<Row> expected = Reference.rows(SYNTHETIC_TOPLINES, "scenario", scenario, "question", q);
      assertEquals(expected.size(), topline.rowCount(), scenario + " " + q + " options");
      for (Row e : expected) {
        String option = e.getString("option");
        Table row = topline.where(topline.stringColumn("option").isEqualTo(option));
        assertEquals(1, row.rowCount(), scenario + " " + q + " option " + option);
        String what = scenario + " " + q + "=" + option;
        assertRelative(
            100 * number(e, "share"), row.doubleColumn("share").get(0), RELATIVE, what + " share");
        assertRelative(
            100 * number(e, "se_rake"), row.doubleColumn("se").get(0), RELATIVE, what + " se");
        assertRelative(
            100 * number(e, "se_fixed"),
            row.doubleColumn("se_fixed").get(0),
            RELATIVE,
            what + " se_fixed");
        assertRelative(
            number(e, "n_eff"), row.doubleColumn("n_eff").get(0), RELATIVE, what + " n_eff");
        assertRelative(
            number(e, "deff"), row.doubleColumn("deff").get(0), RELATIVE, what + " deff");
        if (calibrateSeToo) {
          assertRelative(
              100 * number(e, "se_calibrate"),
              row.doubleColumn("se").get(0),
              RELATIVE,
              what + " se vs calibrate()");
        }
      }
    }
  }

  @Test
  void raking_weights_match_r_rake_with_unequal_base_weights() {
    assertWeights("A");
  }

  @Test
  void raking_weights_match_r_rake_with_equal_base_weights() {
    assertWeights("B");
  }

  @Test
  void post_stratified_weights_match_r_post_stratify() {
    assertWeights("D");
  }

  @Test
  void toplines_match_r_svymean_on_raked_design_with_unequal_base_weights() {
    assertToplines("A", false);
  }

  @Test
  void toplines_match_r_svymean_and_calibrate_with_equal_base_weights() {
    assertToplines("B", true);
  }

  @Test
  void toplines_match_r_svymean_with_finite_population_correction() {
    assertToplines("C", false);
  }

  @Test
  void toplines_match_r_svymean_on_post_stratified_design() {
    assertToplines("D", false);
  }

  @Test
  void crosstab_matches_r_svytable_and_kish_margins() {
    Table expected = Reference.table("weighting/synthetic_crosstab.csv");
    Table actual = scenario("A").crosstab("q1", "age");
    assertEquals(expected.rowCount(), actual.rowCount());
    for (Row e : expected) {
      Table row =
          actual.where(
              actual
                  .stringColumn("answer")
                  .isEqualTo(e.getString("answer"))
                  .and(actual.stringColumn("group").isEqualTo(e.getString("group"))));
      assertEquals(1, row.rowCount());
      String what = e.getString("answer") + " × " + e.getString("group");
      for (String c : List.of("weighted_count", "row_pct", "col_pct", "cell_pct", "n_eff", "moe")) {
        assertRelative(number(e, c), row.doubleColumn(c).get(0), RELATIVE, what + " " + c);
      }
    }
  }

  // --- the real survey ------------------------------------------------------------------------

  /** data/non-voters with an age_group column cut from ppage as in reference.R. */
  static Respondents nonVoters() {
    Table t = Respondents.read(Path.of("data/non-voters/nonvoters_data.csv")).table();
    StringColumn ageGroup = StringColumn.create("age_group");
    for (String age : t.stringColumn("ppage")) {
      int a = Integer.parseInt(age);
      ageGroup.append(a < 30 ? "18-29" : a < 45 ? "30-44" : a < 65 ? "45-64" : "65+");
    }
    t.addColumns(ageGroup);
    return Respondents.of(t).withMissingCodes("-1");
  }

  private static final List<String> RAKED = List.of("gender", "race", "educ", "age_group");

  @Test
  void non_voters_margins_from_ipsos_weights_match_r() {
    Map<String, Map<String, Double>> margins =
        nonVoters().withBaseWeights("weight").margins(RAKED.toArray(String[]::new));
    Table expected = Reference.table("weighting/nonvoters_targets.csv");
    assertEquals(expected.rowCount(), margins.values().stream().mapToInt(Map::size).sum());
    for (Row e : expected) {
      assertRelative(
          number(e, "share"),
          margins.get(e.getString("variable")).get(e.getString("level")),
          1e-12,
          e.getString("variable") + "=" + e.getString("level"));
    }
  }

  @Test
  void non_voters_raked_weights_and_toplines_match_r() {
    Respondents sample = nonVoters();
    Map<String, Map<String, Double>> margins =
        sample.withBaseWeights("weight").margins(RAKED.toArray(String[]::new));
    Respondents raked = sample.rake(margins, TIGHT);
    Table expectedWeights = Reference.table("weighting/nonvoters_weights.csv");
    double[] w = raked.weights();
    StringColumn ids = raked.table().stringColumn("RespId");
    for (int i = 0; i < w.length; i++) {
      assertEquals(expectedWeights.row(i).getString("RespId"), ids.get(i));
      assertRelative(
          number(expectedWeights.row(i), "weight"),
          w[i],
          RELATIVE,
          "weight of RespId " + ids.get(i));
    }
    Table expected = Reference.table("weighting/nonvoters_toplines.csv");
    for (String q : List.of("voter_category", "Q21", "Q30")) {
      Table topline = raked.topline(q);
      List<Row> rows = Reference.rows(expected, "question", q);
      assertEquals(rows.size(), topline.rowCount(), q);
      for (Row e : rows) {
        Table row = topline.where(topline.stringColumn("option").isEqualTo(e.getString("option")));
        String what = q + "=" + e.getString("option");
        assertRelative(
            100 * number(e, "share"), row.doubleColumn("share").get(0), RELATIVE, what + " share");
        assertRelative(
            100 * number(e, "se_rake"), row.doubleColumn("se").get(0), RELATIVE, what + " se");
        assertRelative(
            100 * number(e, "se_calibrate"),
            row.doubleColumn("se").get(0),
            RELATIVE,
            what + " se vs calibrate()");
        assertRelative(
            100 * number(e, "se_fixed"),
            row.doubleColumn("se_fixed").get(0),
            RELATIVE,
            what + " se_fixed");
        assertRelative(
            number(e, "n_eff"), row.doubleColumn("n_eff").get(0), RELATIVE, what + " n_eff");
        assertRelative(
            number(e, "deff"), row.doubleColumn("deff").get(0), RELATIVE, what + " deff");
      }
    }
  }
}
