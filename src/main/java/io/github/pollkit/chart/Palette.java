package io.github.pollkit.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The colours of the options of one chart, from the colour-blind-safe palette of Okabe and Ito
 * (2008), "Color Universal Design", https://jfly.uni-koeln.de/color/ (recommended for categorical
 * data by Wong (2011), "Points of view: Color blindness", Nature Methods 8, 441).
 *
 * <p>An option's colour is, in this order: the colour given to the chart for it ({@code
 * color(option, colour)}), the colour set for it in the session ({@link ChartColors}), its
 * conventional colour, or the palette colour that differs most from the colours already taken on
 * the chart. Conventional colours: {@code support} (also {@code for}, {@code yes}) is blue {@code
 * #0072B2}, {@code oppose} ({@code against}, {@code no}) vermillion {@code #D55E00}, {@code
 * undecided} ({@code don't know}) grey {@code #7F7F7F} and {@code would not vote} reddish purple
 * {@code #CC79A7}; names are compared ignoring case, with {@code _} and {@code -} read as spaces. A
 * conventional colour already taken by another option (e.g. {@code yes} beside {@code support}) is
 * not used twice.
 *
 * <p>The palette has eight colours: blue, vermillion, bluish green {@code #009E73}, orange {@code
 * #E69F00}, reddish purple, sky blue {@code #56B4E9}, black and grey (Okabe–Ito's yellow is left
 * out: it is barely visible on white). Chosen greedily, each new option takes the colour whose
 * smallest CIEDE2000 difference ({@link ColourDistance}) to the colours taken is largest, so two
 * options get the blue and the sky blue, or the vermillion and the orange, only when a chart has
 * seven or eight options; any two of the eight differ by ΔE<sub>00</sub> &gt; 22 ({@link
 * #MIN_DISTANCE} is the guaranteed 20). From the ninth option on, colours repeat.
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

  /** The least CIEDE2000 difference between the default colours of up to eight options. */
  static final double MIN_DISTANCE = 20;

  /** The palette, in the order that breaks ties. */
  static final List<Color> COLOURS =
      List.of(BLUE, VERMILLION, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, SKY_BLUE, BLACK, GREY);

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

  private final Map<String, Color> chosen;
  private final Map<String, Color> assigned = new LinkedHashMap<>();

  /** A palette with no colour chosen by the user (conventional and greedy defaults only). */
  Palette() {
    this(List.of(), Map.of());
  }

  /**
   * A palette for a chart of these options.
   *
   * @param options the chart's options, whose chosen colours are reserved before any default
   * @param chartColours colours given to this chart, by option name (exact)
   */
  Palette(List<String> options, Map<String, Color> chartColours) {
    Map<String, Color> session = ChartColors.snapshot();
    this.chosen = new HashMap<>();
    for (String option : options) {
      Color c = chartColours.get(option);
      if (c == null) {
        c = session.get(normalise(option));
      }
      if (c != null) {
        chosen.put(option, c);
      }
    }
  }

  /** The colour of an option; the same name always gets the same colour on one chart. */
  Color colourOf(String name) {
    return assigned.computeIfAbsent(name, this::pick);
  }

  /** The colours of these options, in their order. */
  Map<String, Color> colours(List<String> options) {
    Map<String, Color> out = new LinkedHashMap<>();
    options.forEach(o -> out.put(o, colourOf(o)));
    return out;
  }

  private Color pick(String name) {
    Color given = chosen.get(name);
    if (given != null) {
      return given;
    }
    List<Color> taken = new ArrayList<>(assigned.values());
    chosen.forEach((option, colour) -> taken.add(colour));
    Color conventional = CONVENTIONAL.get(normalise(name));
    if (conventional != null && distanceTo(conventional, taken) >= MIN_DISTANCE) {
      return conventional;
    }
    Color best = COLOURS.get(0);
    double bestDistance = -1;
    for (Color c : COLOURS) {
      double d = distanceTo(c, taken);
      if (d > bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The smallest difference between {@code colour} and the {@code taken} ones (∞ if none). */
  private static double distanceTo(Color colour, List<Color> taken) {
    double min = Double.POSITIVE_INFINITY;
    for (Color t : taken) {
      min = Math.min(min, ColourDistance.between(colour, t));
    }
    return min;
  }

  /** An option name as compared with conventional and session names. */
  static String normalise(String name) {
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
