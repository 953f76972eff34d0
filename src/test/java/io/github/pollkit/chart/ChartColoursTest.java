package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.pollkit.chart.TrendChart.Part;
import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/**
 * Option colours: user colours per chart and per session, and defaults that keep the options of one
 * chart apart. The colour difference is checked against the published CIEDE2000 test pairs of
 * Sharma, Wu and Dalal (2005), Table 1 (pairs 1, 7 and 17), so the distance the palette test relies
 * on is itself tested.
 */
class ChartColoursTest {

  @AfterEach
  void forgetSessionColours() {
    ChartColors.clear();
  }

  @Test
  void ciede2000_matches_sharma_test_pairs() {
    assertEquals(
        2.0425,
        ColourDistance.ciede2000(
            new double[] {50.0, 2.6772, -79.7751}, new double[] {50.0, 0.0, -82.7485}),
        1e-4);
    assertEquals(
        2.3669,
        ColourDistance.ciede2000(new double[] {50.0, 0.0, 0.0}, new double[] {50.0, -1.0, 2.0}),
        1e-4);
    assertEquals(
        27.1492,
        ColourDistance.ciede2000(new double[] {50.0, 2.5, 0.0}, new double[] {73.0, 25.0, -18.0}),
        1e-4);
  }

  @Test
  void srgb_to_lab_of_white_and_okabe_ito_blue() {
    // White is L* = 100, a* = b* = 0 by definition of D65 white (to the 4-digit sRGB matrix).
    double[] white = ColourDistance.lab(Color.WHITE);
    assertEquals(100, white[0], 0.01);
    assertEquals(0, white[1], 0.02);
    assertEquals(0, white[2], 0.02);
    // #0072B2: L* 45.97, a* -2.73, b* -41.37, from a separate Python implementation of the sRGB
    // (IEC 61966-2-1) and CIELAB formulas, D65; an online converter (colormine) gives the same.
    double[] blue = ColourDistance.lab(new Color(0x0072B2));
    assertEquals(45.97, blue[0], 0.05);
    assertEquals(-2.73, blue[1], 0.05);
    assertEquals(-41.37, blue[2], 0.05);
  }

  private static void assertApart(Map<String, Color> colours) {
    List<String> names = new ArrayList<>(colours.keySet());
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        double d = ColourDistance.between(colours.get(names.get(i)), colours.get(names.get(j)));
        assertTrue(
            d >= Palette.MIN_DISTANCE,
            names.get(i) + " and " + names.get(j) + " differ by only " + d + " in " + colours);
      }
    }
  }

  @Test
  void defaults_of_up_to_eight_plain_options_are_far_apart() {
    for (int n = 1; n <= 8; n++) {
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        names.add("party " + i);
      }
      assertApart(new Palette(names, Map.of()).colours(names));
    }
  }

  @Test
  void defaults_with_conventional_options_are_far_apart() {
    List<String> names =
        List.of(
            "support", "oppose", "undecided", "would_not_vote", "other", "refused", "yes", "no");
    for (int n = 1; n <= names.size(); n++) {
      assertApart(new Palette(names.subList(0, n), Map.of()).colours(names.subList(0, n)));
    }
  }

  @Test
  void few_options_get_clearly_different_hues() {
    // Two or three options never get the blue and the sky blue, or the vermillion and the orange.
    List<String> names = List.of("Labour", "Conservative", "Reform");
    Map<String, Color> c = new Palette(names, Map.of()).colours(names);
    for (Color a : c.values()) {
      for (Color b : c.values()) {
        if (a != b) {
          assertTrue(ColourDistance.between(a, b) > 30, c.toString());
        }
      }
    }
  }

  @Test
  void conventional_colours_stay() {
    Map<String, Color> c =
        new Palette(List.of("oppose", "support"), Map.of()).colours(List.of("oppose", "support"));
    assertEquals(Palette.VERMILLION, c.get("oppose"));
    assertEquals(Palette.BLUE, c.get("support"));
  }

  private static TrendChart twoParties() {
    List<LocalDate> days = List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
    return TrendChart.create()
        .points("Labour", days, new double[] {40, 42})
        .points("Conservative", days, new double[] {25, 23});
  }

  @Test
  void chart_colour_is_drawn() {
    Color red = new Color(0xE4003B);
    XYChart chart = twoParties().color("Labour", red).toXChart();
    Color dots =
        chart.getSeriesMap().get(TrendChart.seriesName("Labour", Part.POLLS)).getMarkerColor();
    assertEquals(red.getRGB() & 0xFFFFFF, dots.getRGB() & 0xFFFFFF);
  }

  @Test
  void session_colour_applies_to_every_chart_and_chart_colour_wins() {
    Color blue = new Color(0x0087DC);
    Color red = new Color(0xE4003B);
    ChartColors.set("conservative", blue);
    assertEquals(blue, twoParties().colours().get("Conservative"));
    assertEquals(blue, ChartColors.get("Conservative"));
    assertEquals(red, twoParties().color("Conservative", red).colours().get("Conservative"));
    ChartColors.remove("CONSERVATIVE");
    assertTrue(!blue.equals(twoParties().colours().get("Conservative")));
  }

  @Test
  void defaults_avoid_a_colour_the_user_gave() {
    Map<String, Color> c = twoParties().color("Labour", Palette.BLUE).colours();
    assertTrue(ColourDistance.between(c.get("Conservative"), Palette.BLUE) >= Palette.MIN_DISTANCE);
  }

  @Test
  void colour_given_twice_or_null_is_rejected() {
    TrendChart once = twoParties().color("Labour", Color.RED);
    IllegalStateException twice =
        assertThrows(IllegalStateException.class, () -> once.color("Labour", Color.BLUE));
    assertEquals("the colour of 'Labour' was already set to #FF0000", twice.getMessage());
    assertThrows(NullPointerException.class, () -> twoParties().color("Labour", null));
    assertThrows(NullPointerException.class, () -> ChartColors.set(null, Color.RED));
    assertThrows(IllegalArgumentException.class, () -> ChartColors.set(" ", Color.RED));
  }
}
