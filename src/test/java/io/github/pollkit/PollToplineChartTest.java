package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.chart.HorizontalToplineChart;
import io.github.pollkit.chart.ToplineChart;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** The topline of one poll: bars, margin-of-error whiskers, caption; vertical and horizontal. */
class PollToplineChartTest {

  /**
   * Rating Group for IRI, June 2019 (row rating-iri-2019-06 of the Ukraine file): 53 / 29 / 14 / 4,
   * n = 2,400. Margins by hand: 1.959964 (R qnorm(0.975)) × √(p(1 − p)/2400) × 100 = 1.9968,
   * 1.8154, 1.3882, 0.7840 (the first is also the published example in Proportions' Javadoc).
   */
  private static final double[] SHARES = {53, 29, 14, 4};

  private static final double[] MARGINS = {1.9968, 1.8154, 1.3882, 0.7840};

  private static ToplineChart june2019() {
    return Polls.read(PollsTest.UKRAINE).toplineChart("rating-iri-2019-06");
  }

  @Test
  void bars_and_whiskers_are_the_polls_shares_and_margins() {
    CategoryChart chart = june2019().toXChart();
    assertEquals(1, chart.getSeriesMap().size());
    CategorySeries bars = chart.getSeriesMap().get("Rating Group, June 2019");
    assertEquals(
        List.of("support", "oppose", "undecided", "would_not_vote"),
        new ArrayList<>(bars.getXData()));
    assertArrayEquals(SHARES, bars.getYData().stream().mapToDouble(Number::doubleValue).toArray());
    assertArrayEquals(
        MARGINS,
        bars.getExtraValues().stream().mapToDouble(Number::doubleValue).toArray(),
        0.00005);
  }

  @Test
  void caption_gives_pollster_field_dates_sample_size_and_base() {
    assertEquals(
        "Rating Group, fieldwork 13–23 June 2019, n = 2,400, all respondents. Whiskers: 95%"
            + " margins of error (simple random sampling).",
        june2019().frame().caption());
    assertEquals(
        "28 May – 14 June 2016",
        Topline.fieldDates(LocalDate.of(2016, 5, 28), LocalDate.of(2016, 6, 14)));
    assertEquals(
        "30 December 2019 – 5 January 2020",
        Topline.fieldDates(LocalDate.of(2019, 12, 30), LocalDate.of(2020, 1, 5)));
  }

  @Test
  void horizontal_bars_and_whiskers_are_the_same_values() {
    HorizontalToplineChart h = june2019().horizontal();
    XYChart chart = h.toXChart();
    XYSeries bars = chart.getSeriesMap().get("bars");
    XYSeries margins = chart.getSeriesMap().get("margins");
    // option i at row 3 − i; each bar: 5 vertices then a NaN; its right edge at the share
    for (int i = 0; i < 4; i++) {
      double right = bars.getXData()[6 * i + 1];
      assertEquals(SHARES[i], right, 1e-12, "bar " + i);
      assertEquals(3 - i - 0.25, bars.getYData()[6 * i], 1e-12);
      // each option's whisker: (s − m, row), (s + m, row), NaN, then two caps
      double low = margins.getXData()[9 * i];
      double high = margins.getXData()[9 * i + 1];
      assertEquals(SHARES[i] - MARGINS[i], low, 0.00005, "whisker " + i);
      assertEquals(SHARES[i] + MARGINS[i], high, 0.00005, "whisker " + i);
      assertEquals(3 - i, margins.getYData()[9 * i], 1e-12);
    }
    assertEquals(0, chart.getStyler().getXAxisMin());
    assertEquals(60, chart.getStyler().getXAxisMax());
    BufferedImage image = h.size(640, 400).toBufferedImage();
    assertEquals(640, image.getWidth());
    assertEquals(
        "HorizontalToplineChart[options support, oppose, undecided, would_not_vote; horizontal;"
            + " 640 × 400]",
        h.size(640, 400).toString());
  }

  @Test
  void long_names_are_drawn_without_failing_the_layout() {
    ToplineChart t =
        ToplineChart.create()
            .options(
                "Would vote for joining NATO in a referendum",
                "Would vote against joining NATO",
                "Undecided")
            .group("poll", new double[] {53, 29, 14}, new double[] {2.0, 1.8, 1.4})
            .size(640, 400);
    BufferedImage image = t.horizontal().toBufferedImage();
    // names, values and whiskers are dark (#222222) pixels; the bars are blue
    int dark = 0;
    for (int y = 0; y < 400; y++) {
      for (int x = 0; x < 640; x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        if (r < 80 && g < 80 && b < 80) {
          dark++;
        }
      }
    }
    assertTrue(dark > 500, "dark pixels " + dark);
  }

  @Test
  void bad_polls_are_named() {
    PollSet polls = Polls.read(PollsTest.UKRAINE);
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> polls.toplineChart("nope"));
    assertTrue(unknown.getMessage().startsWith("pollId 'nope' is not a poll of this set"));
    IllegalArgumentException noN =
        assertThrows(IllegalArgumentException.class, () -> polls.toplineChart("various-1995-2004"));
    assertTrue(noN.getMessage().contains("no sample size"), noN.getMessage());
    ToplineChart two =
        ToplineChart.create()
            .options("a", "b")
            .group("x", new double[] {1, 2}, new double[] {1, 1})
            .group("y", new double[] {1, 2}, new double[] {1, 1});
    assertThrows(IllegalArgumentException.class, two::horizontal);
  }
}
