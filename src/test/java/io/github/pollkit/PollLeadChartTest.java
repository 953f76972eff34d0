package io.github.pollkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.chart.ChartColors;
import io.github.pollkit.model.DatePlacement;
import io.github.pollkit.testing.Reference;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The lead chart of a poll set: each poll's own lead, the smoothed lead, the zero line. */
class PollLeadChartTest {
  private static final double DAY_MS = 86_400_000.0;
  private static final String LEAD = "support − oppose";

  @AfterEach
  void forgetSessionColours() {
    ChartColors.clear();
  }

  private static PollSet referendum() {
    return Polls.read(PollsTest.UKRAINE)
        .questionGroup("referendum")
        .placedAt(DatePlacement.MIDPOINT);
  }

  private static XYSeries series(XYChart chart, String name) {
    XYSeries s = chart.getSeriesMap().get(name);
    assertTrue(s != null, "no series " + name + " in " + chart.getSeriesMap().keySet());
    return s;
  }

  /**
   * The dots, derived here from the data file read as text: every "referendum" row with both a
   * support and an oppose share and a field date, at the middle of its fieldwork, at support −
   * oppose (42 rows; the same count from Python's csv module).
   */
  @Test
  void dots_are_each_polls_own_lead_from_the_data_file() {
    Table csv = Reference.textTable(PollsTest.UKRAINE);
    List<double[]> expected = new ArrayList<>();
    for (Row r : csv) {
      if (r.getString("question_group").equals("referendum")
          && !r.getString("support").isEmpty()
          && !r.getString("oppose").isEmpty()
          && !r.getString("field_start").isEmpty()) {
        LocalDate start = LocalDate.parse(r.getString("field_start"));
        LocalDate end = LocalDate.parse(r.getString("field_end"));
        long mid = start.toEpochDay() + (end.toEpochDay() - start.toEpochDay()) / 2;
        double lead =
            Double.parseDouble(r.getString("support")) - Double.parseDouble(r.getString("oppose"));
        expected.add(new double[] {mid * DAY_MS, lead});
      }
    }
    assertEquals(42, expected.size());
    XYSeries dots =
        series(referendum().leadChart("support", "oppose").toXChart(), LEAD + " · polls");
    List<double[]> drawn = new ArrayList<>();
    for (int i = 0; i < dots.getXData().length; i++) {
      drawn.add(new double[] {dots.getXData()[i], dots.getYData()[i]});
    }
    java.util.Comparator<double[]> order =
        java.util.Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]);
    expected.sort(order);
    drawn.sort(order);
    assertEquals(expected.size(), drawn.size());
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i), drawn.get(i), 1e-9, "dot " + i);
    }
  }

  @Test
  void the_line_and_band_are_smoothing_lead() {
    Smoother loess = Smoothers.loess(0.5);
    PollSet set = referendum();
    SmoothedTrend lead = set.option("support", "oppose").smooth(loess).lead("support", "oppose");
    PollLeadChart chart = set.leadChart("support", "oppose").smooth(loess);
    assertEquals(lead, chart.lead());
    XYChart x = chart.toXChart();
    // Every point drawn, on the solid line or inside a gap on the dashed one (whose dashes leave
    // days out), is the lead's estimate of its day; the solid line has every day of its stretch.
    java.util.Map<Double, Double> estimates = new java.util.HashMap<>();
    double[] est = lead.band().estimate();
    for (int i = 0; i < est.length; i++) {
      estimates.put(lead.band().dates().get(i).toEpochDay() * DAY_MS, est[i]);
    }
    int points = 0;
    for (String part : List.of(" · trend", " · gap")) {
      XYSeries s = series(x, LEAD + part);
      for (int i = 0; i < s.getXData().length; i++) {
        if (!Double.isNaN(s.getYData()[i])) {
          assertEquals(estimates.get(s.getXData()[i]), s.getYData()[i], 1e-12, part + " " + i);
          points++;
        }
      }
    }
    assertTrue(points > est.length / 2, points + " points of " + est.length);
    XYSeries solid = series(x, LEAD + " · trend");
    double last = solid.getXData()[solid.getXData().length - 1];
    assertEquals(lead.band().dates().get(est.length - 1).toEpochDay() * DAY_MS, last);
    assertTrue(x.getSeriesMap().containsKey(LEAD + " · band"));
  }

  @Test
  void zero_line_comes_first_spans_the_axis_and_the_axis_includes_zero() {
    XYChart x = referendum().leadChart("support", "oppose").toXChart();
    assertEquals("zero", x.getSeriesMap().keySet().iterator().next());
    XYSeries zero = series(x, "zero");
    assertArrayEquals(new double[] {0, 0}, zero.getYData());
    assertEquals(x.getStyler().getXAxisMin(), zero.getXData()[0]);
    assertEquals(x.getStyler().getXAxisMax(), zero.getXData()[1]);
    assertFalse(zero.isShowInLegend());
    assertTrue(x.getStyler().getYAxisMin() <= 0 && x.getStyler().getYAxisMax() >= 0);
    // leads from -47.0 (DIF/Razumkov 2012) to +83 (2023) round out to tens
    assertEquals(-50, x.getStyler().getYAxisMin());
    assertEquals(90, x.getStyler().getYAxisMax());
    assertEquals("+20", x.getStyler().getyAxisTickLabelsFormattingFunction().apply(20.0));
    assertEquals("−20", x.getStyler().getyAxisTickLabelsFormattingFunction().apply(-20.0));
    assertEquals("0", x.getStyler().getyAxisTickLabelsFormattingFunction().apply(0.0));
  }

  @Test
  void a_lead_that_never_changes_sign_still_shows_zero() {
    PollSet recent =
        referendum().where(p -> p.fieldStart() != null && p.fieldStart().getYear() >= 2022);
    XYChart x = recent.leadChart("support", "oppose").toXChart();
    assertEquals(0, x.getStyler().getYAxisMin());
    assertThrows(
        IllegalArgumentException.class,
        () -> recent.leadChart("support", "oppose").yRange(10, 100).toXChart());
  }

  @Test
  void the_lead_takes_the_colour_of_its_first_option() {
    Color party = new Color(0x2E7D32);
    XYChart x = referendum().leadChart("support", "oppose").color("support", party).toXChart();
    Color dots = series(x, LEAD + " · polls").getMarkerColor();
    assertEquals(party.getRGB() & 0xFFFFFF, dots.getRGB() & 0xFFFFFF);
    ChartColors.set("support", Color.MAGENTA);
    Color session =
        series(referendum().leadChart("support", "oppose").toXChart(), LEAD + " · polls")
            .getMarkerColor();
    assertEquals(Color.MAGENTA.getRGB() & 0xFFFFFF, session.getRGB() & 0xFFFFFF);
  }

  @Test
  void prints_and_draws_at_its_size() {
    PollLeadChart chart =
        referendum().leadChart("support", "oppose").event(LocalDate.of(2014, 2, 20), "Maidan");
    assertEquals(
        "PollLeadChart[lead support − oppose; 42 polls; 1 event; 1000 × 600]", chart.toString());
    BufferedImage image = chart.size(640, 400).toBufferedImage();
    assertEquals(640, image.getWidth());
    assertEquals(400, image.getHeight());
    assertNull(chart.lead());
  }

  @Test
  void bad_arguments_are_named() {
    PollSet set = referendum();
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> set.leadChart("support", "nope"));
    assertTrue(unknown.getMessage().startsWith("b must be an option of this set, was 'nope'"));
    assertThrows(IllegalArgumentException.class, () -> set.leadChart("support", "support"));
    assertThrows(NullPointerException.class, () -> set.leadChart(null, "oppose"));
    PollLeadChart smoothed = set.leadChart("support", "oppose").smooth(Smoothers.loess(0.5));
    assertThrows(IllegalStateException.class, () -> smoothed.smooth(Smoothers.loess(0.4)));
    assertThrows(
        IllegalArgumentException.class,
        () -> set.leadChart("support", "oppose").color("undecided", Color.RED));
    PollLeadChart coloured = set.leadChart("support", "oppose").color("oppose", Color.RED);
    assertThrows(IllegalStateException.class, () -> coloured.color("oppose", Color.BLUE));
  }
}
