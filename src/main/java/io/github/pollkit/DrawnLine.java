package io.github.pollkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a smoothed line that a facade chart draws: the days with an estimate and both bounds
 * (others, e.g. empty windows, left out), as parallel arrays. Shared by {@link PollChart} and
 * {@link PollLeadChart}.
 */
record DrawnLine(List<LocalDate> days, double[] estimate, double[] lower, double[] upper) {

  /** The days of the line with an estimate and both bounds. */
  static DrawnLine of(SmoothedTrend line) {
    double[] est = line.band().estimate();
    double[] lo = line.band().lower();
    double[] hi = line.band().upper();
    List<LocalDate> days = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    for (int i = 0; i < est.length; i++) {
      if (!Double.isNaN(est[i]) && !Double.isNaN(lo[i]) && !Double.isNaN(hi[i])) {
        days.add(line.band().dates().get(i));
        rows.add(new double[] {est[i], lo[i], hi[i]});
      }
    }
    return new DrawnLine(
        days,
        rows.stream().mapToDouble(r -> r[0]).toArray(),
        rows.stream().mapToDouble(r -> r[1]).toArray(),
        rows.stream().mapToDouble(r -> r[2]).toArray());
  }

  boolean isEmpty() {
    return days.isEmpty();
  }

  /**
   * The common tail of a facade chart's {@link io.github.pollkit.chart.FramedChart#contents()}: the
   * polls drawn, the smoother and the events.
   */
  static void describe(List<String> out, int drawn, Smoother smoother, int events) {
    out.add(drawn + (drawn == 1 ? " poll" : " polls"));
    if (smoother != null) {
      out.add(smoother.toString());
    }
    if (events > 0) {
      out.add(events + (events == 1 ? " event" : " events"));
    }
  }
}
