package io.github.pollkit.chart;

import io.github.pollkit.internal.Checks;
import java.awt.Color;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The colours of named options for every chart of a session (a program run, a JShell or notebook
 * session), e.g. party colours: set once, every chart drawn afterwards uses them.
 *
 * <pre>{@code
 * ChartColors.set("Labour", new Color(0xE4003B));
 * ChartColors.set("Conservative", new Color(0x0087DC));
 * polls.chart().savePng(Path.of("uk.png"));        // both parties in their colours
 * }</pre>
 *
 * <p>How a chart colours an option, first match wins: a colour given to that chart ({@code
 * color(option, colour)} on {@link TrendChart} or the façade's charts), the session colour set
 * here, the option's conventional colour ({@code support} blue, {@code oppose} vermillion, …), then
 * a colour of the colour-blind-safe Okabe–Ito palette chosen to differ most from the colours
 * already on the chart (see the package's palette rules in {@link TrendChart}). Names are compared
 * here ignoring case, with {@code _} and {@code -} read as spaces, so {@code "would_not_vote"} and
 * {@code "Would not vote"} share a colour.
 *
 * <p>Session colours are read when a chart is drawn (each save, {@code toXChart()}, {@code
 * toBufferedImage()}), not when it is made: a chart value holds only what was given to it, and a
 * chart drawn after {@link #set} shows the new colour. This is the library's only global setting;
 * it is safe to use from several threads. A program that wants charts independent of it gives
 * colours to each chart instead.
 */
public final class ChartColors {
  private static final Map<String, Color> SESSION = new ConcurrentHashMap<>();

  private ChartColors() {}

  /**
   * Gives an option a colour on every chart drawn from now on (unless a chart has its own).
   *
   * @param option the option's name, e.g. {@code "Labour"}
   * @param colour its colour (opaque colours are best: dots and bands add their own transparency)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code option} is blank
   */
  public static void set(String option, Color colour) {
    Args.requireName(option, "option");
    Checks.notNull(colour, "colour");
    SESSION.put(Palette.normalise(option), colour);
  }

  /**
   * The colour set for an option in this session.
   *
   * @param option the option's name
   * @return its colour, or {@code null} if none was set
   * @throws NullPointerException if {@code option} is null
   */
  public static Color get(String option) {
    Checks.notNull(option, "option");
    return SESSION.get(Palette.normalise(option));
  }

  /**
   * Forgets the session colour of one option; its charts go back to the defaults.
   *
   * @param option the option's name
   * @throws NullPointerException if {@code option} is null
   */
  public static void remove(String option) {
    Checks.notNull(option, "option");
    SESSION.remove(Palette.normalise(option));
  }

  /** Forgets every session colour. */
  public static void clear() {
    SESSION.clear();
  }

  /** The session colours by normalised name, copied. */
  static Map<String, Color> snapshot() {
    return Map.copyOf(SESSION);
  }
}
