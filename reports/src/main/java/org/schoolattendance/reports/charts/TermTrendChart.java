package org.schoolattendance.reports.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A measure term by term: one line for the school, one for the LA and points for England where a
 * published figure with the same period definition exists. Missing values leave gaps.
 */
public final class TermTrendChart {

  /** One term's values; null where not available. */
  public record Point(String term, Double school, Double la, Double england) {}

  private TermTrendChart() {}

  public static JFreeChart of(String measureLabel, String schoolLabel, List<Point> points) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Point point : points) {
      data.addValue(point.school(), schoolLabel, point.term());
      data.addValue(point.la(), "LA", point.term());
      data.addValue(point.england(), "England", point.term());
    }
    CategoryAxis terms = new CategoryAxis();
    ChartStyle.styleAxis(terms);
    terms.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    NumberAxis values = new NumberAxis(measureLabel);
    values.setAutoRangeIncludesZero(false);
    ChartStyle.percentAxis(values);

    LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
    lines.setSeriesPaint(0, ChartStyle.SCHOOL);
    lines.setSeriesPaint(1, ChartStyle.LA);
    lines.setSeriesPaint(2, ChartStyle.ENGLAND);
    for (int series = 0; series < 3; series++) {
      lines.setSeriesStroke(series, ChartStyle.line(series == 0 ? 2.2f : 1.5f));
    }
    // England is published for few terms, so its points are shown without joining lines.
    lines.setSeriesLinesVisible(2, false);

    CategoryPlot plot = new CategoryPlot(data, terms, values, lines);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    return ChartStyle.styled(new JFreeChart(null, ChartStyle.font(9f), plot, true));
  }
}
