package org.schoolattendance.reports.school;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.charts.TermTrendChart;
import org.schoolattendance.reports.pack.document.Section;
import org.schoolattendance.reports.pack.document.Table;
import org.schoolattendance.reports.privacy.SmallGroupSuppression;

/** Overall absence and persistent absence term by term over three years. */
final class TrendSection {

  private TrendSection() {}

  static Section overallAbsence(SchoolFacts facts) {
    String heading = "Absence over three years";
    if (facts.schoolTerms().isEmpty()) {
      return Section.of(heading, List.of("No terms with figures: not available."));
    }
    List<String> sentences = new ArrayList<>();
    sentences.add(
        "Overall absence by term for this school, the LA and, where DfE has published a figure"
            + " for the same term, England.");
    if (facts.englandTerms().isEmpty()) {
      sentences.add(
          "No England figure is published for these terms with the same period definition, so"
              + " England is not available.");
    }
    return Section.of(heading, sentences)
        .withChart(
            chart(
                facts,
                "Overall absence",
                Headline::overallAbsenceRatePct,
                EnglandFigures::overallAbsenceRatePct))
        .withTable(table(facts));
  }

  static JFreeChart chart(
      SchoolFacts facts,
      String measure,
      Function<Headline, Double> rate,
      Function<EnglandFigures, Double> englandRate) {
    List<TermTrendChart.Point> points = new ArrayList<>();
    for (GroupFigures.GroupRow term : facts.schoolTerms()) {
      Headline la = facts.laTerms().get(term.periodId());
      EnglandFigures england = facts.englandTerms().get(term.periodId());
      points.add(
          new TermTrendChart.Point(
              termLabel(term.periodId()),
              rate.apply(term.measures()),
              la == null ? null : rate.apply(la),
              england == null ? null : englandRate.apply(england)));
    }
    return TermTrendChart.of(measure, "This school", points);
  }

  private static Table table(SchoolFacts facts) {
    SmallGroupSuppression suppression = new SmallGroupSuppression(facts.suppressionMinimum());
    Table.Builder table =
        Table.withHeader(
            "Term", "Overall absence", "LA", "England", "Persistent absence", "LA", "England");
    for (GroupFigures.GroupRow term : facts.schoolTerms()) {
      Headline school = term.measures();
      Headline la = facts.laTerms().get(term.periodId());
      EnglandFigures england = facts.englandTerms().get(term.periodId());
      table.row(
          termLabel(term.periodId()),
          Figures.percent(school.overallAbsenceRatePct()),
          Cells.percent(la, Headline::overallAbsenceRatePct),
          Cells.percent(england == null ? null : england.overallAbsenceRatePct()),
          PupilShare.PERSISTENT.rateCell(school, suppression),
          PupilShare.PERSISTENT.rateCell(la, suppression),
          Cells.percent(england == null ? null : england.persistentAbsenceRatePct()));
    }
    return table.build();
  }

  /** "2024/25 autumn" for "2024/25-autumn". */
  static String termLabel(String termId) {
    return termId.replace('-', ' ');
  }
}
