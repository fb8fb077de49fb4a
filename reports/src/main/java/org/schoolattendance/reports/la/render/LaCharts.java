package org.schoolattendance.reports.la.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.fonts.FontUtil;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.schoolattendance.reports.JasperTemplates;

/**
 * The LA pack's charts, drawn with JFreeChart in the packs' colours and embedded DejaVu font, and
 * exported by JasperReports as vector graphics.
 */
public final class LaCharts {

  private static final Color INK = new Color(0x1F, 0x29, 0x33);
  private static final Color GRID = new Color(0xD5, 0xDB, 0xE1);
  private static final List<Color> SERIES =
      List.of(
          new Color(0x1F, 0x3A, 0x5F),
          new Color(0x3E, 0x7C, 0xB1),
          new Color(0xE0, 0x8A, 0x00),
          new Color(0x5F, 0x6B, 0x7A),
          new Color(0xA4, 0x26, 0x2C));

  private LaCharts() {}

  /**
   * Lines by period: one series per entry, values in category order (null leaves a gap, so a
   * published figure that exists for one term shows as one point).
   */
  public static JFreeChart lines(
      List<String> categories, Map<String, List<Double>> series, String valueAxis) {
    DefaultCategoryDataset data = dataset(categories, series);
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    CategoryPlot plot = categoryPlot(data, valueAxis, renderer);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, color(i));
      renderer.setSeriesStroke(i, new BasicStroke(1.6f));
    }
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    return chart(plot, true);
  }

  /** Vertical bars, one colour per series. */
  public static JFreeChart bars(
      List<String> categories, Map<String, List<Double>> series, String valueAxis) {
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    CategoryPlot plot = categoryPlot(dataset(categories, series), valueAxis, renderer);
    for (int i = 0; i < series.size(); i++) {
      renderer.setSeriesPaint(i, color(i));
    }
    plot.getDomainAxis().setMaximumCategoryLabelLines(3);
    return chart(plot, series.size() > 1);
  }

  /**
   * The event-study plot: the effect by month relative to the first contact (month 0), with its 95%
   * interval as a band, a zero line and a line between the months before and after.
   */
  public static JFreeChart eventStudy(
      List<Integer> months, List<Double> effects, List<Double> lows, List<Double> highs) {
    YIntervalSeries series = new YIntervalSeries("Effect on attendance (95% interval)");
    for (int i = 0; i < months.size(); i++) {
      if (effects.get(i) != null && lows.get(i) != null && highs.get(i) != null) {
        series.add(months.get(i), effects.get(i), lows.get(i), highs.get(i));
      }
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    renderer.setSeriesPaint(0, color(0));
    renderer.setSeriesFillPaint(0, new Color(0x3E, 0x7C, 0xB1));
    renderer.setAlpha(0.25f);
    renderer.setSeriesStroke(0, new BasicStroke(1.8f));
    NumberAxis x = new NumberAxis("Months since the first contact (0 = month of contact)");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    NumberAxis y = new NumberAxis("Percentage points");
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.addRangeMarker(new ValueMarker(0, INK, new BasicStroke(0.8f)));
    plot.addDomainMarker(
        new ValueMarker(
            -0.5,
            SERIES.get(3),
            new BasicStroke(
                0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {3f, 3f}, 0f)));
    style(plot.getDomainAxis(), plot.getRangeAxis());
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlinesVisible(false);
    return chart(plot, true);
  }

  private static DefaultCategoryDataset dataset(
      List<String> categories, Map<String, List<Double>> series) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    series.forEach(
        (name, values) -> {
          for (int i = 0; i < categories.size(); i++) {
            data.addValue(values.get(i), name, categories.get(i));
          }
        });
    return data;
  }

  private static CategoryPlot categoryPlot(
      DefaultCategoryDataset data,
      String valueAxis,
      org.jfree.chart.renderer.category.CategoryItemRenderer renderer) {
    CategoryAxis categories = new CategoryAxis();
    NumberAxis values = new NumberAxis(valueAxis);
    CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(GRID);
    plot.setOutlineVisible(false);
    style(categories, values);
    return plot;
  }

  private static void style(org.jfree.chart.axis.Axis... axes) {
    for (org.jfree.chart.axis.Axis axis : axes) {
      axis.setLabelFont(font(8f));
      axis.setTickLabelFont(font(7.5f));
      axis.setLabelPaint(INK);
      axis.setTickLabelPaint(INK);
      axis.setAxisLinePaint(GRID);
    }
  }

  private static JFreeChart chart(org.jfree.chart.plot.Plot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(null, font(9f), plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    LegendTitle title = chart.getLegend();
    if (title != null) {
      title.setItemFont(font(7.5f));
      title.setItemPaint(INK);
      title.setPosition(RectangleEdge.BOTTOM);
      title.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    return chart;
  }

  private static Color color(int index) {
    return SERIES.get(index % SERIES.size());
  }

  /** DejaVu Sans from JasperReports' font extension, the font the PDF embeds. */
  private static Font font(float size) {
    return FontUtil.getInstance(JasperTemplates.context())
        .getAwtFontFromBundles("DejaVu Sans", Font.PLAIN, size, Locale.UK, true);
  }
}
