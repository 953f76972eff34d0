package io.github.pollkit.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The look shared by pollkit's charts: white background, light horizontal grid, no plot border, no
 * title box, legend without a frame, the logical {@code SansSerif} font (DejaVu Sans or Liberation
 * Sans on most Linux systems) and value axes in percent.
 */
final class ChartStyle {
  private ChartStyle() {}

  static final String FONT_FAMILY = Font.SANS_SERIF;
  static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 20);
  static final Font SUBTITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 15);
  static final Font AXIS_TITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);
  static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
  static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);
  static final Font LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
  static final Font CAPTION_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);

  static final Color BACKGROUND = Color.WHITE;
  static final Color TEXT = new Color(0x222222);
  static final Color SOFT_TEXT = new Color(0x555555);
  static final Color GRID = new Color(0xE3E3E3);
  static final Color EVENT_LINE = new Color(0x666666);

  static final int PADDING = 14;

  /**
   * Value labels such as {@code 40%} and {@code 45.5%}: a quoted percent sign is a literal in
   * DecimalFormat.
   */
  static final String PERCENT_PATTERN = "#0.#'%'";

  /**
   * Applies the common look to an XY or category chart's styler. XChart's own title is hidden:
   * {@link FrameLayout} paints it, left-aligned and wrapped.
   */
  static void apply(AxesChartStyler styler) {
    styler.setChartTitleVisible(false);
    styler.setChartBackgroundColor(BACKGROUND);
    styler.setPlotBackgroundColor(BACKGROUND);
    styler.setChartFontColor(TEXT);
    styler.setChartPadding(PADDING);
    styler.setChartTitleFont(TITLE_FONT);
    styler.setChartTitleBoxVisible(false);
    styler.setChartTitlePadding(12);
    styler.setPlotBorderVisible(false);
    styler.setPlotGridVerticalLinesVisible(false);
    styler.setPlotGridHorizontalLinesVisible(true);
    styler.setPlotGridLinesColor(GRID);
    styler.setPlotGridLinesStroke(new BasicStroke(1f));
    styler.setAxisTicksMarksVisible(false);
    styler.setAxisTicksLineVisible(false);
    styler.setAxisTickLabelsFont(TICK_FONT);
    styler.setAxisTickLabelsColor(SOFT_TEXT);
    styler.setAxisTitleFont(AXIS_TITLE_FONT);
    styler.setAxisTitlePadding(8);
    styler.setLegendFont(LEGEND_FONT);
    styler.setLegendBorderColor(BACKGROUND);
    styler.setLegendBackgroundColor(BACKGROUND);
    styler.setLegendSeriesLineLength(24);
    styler.setAnnotationTextFont(LABEL_FONT);
    styler.setAnnotationTextFontColor(TEXT);
    styler.setToolTipsEnabled(false);
    styler.setYAxisDecimalPattern(PERCENT_PATTERN);
    styler.setAntiAlias(true);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
  }
}
