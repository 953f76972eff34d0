package io.github.pollkit.chart;

import static io.github.pollkit.testing.HouseRules.assertBadArgument;
import static io.github.pollkit.testing.HouseRules.assertNullArgument;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments give an IllegalArgumentException whose message names the argument. */
class TrendChartValidationTest {

  private static final LocalDate D1 = LocalDate.of(2020, 1, 1);
  private static final LocalDate D2 = LocalDate.of(2020, 2, 1);
  private static final LocalDate D3 = LocalDate.of(2020, 3, 1);

  @TempDir Path dir;

  @Test
  void points_with_fewer_shares_than_dates() {
    assertBadArgument(
        "shares must have as many values as dates: dates has 3, shares has 2",
        () -> TrendChart.create().points("support", List.of(D1, D2, D3), new double[] {1, 2}));
  }

  @Test
  void points_with_a_nan_share_name_its_index() {
    assertBadArgument(
        "shares[1] must be a finite number, was NaN",
        () ->
            TrendChart.create()
                .points("support", List.of(D1, D2, D3), new double[] {1, Double.NaN, 3}));
  }

  @Test
  void points_with_a_null_date_name_its_index() {
    assertBadArgument(
        "dates[1] is null: every date is needed",
        () -> TrendChart.create().points("support", Arrays.asList(D1, null), new double[] {1, 2}));
  }

  @Test
  void points_with_null_or_empty_inputs() {
    assertNullArgument(
        "dates must not be null", () -> TrendChart.create().points("support", null, new double[0]));
    assertBadArgument(
        "dates must not be empty",
        () -> TrendChart.create().points("support", List.of(), new double[0]));
    assertNullArgument(
        "shares must not be null", () -> TrendChart.create().points("support", List.of(D1), null));
    assertBadArgument(
        "option must be a non-blank text, was ' '",
        () -> TrendChart.create().points(" ", List.of(D1), new double[] {1}));
  }

  @Test
  void points_given_twice_for_one_option() {
    TrendChart chart = TrendChart.create().points("support", List.of(D1), new double[] {1});
    assertBadArgument(
        "points of 'support' were already given",
        () -> chart.points("support", List.of(D2), new double[] {2}));
  }

  @Test
  void a_rejected_call_adds_nothing() {
    TrendChart chart = TrendChart.create();
    assertThrows(
        IllegalArgumentException.class,
        () -> chart.points("support", List.of(D1), new double[] {Double.POSITIVE_INFINITY}));
    assertBadArgument(
        "the chart has no data: give points, intervals, a line or a range before building it",
        chart::toXChart);
  }

  @Test
  void intervals_with_lower_above_upper() {
    assertBadArgument(
        "lower[1] must not exceed upper[1], was 5.0 > 4.0",
        () ->
            TrendChart.create()
                .intervals("support", List.of(D1, D2), new double[] {1, 5}, new double[] {2, 4}));
  }

  @Test
  void line_days_out_of_order_or_repeated() {
    assertBadArgument(
        "days must be strictly increasing, but days[2] = 2020-02-01 is not after days[1] = 2020-03-01",
        () -> TrendChart.create().line("support", List.of(D1, D3, D2), new double[] {1, 2, 3}));
    assertBadArgument(
        "days must be strictly increasing, but days[1] = 2020-01-01 is not after days[0] = 2020-01-01",
        () -> TrendChart.create().line("support", List.of(D1, D1), new double[] {1, 2}));
  }

  @Test
  void line_estimate_outside_its_band() {
    assertBadArgument(
        "estimate[1] must not exceed upper[1], was 9.0 > 8.0",
        () ->
            TrendChart.create()
                .line(
                    "support",
                    List.of(D1, D2),
                    new double[] {5, 9},
                    new double[] {4, 4},
                    new double[] {6, 8}));
    assertBadArgument(
        "lower[0] must not exceed estimate[0], was 6.0 > 5.0",
        () ->
            TrendChart.create()
                .line(
                    "support",
                    List.of(D1, D2),
                    new double[] {5, 5},
                    new double[] {6, 4},
                    new double[] {7, 8}));
  }

  @Test
  void line_band_with_an_infinite_bound() {
    assertBadArgument(
        "upper[0] must be a finite number, was Infinity",
        () ->
            TrendChart.create()
                .line(
                    "support",
                    List.of(D1),
                    new double[] {5},
                    new double[] {4},
                    new double[] {Double.POSITIVE_INFINITY}));
  }

  @Test
  void range_with_low_above_high() {
    assertBadArgument(
        "low must not exceed high, was 25.0 > 20.0",
        () -> TrendChart.create().range("support", "1990s", D1, D2, 25, 20));
  }

  @Test
  void range_ending_before_it_starts() {
    assertBadArgument(
        "from must not be after to, was 2020-02-01 > 2020-01-01",
        () -> TrendChart.create().range("support", "1990s", D2, D1, 20, 25));
  }

  @Test
  void range_with_nan_bound_or_missing_label() {
    assertBadArgument(
        "high must be a finite number, was NaN",
        () -> TrendChart.create().range("support", "1990s", D1, D2, 20, Double.NaN));
    assertNullArgument(
        "label must be a non-blank text, was null",
        () -> TrendChart.create().range("support", null, D1, D2, 20, 25));
    assertNullArgument(
        "from must not be null",
        () -> TrendChart.create().range("support", "1990s", null, D2, 20, 25));
  }

  @Test
  void event_without_date_or_label() {
    assertNullArgument("date must not be null", () -> TrendChart.create().event(null, "x"));
    assertBadArgument(
        "label must be a non-blank text, was ''", () -> TrendChart.create().event(D1, ""));
  }

  @Test
  void y_range_that_is_empty_or_not_finite() {
    assertBadArgument(
        "min must be less than max, was min = 50.0, max = 50.0",
        () -> TrendChart.create().yRange(50, 50));
    assertBadArgument(
        "max must be a finite number, was NaN", () -> TrendChart.create().yRange(0, Double.NaN));
  }

  @Test
  void y_range_that_would_clip_data() {
    TrendChart chart =
        TrendChart.create().points("support", List.of(D1, D2), new double[] {40, 86}).yRange(0, 50);
    assertBadArgument(
        "yRange [0.0, 50.0] must cover every value, but 'support · polls' goes up to 86.0",
        chart::toXChart);
  }

  @Test
  void size_out_of_range() {
    assertBadArgument(
        "width must be in [200, 10000], was 0", () -> TrendChart.create().size(0, 600));
    assertBadArgument(
        "height must be in [200, 10000], was 20000", () -> TrendChart.create().size(600, 20000));
  }

  @Test
  void saving_an_empty_chart() {
    TrendChart chart = TrendChart.create().title("Nothing yet").event(D1, "event only");
    String message =
        "the chart has no data: give points, intervals, a line or a range before building it";
    assertBadArgument(message, () -> chart.savePng(dir.resolve("a.png")));
    assertBadArgument(message, () -> chart.saveSvg(dir.resolve("a.svg")));
    assertBadArgument(message, () -> chart.savePdf(dir.resolve("a.pdf")));
  }

  @Test
  void saving_to_a_null_path() {
    TrendChart chart = TrendChart.create().points("support", List.of(D1), new double[] {1});
    assertNullArgument("file must not be null", () -> chart.savePng(null));
  }
}
