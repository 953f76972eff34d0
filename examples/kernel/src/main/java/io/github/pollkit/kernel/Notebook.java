package io.github.pollkit.kernel;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * What a notebook cell can call besides pollkit; every cell has {@code import static
 * io.github.pollkit.kernel.Notebook.*}.
 *
 * <pre>{@code
 * chart                 // the last expression of a cell: shown as a PNG image
 * svg(chart)            // shown as SVG (sharp at any zoom, larger in the notebook file)
 * display(chart)        // shown now, in the middle of a cell (e.g. one chart per loop turn)
 * }</pre>
 */
public final class Notebook {

  private Notebook() {}

  /**
   * A chart as SVG: make it the last expression of a cell to show the chart as SVG instead of PNG.
   *
   * @param chart a pollkit chart ({@code PollChart}, {@code TrendChart}, {@code ToplineChart}) or
   *     an XChart chart
   * @return display data holding the SVG
   * @throws IllegalArgumentException if {@code chart} is not a chart
   */
  public static DisplayData svg(Object chart) {
    return Displays.svgData(chart);
  }

  /**
   * Shows a value under the cell now, as the cell's last expression would be shown at its end: a
   * chart as an image, a table as HTML, anything else as its text.
   *
   * @param value the value; display data (such as {@link #svg}'s) is shown as it is
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalStateException if no kernel is running (outside a notebook)
   */
  public static void display(Object value) {
    if (value == null) {
      throw new NullPointerException("value must not be null");
    }
    BaseKernel kernel = kernel();
    DisplayData data =
        value instanceof DisplayData given ? given : kernel.getRenderer().render(value);
    kernel.display(data);
  }

  private static BaseKernel kernel() {
    try {
      return BaseKernel.notebookKernel();
    } catch (NullPointerException e) {
      throw new IllegalStateException(
          "display(...) works only in a notebook of the pollkit kernel");
    }
  }
}
