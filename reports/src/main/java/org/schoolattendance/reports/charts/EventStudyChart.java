package org.schoolattendance.reports.charts;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The home-visit event study: the estimated effect on attendance by month relative to the first
 * visit, with its 95% interval as a shaded band, a zero line and a line at the visit month.
 */
public final class EventStudyChart {

  /** One relative month: the estimate and its interval, in percentage points. */
  public record Month(int relativeMonth, double effect, double lower, double upper) {}

  private EventStudyChart() {}

  public static JFreeChart of(String seriesLabel, List<Month> months) {
    YIntervalSeries series = new YIntervalSeries(seriesLabel);
    for (Month month : months) {
      series.add(month.relativeMonth(), month.effect(), month.lower(), month.upper());
    }
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(series);

    NumberAxis relativeMonths = new NumberAxis("Months since the first visit (0 = month of visit)");
    ChartStyle.styleAxis(relativeMonths);
    relativeMonths.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    NumberAxis effect = new NumberAxis("Effect on attendance (percentage points)");
    ChartStyle.styleAxis(effect);

    DeviationRenderer renderer = new DeviationRenderer(true, true);
    renderer.setSeriesPaint(0, ChartStyle.SCHOOL);
    renderer.setSeriesFillPaint(0, ChartStyle.BAND);
    renderer.setSeriesStroke(0, ChartStyle.line(2f));
    renderer.setAlpha(0.55f);

    XYPlot plot = new XYPlot(data, relativeMonths, effect, renderer);
    plot.setRangeGridlinePaint(ChartStyle.GRID);
    plot.setDomainGridlinesVisible(false);
    plot.addRangeMarker(new ValueMarker(0, Color.GRAY, ChartStyle.line(0.8f)));
    plot.addDomainMarker(new ValueMarker(0, ChartStyle.LA, ChartStyle.line(1f)));
    return ChartStyle.styled(new JFreeChart(null, ChartStyle.font(9f), plot, true));
  }
}
