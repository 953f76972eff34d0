import io.github.pollkit.chart.ToplineChart;
import io.github.pollkit.weighting.Respondents;
import io.github.pollkit.weighting.WeightingReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Weighting the FiveThirtyEight / Ipsos non-voters survey (data/non-voters, CC BY 4.0; "Data:
 * FiveThirtyEight; survey by Ipsos").
 *
 * <ol>
 *   <li>Compares the unweighted shares of {@code voter_category} with those under Ipsos's {@code
 *       weight}.
 *   <li>Rakes the unweighted sample to the gender, race, education and age-group margins that
 *       Ipsos's weights imply (age groups cut from {@code ppage}: 18-29, 30-44, 45-64, 65+, i.e.
 *       [18, 30), [30, 45), [45, 65), [65, ∞); the youngest respondent is 22), and reports how
 *       close the raked toplines come to Ipsos's.
 *   <li>Writes the crosstab voter_category × race and the raked topline (option, share, lower,
 *       upper, ...) as CSV files under the output directory, and a bar chart of the three toplines
 *       with 95% margins of error.
 * </ol>
 *
 * <p>Run from the repository root: {@code java NonVotersExample [output-directory]} (default {@code
 * charts}); with Maven: {@code mvn test-compile exec:java -Dexec.mainClass=NonVotersExample
 * -Dexec.classpathScope=test}.
 */
public class NonVotersExample {

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "charts");
    Table data = Respondents.read(Path.of("data/non-voters/nonvoters_data.csv")).table();
    data.addColumns(ageGroups(data.stringColumn("ppage")));
    Respondents sample = Respondents.of(data.setName("non-voters")).withMissingCodes("-1");
    Respondents ipsos = sample.withBaseWeights("weight");

    Map<String, Map<String, Double>> margins = ipsos.margins("gender", "race", "educ", "age_group");
    Respondents raked = sample.rake(margins);
    WeightingReport report = raked.report().orElseThrow();

    Table unweighted = sample.topline("voter_category");
    Table byIpsos = ipsos.topline("voter_category");
    Table byRaking = raked.topline("voter_category");

    System.out.println(
        "Non-voters survey (FiveThirtyEight / Ipsos), " + sample.size() + " respondents");
    System.out.println(report);
    System.out.printf(
        Locale.ROOT,
        "%-14s %11s %11s %11s %9s %9s%n",
        "voter_category",
        "unweighted",
        "Ipsos",
        "raked",
        "raked-Ip",
        "95% moe");
    double worst = 0;
    for (int i = 0; i < byRaking.rowCount(); i++) {
      double u = unweighted.doubleColumn("share").get(i);
      double ip = byIpsos.doubleColumn("share").get(i);
      double r = byRaking.doubleColumn("share").get(i);
      double moe = byRaking.doubleColumn("upper").get(i) - r;
      worst = Math.max(worst, Math.abs(r - ip));
      System.out.printf(
          Locale.ROOT,
          "%-14s %10.2f%% %10.2f%% %10.2f%% %+9.2f %9.2f%n",
          byRaking.stringColumn("option").get(i),
          u,
          ip,
          r,
          r - ip,
          moe);
    }
    System.out.printf(
        Locale.ROOT,
        "Raking on 4 margins comes within %.2f points of Ipsos's weighted shares.%n",
        worst);
    System.out.printf(
        Locale.ROOT,
        "Design effect (Kish): Ipsos %.3f, raked %.3f; effective sample size raked %.0f%n",
        byIpsos.doubleColumn("deff").get(0),
        byRaking.doubleColumn("deff").get(0),
        byRaking.doubleColumn("n_eff").get(0));
    System.out.printf(
        Locale.ROOT,
        "Standard error of 'always' (points): raked %.3f, same weights taken as fixed %.3f%n",
        byRaking.doubleColumn("se").get(0),
        byRaking.doubleColumn("se_fixed").get(0));

    Files.createDirectories(out);
    Path crosstab = out.resolve("nonvoters_voter_category_by_race.csv");
    raked.crosstab("voter_category", "race").write().csv(crosstab.toFile());
    Path topline = out.resolve("nonvoters_voter_category_topline.csv");
    byRaking.write().csv(topline.toFile());
    Path chart = out.resolve("nonvoters-voter-category.png");
    ToplineChart.create()
        .title("How often do Americans vote? Unweighted, Ipsos-weighted and raked shares")
        .yLabel("Share of respondents (%)")
        .options(byRaking.stringColumn("option").asObjectArray())
        .group("unweighted", shares(unweighted), margins(unweighted))
        .group("Ipsos weights", shares(byIpsos), margins(byIpsos))
        .group("raked by pollkit", shares(byRaking), margins(byRaking))
        .caption(
            "Bars: 95% margin of error (raked SE for the raked shares). Data: FiveThirtyEight;"
                + " survey by Ipsos (KnowledgePanel, n = "
                + sample.size()
                + "), CC BY 4.0.")
        .savePng(chart);
    System.out.println("Wrote " + crosstab + ", " + topline + " and " + chart);
  }

  private static double[] shares(Table topline) {
    return topline.doubleColumn("share").asDoubleArray();
  }

  /** Half-width of each option's 95% interval (the interval is symmetric unless clipped at 0). */
  private static double[] margins(Table topline) {
    double[] m = new double[topline.rowCount()];
    for (int i = 0; i < m.length; i++) {
      m[i] = 1.959963984540054 * topline.doubleColumn("se").get(i);
    }
    return m;
  }

  /** ppage (whole years, as text) cut into 18-29, 30-44, 45-64, 65+. */
  static StringColumn ageGroups(StringColumn ages) {
    StringColumn groups = StringColumn.create("age_group");
    for (String age : ages) {
      int a = Integer.parseInt(age);
      groups.append(a < 30 ? "18-29" : a < 45 ? "30-44" : a < 65 ? "45-64" : "65+");
    }
    return groups;
  }
}
