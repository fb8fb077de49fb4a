package org.schoolattendance.reports.pack.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderToImageAwareRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import org.schoolattendance.reports.charts.ChartStyle;

/**
 * A faint line of text drawn once across the page along its diagonal, from bottom left to top
 * right. JasperReports text turns only by right angles, so the watermark is drawn as a picture: one
 * line, never wrapped, its font shrunk until it fits inside the page with a margin at both ends.
 */
final class DiagonalWatermark extends AbstractRenderToImageAwareRenderer
    implements Graphics2DRenderable {

  private static final long serialVersionUID = 1L;

  static final Color COLOUR = new Color(0xED, 0xE3, 0xE3);
  static final float LARGEST_FONT = 28f;

  /** The share of the diagonal the text may take, leaving room for its height at the ends. */
  static final double SHARE_OF_DIAGONAL = 0.8;

  private final String text;

  DiagonalWatermark(String text) {
    this.text = text;
  }

  @Override
  public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
    Graphics2D g = (Graphics2D) graphics.create();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      TextLayout line = line(area, g.getFontRenderContext());
      Rectangle2D bounds = line.getBounds();
      g.translate(area.getCenterX(), area.getCenterY());
      g.rotate(angle(area));
      g.setColor(COLOUR);
      line.draw(g, (float) -bounds.getCenterX(), (float) -bounds.getCenterY());
    } finally {
      g.dispose();
    }
  }

  /** The text on one line, in {@link #font}. */
  TextLayout line(Rectangle2D area, FontRenderContext context) {
    return new TextLayout(text, font(area, context), context);
  }

  /** The bold font at the largest size up to {@link #LARGEST_FONT} that fits along the diagonal. */
  Font font(Rectangle2D area, FontRenderContext context) {
    double room = Math.hypot(area.getWidth(), area.getHeight()) * SHARE_OF_DIAGONAL;
    Font largest = ChartStyle.boldFont(LARGEST_FONT);
    double width = new TextLayout(text, largest, context).getBounds().getWidth();
    return width <= room ? largest : ChartStyle.boldFont((float) (LARGEST_FONT * room / width));
  }

  /** Rising from bottom left to top right (y grows downwards, so the angle is negative). */
  static double angle(Rectangle2D area) {
    return -Math.atan2(area.getHeight(), area.getWidth());
  }
}
