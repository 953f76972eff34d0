package io.github.pollkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.pollkit.model.RuleViolation.Rule;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each rule of the model is checked by the constructor of its value, which names rule and argument.
 */
class RuleViolationTest {
  static void assertBroken(Rule rule, String argument, Executable call) {
    RuleViolation e = assertThrows(RuleViolation.class, call);
    assertEquals(rule, e.rule(), e.getMessage());
    assertEquals(argument, e.argument(), e.getMessage());
  }

  static Poll poll(LocalDate start, LocalDate end, double n, Map<String, Share> shares) {
    return new Poll(
        1, 2, "p1", "Rating", "", start, end, "day", "adults", "all", n, "", "q", "g", shares, "",
        "", Map.of(), Map.of());
  }

  @Test
  void share_rules() {
    assertBroken(Rule.SHARE_IN_PERCENTAGE_POINTS, "value", () -> Share.of(104));
    assertBroken(Rule.SHARE_IN_PERCENTAGE_POINTS, "value", () -> Share.of(Double.NaN));
    assertBroken(Rule.SHARE_IN_PERCENTAGE_POINTS, "low", () -> Share.range(-1, 20));
    assertBroken(Rule.SHARE_IN_PERCENTAGE_POINTS, "high", () -> Share.range(20, 101));
    assertBroken(Rule.RANGE_IN_ORDER, "low", () -> Share.range(25, 20));
    assertBroken(Rule.VALUE_INSIDE_RANGE, "value", () -> new Share(19.5, 20, 25));
  }

  @Test
  void a_value_given_inside_a_range_is_kept_and_a_missing_one_is_the_midpoint() {
    assertEquals(21, new Share(21, 20, 25).value());
    // (20 + 25) / 2
    assertEquals(22.5, new Share(Double.NaN, 20, 25).value());
  }

  @Test
  void poll_rules() {
    Map<String, Share> one = Map.of("support", Share.of(40));
    assertBroken(
        Rule.FIELDWORK_IN_ORDER,
        "fieldEnd",
        () -> poll(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 1), 1000, one));
    assertBroken(Rule.SAMPLE_SIZE_POSITIVE, "sampleSize", () -> poll(null, null, 0, one));
    assertBroken(
        Rule.SAMPLE_SIZE_POSITIVE,
        "sampleSize",
        () -> poll(null, null, Double.POSITIVE_INFINITY, one));
    assertBroken(Rule.AT_LEAST_ONE_SHARE, "shares", () -> poll(null, null, 1000, Map.of()));
  }

  @Test
  void option_rows_equal_to_the_poll_are_dropped_and_lines_do_not_count_without_lines() {
    Poll p =
        new Poll(
            1,
            2,
            "p1",
            "",
            "",
            null,
            null,
            "",
            "",
            "",
            Double.NaN,
            "",
            "",
            "",
            Map.of("yes", Share.of(40), "no", Share.of(50)),
            "",
            "",
            Map.of("x", "a"),
            Map.of(
                "yes",
                new Poll.OptionRow(2, Map.of("x", "a")),
                "no",
                new Poll.OptionRow(4, Map.of("x", "b"))));
    assertEquals(Map.of("no", new Poll.OptionRow(4, Map.of("x", "b"))), p.optionRows());
    assertEquals(4, p.lineOf("no"));
    assertEquals(2, p.lineOf("yes"));
    assertEquals(Map.of("x", "b"), p.extrasOf("no"));
    assertEquals(0, p.withoutLines().lineOf("no"));
    assertEquals(Map.of("x", "b"), p.withoutLines().extrasOf("no"));
  }
}
