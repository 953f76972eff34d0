package io.github.pollkit.weighting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pollkit.testing.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** Runs examples/NonVotersExample (default package, so through reflection) on the bundled data. */
class NonVotersExampleTest {

  @Test
  void example_writes_crosstab_and_topline_that_agree_with_r(@TempDir Path out) throws Exception {
    Class.forName("NonVotersExample")
        .getMethod("main", String[].class)
        .invoke(null, (Object) new String[] {out.toString()});

    Path crosstabFile = out.resolve("nonvoters_voter_category_by_race.csv");
    Table crosstab = Table.read().csv(crosstabFile.toFile());
    assertEquals(3 * 4, crosstab.rowCount(), "3 voter categories × 4 races");
    assertEquals(
        List.of(
            "answer",
            "group",
            "n",
            "weighted_count",
            "row_pct",
            "col_pct",
            "cell_pct",
            "n_eff",
            "moe"),
        crosstab.columnNames());
    assertEquals(5836, crosstab.intColumn("n").sum(), 0);

    Table topline = Table.read().csv(out.resolve("nonvoters_voter_category_topline.csv").toFile());
    Table expected = Reference.table("weighting/nonvoters_toplines.csv");
    for (Row e : Reference.rows(expected, "question", "voter_category")) {
      Table row = topline.where(topline.stringColumn("option").isEqualTo(e.getString("option")));
      // The example rakes with the default tolerance (1e-8), R with epsilon 1e-14.
      Reference.assertRelative(
          100 * Reference.number(e, "share"),
          row.doubleColumn("share").get(0),
          1e-6,
          e.getString("option"));
    }
    assertEquals(true, Files.size(crosstabFile) > 0);
  }
}
