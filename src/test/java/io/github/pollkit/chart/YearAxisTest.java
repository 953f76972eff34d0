package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Year ticks: hand-worked cases. */
class YearAxisTest {

  @Test
  void one_year_steps_when_each_year_is_wide_enough() {
    // 60 px per year >= 30 px label + 14 px spacing
    assertEquals(
        List.of(2019, 2020, 2021, 2022),
        YearAxis.years(LocalDate.of(2018, 6, 1), LocalDate.of(2022, 5, 1), 60, 30));
  }

  @Test
  void steps_grow_to_two_five_and_ten_years() {
    LocalDate from = LocalDate.of(1995, 1, 1);
    LocalDate to = LocalDate.of(2025, 1, 1);
    // 26 px per year: 1 year = 26 < 44, 2 years = 52 >= 44
    assertEquals(
        List.of(
            1996, 1998, 2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022,
            2024),
        YearAxis.years(from, to, 26, 30));
    // 10 px per year: 2 years = 20 < 44, 5 years = 50 >= 44; the axis starts on 1 January 1995
    assertEquals(
        List.of(1995, 2000, 2005, 2010, 2015, 2020, 2025), YearAxis.years(from, to, 10, 30));
    // 5 px per year: 5 years = 25 < 44, 10 years = 50
    assertEquals(List.of(2000, 2010, 2020), YearAxis.years(from, to, 5, 30));
  }

  @Test
  void a_start_after_january_first_skips_that_year() {
    assertEquals(
        List.of(2021),
        YearAxis.years(LocalDate.of(2020, 1, 2), LocalDate.of(2021, 12, 31), 100, 30));
  }
}
