package io.github.pollkit.trend;

import static io.github.pollkit.testing.HouseRules.assertBadArgument;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TrendBandTest {
  // a grid with a gap: 2024-01-01, 2024-01-02 and 2024-01-05
  private static final LocalDate JAN1 = LocalDate.of(2024, 1, 1);
  private static final long DAY1 = JAN1.toEpochDay();
  private static final long[] DAYS = {DAY1, DAY1 + 1, DAY1 + 4};
  private static final double[] ESTIMATE = {45, Double.NaN, 47.5};
  private static final double[] SE = {1, Double.NaN, 2};
  private static final double[] LOWER = {43, Double.NaN, 43.5};
  private static final double[] UPPER = {47, Double.NaN, 51.5};

  private static TrendBand band() {
    return TrendBand.of(DAYS, ESTIMATE, SE, LOWER, UPPER, 0.95);
  }

  @Test
  void at_a_day_of_the_grid_gives_its_point() {
    TrendBand band = band();
    assertEquals(
        new TrendBand.Point(JAN1.plusDays(4), 47.5, 2, 43.5, 51.5), band.at(JAN1.plusDays(4)));
    assertEquals(new TrendBand.Point(JAN1, 45, 1, 43, 47), band.at(JAN1));
    TrendBand.Point none = band.at(JAN1.plusDays(1));
    assertEquals(Double.NaN, none.estimate());
  }

  @Test
  void at_a_day_off_the_grid_names_the_day_and_the_grid() {
    assertBadArgument(
        "day 2024-01-03 is not on the grid of this band (2024-01-01 to 2024-01-05, 3 days)",
        () -> band().at(JAN1.plusDays(2)));
    assertBadArgument(
        "day 2023-12-31 is not on the grid of this band (2024-01-01 to 2024-01-05, 3 days)",
        () -> band().at(JAN1.minusDays(1)));
    assertEquals(
        "day", assertThrows(NullPointerException.class, () -> band().at(null)).getMessage());
  }

  @Test
  void table_has_one_row_per_day() {
    Table t = band().table();
    assertEquals(List.of("date", "estimate", "lower", "upper", "se"), t.columnNames());
    assertEquals(List.of(JAN1, JAN1.plusDays(1), JAN1.plusDays(4)), t.dateColumn("date").asList());
    assertArrayEquals(ESTIMATE, t.doubleColumn("estimate").asDoubleArray(), 0.0);
    assertArrayEquals(LOWER, t.doubleColumn("lower").asDoubleArray(), 0.0);
    assertArrayEquals(UPPER, t.doubleColumn("upper").asDoubleArray(), 0.0);
    assertArrayEquals(SE, t.doubleColumn("se").asDoubleArray(), 0.0);
  }

  @Test
  void accessors_give_the_grid_and_copies() {
    TrendBand band = band();
    assertEquals(List.of(JAN1, JAN1.plusDays(1), JAN1.plusDays(4)), band.dates());
    assertEquals(3, band.size());
    assertEquals(0.95, band.confidence());
    band.estimate()[0] = 99;
    band.standardError()[0] = 99;
    band.lower()[0] = 99;
    band.upper()[0] = 99;
    assertEquals(band(), band);
    assertThrows(UnsupportedOperationException.class, () -> band.dates().set(0, JAN1));
  }

  @Test
  void arrays_are_copied_in() {
    long[] days = DAYS.clone();
    double[] estimate = ESTIMATE.clone();
    TrendBand band = TrendBand.of(days, estimate, SE, LOWER, UPPER, 0.95);
    days[0] = 0;
    estimate[0] = 0;
    assertEquals(band(), band);
  }

  @Test
  void equal_when_every_value_is_equal() {
    assertEquals(band(), band());
    assertEquals(band().hashCode(), band().hashCode());
    assertNotEquals(band(), TrendBand.of(DAYS, ESTIMATE, SE, LOWER, UPPER, 0.9));
    assertNotEquals(band(), TrendBand.of(DAYS, UPPER, SE, LOWER, UPPER, 0.95));
    assertNotEquals(band(), TrendBand.of(DAYS, ESTIMATE, SE, LOWER, ESTIMATE, 0.95));
    long[] shifted = {DAY1, DAY1 + 1, DAY1 + 5};
    assertNotEquals(band(), TrendBand.of(shifted, ESTIMATE, SE, LOWER, UPPER, 0.95));
  }

  @Test
  void normal_band_uses_the_normal_quantile() {
    // Φ⁻¹(0.975) = 1.959963984540054 and Φ⁻¹(0.95) = 1.6448536269514722 (standard normal table)
    TrendBand at95 = TrendBand.normal(new long[] {0}, new double[] {50}, new double[] {2}, 0.95);
    assertEquals(50 - 2 * 1.959963984540054, at95.lower()[0], 1e-12);
    assertEquals(50 + 2 * 1.959963984540054, at95.upper()[0], 1e-12);
    TrendBand at90 = TrendBand.normal(new long[] {0}, new double[] {50}, new double[] {2}, 0.9);
    assertEquals(50 + 2 * 1.6448536269514722, at90.upper()[0], 1e-12);
  }

  @Test
  void reads_as_its_grid_and_level() {
    assertEquals("TrendBand[2024-01-01 to 2024-01-05, 3 days, 95% band]", band().toString());
    TrendBand empty =
        TrendBand.of(new long[0], new double[0], new double[0], new double[0], new double[0], 0.9);
    assertEquals("TrendBand[no days, 90% band]", empty.toString());
    assertEquals(0, empty.size());
  }

  @Test
  void bad_input_is_rejected_by_name() {
    assertBadArgument(
        "standardError must have the same length as epochDays (3), had 2",
        () -> TrendBand.of(DAYS, ESTIMATE, new double[] {1, 2}, LOWER, UPPER, 0.95));
    assertBadArgument(
        "upper must have the same length as epochDays (3), had 4",
        () -> TrendBand.of(DAYS, ESTIMATE, SE, LOWER, new double[4], 0.95));
    assertBadArgument(
        "epochDays must be strictly increasing, but epochDays[2] = 19723 follows 19724",
        () -> TrendBand.of(new long[] {DAY1, DAY1 + 1, DAY1}, ESTIMATE, SE, LOWER, UPPER, 0.95));
    assertBadArgument(
        "epochDays must be strictly increasing, but epochDays[1] = 19723 follows 19723",
        () -> TrendBand.of(new long[] {DAY1, DAY1, DAY1 + 1}, ESTIMATE, SE, LOWER, UPPER, 0.95));
    assertBadArgument(
        "confidence must be in (0, 1), was 95.0",
        () -> TrendBand.of(DAYS, ESTIMATE, SE, LOWER, UPPER, 95));
    assertBadArgument(
        "confidence must be in (0, 1), was NaN",
        () -> TrendBand.of(DAYS, ESTIMATE, SE, LOWER, UPPER, Double.NaN));
    assertEquals(
        "lower",
        assertThrows(
                NullPointerException.class,
                () -> TrendBand.of(DAYS, ESTIMATE, SE, null, UPPER, 0.95))
            .getMessage());
    assertEquals(
        "epochDays",
        assertThrows(
                NullPointerException.class,
                () -> TrendBand.of(null, ESTIMATE, SE, LOWER, UPPER, 0.95))
            .getMessage());
  }
}
