package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Date ticks for spans from weeks to decades, worked by hand on a 600-pixel axis whose labels are 7
 * pixels per character, with labels at least 14 pixels apart and reaching at most 6 pixels beyond
 * either end.
 */
class DateAxisTest {
  private static final double WIDTH = 600;
  private static final double OVERHANG = 6;

  private static List<String> labels(LocalDate from, LocalDate to) {
    return DateAxis.ticks(from, to, WIDTH, OVERHANG, label -> 7.0 * label.length()).stream()
        .map(DateAxis.Tick::label)
        .toList();
  }

  @Test
  void three_weeks_are_marked_on_mondays() {
    // 21 days on 600 px: 28.6 px a day. Daily or two-daily ticks leave 28.6 or 57 px between
    // labels of 35 px ("4 Jun") and 70 px ("3 Jun 2024"): too close (35 + 17.5 + 14 = 66.5).
    // Mondays 3, 10, 17 June are 200 px apart; 3 June sits at 57 px, so its label fits.
    assertEquals(
        List.of("3 Jun 2024", "10 Jun", "17 Jun"),
        labels(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 22)));
  }

  @Test
  void six_months_are_marked_on_the_first_of_each_month() {
    // 182 days: 3.3 px a day. Weekly ticks are 23 px apart, fortnightly 46 px, less than a
    // 6-character label (42 px) plus 14. Months are 92 px or more apart, more than 28 + 10.5 + 14.
    assertEquals(
        List.of("Feb 2024", "Mar", "Apr", "May", "Jun", "Jul"),
        labels(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 7, 15)));
  }

  @Test
  void three_years_are_marked_every_six_months() {
    // 1,096 days: 0.547 px a day. One month is at most 17 px, two 33 px (< 21 + 14), three
    // months 50 px, less than "Oct" and "Jan 2022" need (10.5 + 28 + 14 = 52.5); six months
    // (99 px or more) fit.
    assertEquals(
        List.of("Jul 2021", "Jan 2022", "Jul", "Jan 2023", "Jul", "Jan 2024"),
        labels(LocalDate.of(2021, 3, 1), LocalDate.of(2024, 3, 1)));
  }

  @Test
  void thirty_years_are_marked_every_five_years() {
    // 30 years on 600 px: 20 px a year. One- and two-year steps (20, 40 px) are closer than a
    // 4-digit label (28 px) plus 14; five years (100 px) fit. 2025 lies after the end.
    assertEquals(
        List.of("1995", "2000", "2005", "2010", "2015", "2020"),
        labels(LocalDate.of(1994, 6, 1), LocalDate.of(2024, 6, 1)));
  }

  @Test
  void yearly_ticks_sit_on_january_first_and_skip_a_year_that_starts_before_the_axis() {
    List<DateAxis.Tick> ticks =
        DateAxis.ticks(
            LocalDate.of(2020, 1, 2),
            LocalDate.of(2023, 12, 31),
            WIDTH,
            OVERHANG,
            label -> 7.0 * label.length());
    // four years on 600 px: 150 px a year; three months (37.5 px) are too close for "Oct" and
    // "Jan 2021" (10.5 + 28 + 14), six months (75 px) fit, and come before years
    assertEquals("Jul 2020", ticks.get(0).label());
    List<DateAxis.Tick> years =
        DateAxis.ticks(
            LocalDate.of(2020, 1, 2),
            LocalDate.of(2023, 12, 31),
            200,
            OVERHANG,
            label -> 7.0 * label.length());
    // on 200 px: 50 px a year; six months (25 px) are too close, years (50 > 28 + 14) fit
    assertEquals(
        List.of(
            new DateAxis.Tick(LocalDate.of(2021, 1, 1), "2021"),
            new DateAxis.Tick(LocalDate.of(2022, 1, 1), "2022"),
            new DateAxis.Tick(LocalDate.of(2023, 1, 1), "2023")),
        years);
  }
}
