package io.github.pollkit.chart;

import static io.github.pollkit.testing.HouseRules.assertBadArgument;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;

/**
 * Topline bar charts. Data: rows kiis-2018-06, socis-2018-12 and rating-iri-2019-06 of {@code
 * data/ukraine-nato/ukraine-nato-membership.csv} (support, oppose, undecided, would_not_vote,
 * sample_size), read from the file. Margins of error are the Wald 95% half-widths 1.959964 * sqrt(p
 * (100 - p) / n); the expected ones come from statsmodels' proportion_confint(method= "normal"),
 * see {@code src/test/resources/reference/chart/}.
 */
class ToplineChartTest {

  static final String[] OPTIONS = {"support", "oppose", "undecided", "would not vote"};
  static final double[] IRI_2019_06 = UkraineNatoDemo.toplineShares("rating-iri-2019-06");
  static final double[] KIIS_2018_06 = UkraineNatoDemo.toplineShares("kiis-2018-06");
  static final double[] SOCIS_2018_12 = UkraineNatoDemo.toplineShares("socis-2018-12");

  @TempDir Path dir;

  /** The Wald 95% margins of a poll's topline shares, from its sample size in the data file. */
  static double[] margins(String pollId) {
    return margins(UkraineNatoDemo.toplineShares(pollId), UkraineNatoDemo.sampleSize(pollId));
  }

  static double[] margins(double[] shares, int n) {
    double[] m = new double[shares.length];
    for (int i = 0; i < m.length; i++) {
      m[i] = UkraineNatoDemo.waldMargin(shares[i], n);
    }
    return m;
  }

  static ToplineChart singlePoll() {
    return ToplineChart.create()
        .title("If a referendum on joining NATO were held, how would you vote?")
        .yLabel("Share of respondents (%)")
        .options(OPTIONS)
        .group("June 2019", IRI_2019_06, margins("rating-iri-2019-06"))
        .caption(
            "Rating Group for IRI, 13–23 June 2019, all respondents, n = 2,400. Error bars: 95%"
                + " margins of error under simple random sampling.");
  }

  static ToplineChart threePolls() {
    return ToplineChart.create()
        .title("If a referendum on joining NATO were held, how would you vote?")
        .yLabel("Share of respondents (%)")
        .options(OPTIONS)
        .group("KIIS, June 2018", KIIS_2018_06, margins("kiis-2018-06"))
        .group("SOCIS, Dec 2018", SOCIS_2018_12, margins("socis-2018-12"))
        .group("Rating/IRI, June 2019", IRI_2019_06, margins("rating-iri-2019-06"))
        .caption("All respondents. Error bars: 95% margins of error under simple random sampling.");
  }

  @Test
  void bars_are_the_options_with_their_shares_and_margins() {
    CategoryChart chart = singlePoll().toXChart();
    assertEquals(List.of("June 2019"), List.copyOf(chart.getSeriesMap().keySet()));
    CategorySeries bars = chart.getSeriesMap().get("June 2019");
    assertEquals(CategorySeriesRenderStyle.Bar, bars.getChartCategorySeriesRenderStyle());
    assertEquals(List.of(OPTIONS), new ArrayList<>(bars.getXData()));
    assertEquals(List.of(53.0, 29.0, 14.0, 4.0), new ArrayList<>(bars.getYData()));
    List<? extends Number> errors = new ArrayList<>(bars.getExtraValues());
    // reference.txt: count=1272 nobs=2400 -> 1.996776; count=96 nobs=2400 -> 0.783986
    assertEquals(1.996776, errors.get(0).doubleValue(), 1e-6);
    assertEquals(0.783986, errors.get(3).doubleValue(), 1e-6);
  }

  @Test
  void one_group_has_no_legend_and_several_groups_have_one_colour_each() {
    assertFalse(singlePoll().toXChart().getStyler().isLegendVisible());
    CategoryChart chart = threePolls().toXChart();
    assertTrue(chart.getStyler().isLegendVisible());
    List<Color> colours =
        chart.getSeriesMap().values().stream().map(CategorySeries::getFillColor).toList();
    assertEquals(3, colours.stream().distinct().count());
    assertEquals(
        List.of("KIIS, June 2018", "SOCIS, Dec 2018", "Rating/IRI, June 2019"),
        List.copyOf(chart.getSeriesMap().keySet()));
  }

