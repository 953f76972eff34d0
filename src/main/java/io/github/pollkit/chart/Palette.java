package io.github.pollkit.chart;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One colour per answer option, from the colour-blind-safe palette of Okabe and Ito (2008), "Color
 * Universal Design", https://jfly.uni-koeln.de/color/.
 *
 * <p>Conventional option names keep the same colour on every chart: {@code support} (also {@code
 * for}, {@code yes}) is blue {@code #0072B2}, {@code oppose} ({@code against}, {@code no}) is
 * vermillion {@code #D55E00}, {@code undecided} ({@code don't know}) is grey {@code #7F7F7F} and
 * {@code would not vote} is reddish purple {@code #CC79A7}; names are compared ignoring case, with
 * {@code _} and {@code -} read as spaces. Other names take, in the order they first appear, sky
 * blue {@code #56B4E9}, bluish green {@code #009E73}, orange {@code #E69F00}, black, yellow {@code
 * #F0E442}, blue, vermillion, grey, reddish purple, then the cycle again.
 */
final class Palette {
  static final Color BLUE = new Color(0x0072B2);
  static final Color VERMILLION = new Color(0xD55E00);
  static final Color GREY = new Color(0x7F7F7F);
  static final Color REDDISH_PURPLE = new Color(0xCC79A7);
  static final Color SKY_BLUE = new Color(0x56B4E9);
  static final Color BLUISH_GREEN = new Color(0x009E73);
  static final Color ORANGE = new Color(0xE69F00);
  static final Color BLACK = new Color(0x000000);
  static final Color YELLOW = new Color(0xF0E442);

  private static final Map<String, Color> CONVENTIONAL =
      Map.ofEntries(
          Map.entry("support", BLUE),
          Map.entry("for", BLUE),
          Map.entry("yes", BLUE),
          Map.entry("oppose", VERMILLION),
          Map.entry("against", VERMILLION),
          Map.entry("no", VERMILLION),
          Map.entry("undecided", GREY),
          Map.entry("don't know", GREY),
          Map.entry("dont know", GREY),
          Map.entry("would not vote", REDDISH_PURPLE));

  private static final List<Color> OTHERS =
      List.of(
          SKY_BLUE, BLUISH_GREEN, ORANGE, BLACK, YELLOW, BLUE, VERMILLION, GREY, REDDISH_PURPLE);

  private final Map<String, Color> assigned = new LinkedHashMap<>();
  private int nextOther;

  /** The colour of an option; the same name always gets the same colour on one chart. */
  Color colourOf(String name) {
    return assigned.computeIfAbsent(name, this::pick);
  }

  private Color pick(String name) {
    Color conventional = CONVENTIONAL.get(normalise(name));
    if (conventional != null) {
      return conventional;
    }
    Color colour = OTHERS.get(nextOther % OTHERS.size());
    nextOther++;
    return colour;
  }

  private static String normalise(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
  }

  /**
   * The same hue, darker (each RGB channel × 0.7): trend lines use it so that they stand out from
   * their own polls' dots, which can be dense.
   */
  static Color darker(Color colour) {
    return new Color(
        (int) Math.round(colour.getRed() * 0.7),
        (int) Math.round(colour.getGreen() * 0.7),
        (int) Math.round(colour.getBlue() * 0.7));
  }

  /** The colour with the given opacity in [0, 1]. */
  static Color withAlpha(Color colour, double alpha) {
    return new Color(
        colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(alpha * 255));
  }
}
