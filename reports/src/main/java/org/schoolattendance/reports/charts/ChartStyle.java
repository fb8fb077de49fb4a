package org.schoolattendance.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.schoolattendance.reports.ReportRenderingException;

/**
 * The one look of every chart in the packs: the packs' DejaVu Sans font (loaded from the embedded
 * font jar, never from the system), their colours, light grid lines and a legend below.
 */
public final class ChartStyle {

  public static final Color SCHOOL = new Color(0x1F, 0x3A, 0x5F);
  public static final Color LA = new Color(0xD9, 0x82, 0x2B);
  public static final Color ENGLAND = new Color(0x5F, 0x8F, 0x3E);
  public static final Color BAND = new Color(0x9D, 0xB4, 0xCC);
  public static final Color GRID = new Color(0xD5, 0xDB, 0xE1);
  public static final Color TEXT = new Color(0x1F, 0x29, 0x33);

  private static final String FONT_FOLDER = "net/sf/jasperreports/fonts/dejavu/";
  private static final Font BASE_FONT = loadFont(FONT_FOLDER + "DejaVuSans.ttf");
  private static final Font BOLD_FONT = loadFont(FONT_FOLDER + "DejaVuSans-Bold.ttf");

  private ChartStyle() {}

  public static Font font(float size) {
    return BASE_FONT.deriveFont(size);
  }

  /** The packs' bold face (its own font file, not a slanted or thickened regular). */
  public static Font boldFont(float size) {
    return BOLD_FONT.deriveFont(size);
  }

  public static BasicStroke line(float width) {
    return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /** Applies the common look; charts call it after building their plot. */
  public static JFreeChart styled(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setNoDataMessageFont(font(9f));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(font(8f));
      legend.setPosition(RectangleEdge.BOTTOM);
      legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      legend.setBackgroundPaint(Color.WHITE);
    }
    return chart;
  }

  static void styleAxis(org.jfree.chart.axis.Axis axis) {
    axis.setLabelFont(font(8f));
    axis.setTickLabelFont(font(7.5f));
    axis.setLabelPaint(TEXT);
    axis.setTickLabelPaint(TEXT);
    axis.setAxisLinePaint(GRID);
    axis.setTickMarkPaint(GRID);
  }

  static void percentAxis(ValueAxis axis) {
    styleAxis(axis);
    ((org.jfree.chart.axis.NumberAxis) axis)
        .setNumberFormatOverride(new java.text.DecimalFormat("0.#'%'"));
  }

  private static Font loadFont(String resource) {
    try (InputStream ttf = ChartStyle.class.getClassLoader().getResourceAsStream(resource)) {
      if (ttf == null) {
        throw new IllegalStateException("the embedded font is missing: " + resource);
      }
      Font font = Font.createFont(Font.TRUETYPE_FONT, ttf);
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
      return font;
    } catch (IOException | FontFormatException e) {
      throw new ReportRenderingException("cannot load the chart font " + resource, e);
    }
  }
}