  @Test
  void value_axis_starts_at_zero_and_covers_every_error_bar() {
    CategoryChart chart = singlePoll().toXChart();
    // highest error bar 53 + 1.997 = 54.997 -> 60
    assertEquals(0, chart.getStyler().getYAxisMin());
    assertEquals(60, chart.getStyler().getYAxisMax());
  }

  @Test
  void title_labels_and_caption_are_set() {
    ToplineCategoryChart chart = (ToplineCategoryChart) singlePoll().xLabel("Answer").toXChart();
    assertEquals(
        "If a referendum on joining NATO were held, how would you vote?", chart.getTitle());
    assertEquals("Share of respondents (%)", chart.getYAxisTitle());
    assertEquals("Answer", chart.getXAxisTitle());
    assertTrue(chart.caption().startsWith("Rating Group for IRI"));
  }

  @Test
  void saves_png_svg_and_pdf() throws Exception {
    Path png = threePolls().size(700, 450).savePng(dir.resolve("t.png"));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(700, image.getWidth());
    assertEquals(450, image.getHeight());
    String svg = Files.readString(singlePoll().saveSvg(dir.resolve("t.svg")));
    assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"));
    byte[] pdf = Files.readAllBytes(singlePoll().savePdf(dir.resolve("t.pdf")));
    assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
  }

  @Test
  void renders_demo_charts_for_a_person_to_look_at() throws Exception {
    Path out = Path.of("target", "chart-demo");
    singlePoll().savePng(out.resolve("topline-single.png"));
    threePolls().size(900, 500).savePng(out.resolve("topline-groups.png"));
    assertTrue(Files.size(out.resolve("topline-groups.png")) > 0);
  }

  @Test
  void bad_arguments_are_rejected_with_their_name() {
    assertBadArgument(
        "options must be given before group 'g'",
        () -> ToplineChart.create().group("g", new double[] {1}, new double[] {1}));
    assertBadArgument(
        "options[1] repeats 'yes': each option is one bar",
        () -> ToplineChart.create().options("yes", "yes"));
    assertBadArgument(
        "options must name at least one option", () -> ToplineChart.create().options());
    assertBadArgument(
        "shares must have as many values as options: options has 2, shares has 1",
        () ->
            ToplineChart.create()
                .options("yes", "no")
                .group("g", new double[] {1}, new double[] {1, 1}));
    assertBadArgument(
        "marginsOfError[1] must be >= 0, was -1.0",
        () ->
            ToplineChart.create()
                .options("yes", "no")
                .group("g", new double[] {1, 2}, new double[] {1, -1}));
    assertBadArgument(
        "shares[0] must be a finite number, was NaN",
        () ->
            ToplineChart.create()
                .options("yes")
                .group("g", new double[] {Double.NaN}, new double[] {1}));
    assertBadArgument(
        "the chart has no data: give options and at least one group before building it",
        () -> ToplineChart.create().options("yes").savePng(dir.resolve("x.png")));
    assertBadArgument(
        "yRange [10.0, 100.0] must include 0, where the bars start",
        () -> singlePoll().yRange(10, 100).toXChart());
    assertBadArgument(
        "yRange [0.0, 50.0] must cover every error bar, but group 'June 2019' goes up to "
            + (53 + UkraineNatoDemo.waldMargin(53, 2400)),
        () -> singlePoll().yRange(0, 50).toXChart());
  }

  @Test
  void group_values_are_copied() {
    double[] shares = {53, 29};
    ToplineChart chart =
        ToplineChart.create().options("yes", "no").group("g", shares, new double[] {2, 2});
    shares[0] = 99;
    assertArrayEquals(
        new double[] {53, 29},
        chart.toXChart().getSeriesMap().get("g").getYData().stream()
            .mapToDouble(Number::doubleValue)
            .toArray());
  }
}
