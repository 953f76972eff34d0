package io.github.pollkit.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** SVG compaction on hand-written documents. */
class SvgCompactorTest {

  @Test
  void numbers_with_more_than_two_decimals_are_rounded_half_up_to_two() {
    assertEquals(
        "x=\"771.89\" y=\"366.85\" w=\"2\" o=\"0.12\" v=\"1.1\" n=\"-0.5\" z=\"0\"",
        SvgCompactor.roundNumbers(
            "x=\"771.8877406624572\" y=\"366.85040000000004\" w=\"2\""
                + " o=\"0.12156862745098\" v=\"1.1\" n=\"-0.4999\" z=\"-0.0001\""));
  }

  @Test
  void each_distinct_style_becomes_one_class() {
    String svg =
        "<svg width=\"10\"><defs></defs>"
            + "<ellipse cx=\"1\" style=\"fill:red;\"/>"
            + "<ellipse cx=\"2\" style=\"fill:red;\"/>"
            + "<line style=\"stroke:blue;\"/></svg>";
    assertEquals(
        "<svg width=\"10\"><defs><style type=\"text/css\"><![CDATA[\n"
            + ".s0{fill:red;}\n"
            + ".s1{stroke:blue;}\n"
            + "]]></style></defs>"
            + "<ellipse cx=\"1\" class=\"s0\"/>"
            + "<ellipse cx=\"2\" class=\"s0\"/>"
            + "<line class=\"s1\"/></svg>",
        SvgCompactor.compact(svg));
  }

  @Test
  void a_document_without_defs_gets_them_after_the_svg_tag() {
    assertEquals(
        "<svg><defs><style type=\"text/css\"><![CDATA[\n.s0{fill:red;}\n]]></style></defs>"
            + "<rect class=\"s0\"/></svg>",
        SvgCompactor.compact("<svg><rect style=\"fill:red;\"/></svg>"));
  }
}
