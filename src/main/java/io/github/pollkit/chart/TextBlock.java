package io.github.pollkit.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A caption or note broken into lines that fit a width, measured with the graphics context that
 * will draw it (so it works the same on a bitmap, an SVG and a PDF canvas). Lines break at spaces;
 * a {@code \n} in the text starts a new line; a word longer than the width gets a line of its own.
 */
final class TextBlock {
  private final List<String> lines;
  private final Font font;
  private final int lineHeight;
  private final int ascent;

  private TextBlock(List<String> lines, Font font, int lineHeight, int ascent) {
    this.lines = lines;
    this.font = font;
    this.lineHeight = lineHeight;
    this.ascent = ascent;
  }

  static TextBlock wrap(Graphics2D g, String text, Font font, double width) {
    FontMetrics metrics = g.getFontMetrics(font);
    List<String> lines = new ArrayList<>();
    if (text != null && !text.isBlank()) {
      for (String paragraph : text.strip().split("\\R")) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.strip().split("\\s+")) {
          String candidate = line.length() == 0 ? word : line + " " + word;
          if (line.length() > 0 && metrics.stringWidth(candidate) > width) {
            lines.add(line.toString());
            line = new StringBuilder(word);
          } else {
            line = new StringBuilder(candidate);
          }
        }
        lines.add(line.toString());
      }
    }
    return new TextBlock(List.copyOf(lines), font, metrics.getHeight(), metrics.getAscent());
  }

  List<String> lines() {
    return lines;
  }

  int height() {
    return lines.size() * lineHeight;
  }

  /** Draws the lines left-aligned at {@code x}, the first line's top at {@code top}. */
  void draw(Graphics2D g, double x, double top) {
    for (int i = 0; i < lines.size(); i++) {
      fill(g, lines.get(i), font, x, top + i * lineHeight + ascent);
    }
  }

  /**
   * Records the box of each line, drawn by {@link #draw} at {@code x}, {@code top}, as text named
   * {@code name} and the line's number.
   */
  void record(LayoutBoxes boxes, String name, Graphics2D g, double x, double top) {
    FontMetrics metrics = g.getFontMetrics(font);
    for (int i = 0; i < lines.size(); i++) {
      boxes.add(
          LayoutBoxes.Kind.TEXT,
          name + " line " + (i + 1),
          g,
          new Rectangle2D.Double(
              x, top + i * lineHeight, metrics.stringWidth(lines.get(i)), lineHeight));
    }
  }

  /** The width of the widest line. */
  double width(Graphics2D g) {
    FontMetrics metrics = g.getFontMetrics(font);
    return lines.stream().mapToDouble(metrics::stringWidth).max().orElse(0);
  }

  /**
   * Draws one line of text as filled glyph outlines, as XChart draws its own text, so that vector
   * output (SVG, PDF) does not depend on fonts being embedded.
   */
  static void fill(Graphics2D g, String text, Font font, double x, double baseline) {
    if (text.isEmpty()) {
      return;
    }
    TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
    g.fill(layout.getOutline(AffineTransform.getTranslateInstance(x, baseline)));
  }

  /** The advance width of one line of text in the given font. */
  static double width(Graphics2D g, String text, Font font) {
    return g.getFontMetrics(font).stringWidth(text);
  }
}
