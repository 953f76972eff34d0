/**
 * Charts of poll data, drawn with XChart 3.8.8 in the style of published poll charts.
 *
 * <ul>
 *   <li>{@link io.github.pollkit.chart.TrendChart}: polls over time as dots with optional interval
 *       bars, trend lines with uncertainty bands, published ranges as boxes, events as dashed
 *       markers.
 *   <li>{@link io.github.pollkit.chart.ToplineChart}: one survey's (or a few groups') shares as
 *       bars with margin-of-error bars; {@link io.github.pollkit.chart.ToplineChart#horizontal()}
 *       turns one group into a {@link io.github.pollkit.chart.HorizontalToplineChart}, horizontal
 *       bars with each option's name above its bar, for long names.
 *   <li>{@link io.github.pollkit.chart.LeadChart}: the lead of one option over another, each poll's
 *       own lead as a dot, the smoothed lead with its band, an emphasised zero line.
 * </ul>
 *
 * <p>Colours: an option's colour is the one given to the chart ({@code color(option, colour)}),
 * else the session's ({@link io.github.pollkit.chart.ChartColors}), else a default from the
 * colour-blind-safe Okabe–Ito palette chosen to keep the options of one chart far apart
 * (CIEDE2000).
 *
 * <p>A chart is also a value to look at: {@code toString()} names its kind, options, polls and
 * size; {@code toBufferedImage()} draws it without a display (for notebook kernels); {@code show()}
 * opens a window on a desktop and, headless, prints one line saying so.
 *
 * <p>All take plain data (dates, shares in percentage points, labels), check every argument and are
 * immutable: every method returns a new chart. All are {@link
 * io.github.pollkit.chart.FramedChart}s, so they share one {@link
 * io.github.pollkit.chart.ChartFrame} (title, subtitle, axis labels, caption, source, value range,
 * size), one look (white background, light horizontal grid, colour-blind-safe Okabe–Ito palette
 * with one colour per answer option, left-aligned wrapped title, wrapped caption under the chart)
 * and one way to save to PNG, SVG or PDF; {@code toXChart()} returns the XChart chart for
 * inspection or further styling. Rendering needs a font: in headless mode the JDK uses fontconfig
 * to map {@code SansSerif} (on Debian/Ubuntu install {@code fontconfig} and {@code
 * fonts-dejavu-core}).
 *
 * <p>The package contains no statistics: intervals, trends and margins come from the callers.
 */
package io.github.pollkit.chart;
