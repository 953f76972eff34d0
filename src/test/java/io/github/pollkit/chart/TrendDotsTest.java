package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.pollkit.chart.TrendChart.Part;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** Thousands of polls stay visible but light: dot size and opacity fall with the number of dots. */
class TrendDotsTest {

  private static TrendChart dots(int n, boolean withLine) {
    List<LocalDate> days = new ArrayList<>();
    double[] shares = new double[n];
    for (int i = 0; i < n; i++) {
      days.add(LocalDate.of(2017, 1, 1).plusDays(i / 4));
      shares[i] = 40 + (i % 7);
    }
    TrendChart chart = TrendChart.create().points("approve", days, shares);
    if (withLine) {
      chart =
          chart.line(
              "approve",
              List.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1)),
              new double[] {43, 43});
    }
    return chart;
  }

  private static double alpha(XYChart chart) {
    return chart
            .getSeriesMap()
            .get(TrendChart.seriesName("approve", Part.POLLS))
            .getMarkerColor()
            .getAlpha()
        / 255.0;
  }

  @Test
  void few_dots_are_large_and_nearly_opaque() {
    XYChart chart = dots(50, false).toXChart();
    assertEquals(7, chart.getStyler().getMarkerSize());
    assertEquals(0.9, alpha(chart), 0.5 / 255);
  }

  @Test
  void hundreds_of_dots_are_smaller_and_lighter() {
    // 400 dots: 0.9·√(100/400) = 0.45; 7·(100/400)^¼ = 4.95, rounded to 5
    XYChart chart = dots(400, false).toXChart();
    assertEquals(5, chart.getStyler().getMarkerSize());
    assertEquals(0.45, alpha(chart), 0.5 / 255);
  }

  @Test
  void thousands_of_dots_are_a_light_cloud() {
    // 5,823 dots (FiveThirtyEight's Trump approval list): 0.9·√(100/5823) = 0.118, floor 0.2;
    // 7·(100/5823)^¼ = 2.53, floor 3
    XYChart chart = dots(5823, false).toXChart();
    assertEquals(3, chart.getStyler().getMarkerSize());
    assertEquals(0.2, alpha(chart), 0.5 / 255);
  }

  @Test
  void under_their_own_line_dots_are_lighter() {
    // 200 dots under a line: min(0.9·√(100/200) = 0.636, 0.55·√(50/200) = 0.275) = 0.275
    assertEquals(0.275, alpha(dots(200, true).toXChart()), 0.5 / 255);
  }
}
