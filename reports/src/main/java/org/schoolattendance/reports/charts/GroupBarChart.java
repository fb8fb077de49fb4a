package org.schoolattendance.reports.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal bars of one measure by group (pupil groups, absence bands), the school beside its
 * comparators. Suppressed or unavailable values are left out (null), never drawn as zero.
 */
public final class GroupBarChart {

  /** One group's values; null where suppressed or not available. */
  public record Bar(String group, Double school, Double la, Double england) {}

  private GroupBarChart() {}

  public static JFreeChart horizontal(String measureLabel, String schoolLabel, List<Bar> bars) {
    return chart(measureLabel, schoolLabel, bars, PlotOrientation.HORIZONTAL);
  }

  public static JFreeChart vertical(String measureLabel, String schoolLabel, List<Bar> bars) {
    return chart(measureLabel, schoolLabel, bars, PlotOrientation.VERTICAL);
  }

  private static JFreeChart chart(
      String measureLabel, String schoolLabel, List<Bar> bars, PlotOrientation orientation) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    boolean anyEngland = bars.stream().anyMatch(bar -> bar.england() != null);
    for (Bar bar : bars) {
      data.addValue(bar.school(), schoolLabel, bar.group());
      data.addValue(bar.la(), "LA", bar.group());
      if (anyEngland) {
        data.addValue(bar.england(), "England", bar.group());
      }
    }
    CategoryAxis groups = new CategoryAxis();
    ChartStyle.styleAxis(groups);
    groups.setCategoryMargin(0.25);
    NumberAxis values = new NumberAxis(measureLabel);
    ChartStyle.percentAxis(values);

    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    renderer.setSeriesPaint(0, ChartStyle.SCHOOL);
    renderer.setSeriesPaint(1, ChartStyle.LA);
    renderer.setSeriesPaint(2, ChartStyle.ENGLAND);

    CategoryPlot plot = new CategoryPlot(data, groups, values, renderer);
    plot.setOrientation(orientation);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    return ChartStyle.styled(new JFreeChart(null, ChartStyle.font(9f), plot, true));
  }
}
