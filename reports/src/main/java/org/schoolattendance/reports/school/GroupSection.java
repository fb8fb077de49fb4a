package org.schoolattendance.reports.school;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.charts.GroupBarChart;
import org.schoolattendance.reports.pack.document.Section;
import org.schoolattendance.reports.pack.document.Table;
import org.schoolattendance.reports.privacy.SmallGroupSuppression;

/**
 * Year groups and key pupil groups against the same group across the LA. Each dimension's groups
 * add up to the school, so suppression is applied per dimension, with secondary suppression.
 */
final class GroupSection {

  static final String GAP_NOTE =
      "Gap to LA: this school's group minus the same group across the LA, in percentage points;"
          + " \"similar\" where the 95% interval of the gap includes zero, so the data do not"
          + " show a real difference. The intervals come from the LA's subgroup trend analysis of"
          + " pupils aged 5 to 15; a group it has no figure for shows the gap without one.";

  private GroupSection() {}

  static String persistentNote(SchoolFacts facts) {
    return "Persistent absence is c where at least one but fewer than "
        + facts.suppressionMinimum()
        + " of a group's pupils are persistently absent, and for one more group of the same"
        + " kind where only one would be hidden, so that it cannot be worked out from the"
        + " school's total. In a small school this hides much of the column.";
  }

  static Section yearGroups(SchoolFacts facts) {
    String heading = "Year groups";
    List<GroupFigures.GroupRow> years =
        rowsOf(facts, GroupLabels.YEAR_GROUP).stream()
            .sorted(Comparator.comparingInt(row -> GroupLabels.yearOrder(row.groupValue())))
            .toList();
    if (years.isEmpty()) {
      return Section.of(heading, List.of("Year groups are not available for this period."));
    }
    Table.Builder table = header();
    addRows(table, facts, years);
    return Section.of(heading, List.of())
        .withTable(table.build())
        .withNotes(List.of(GAP_NOTE, persistentNote(facts)));
  }

  static Section keyGroups(SchoolFacts facts) {
    String heading = "Pupil groups";
    Table.Builder table = header();
    List<GroupBarChart.Bar> bars = new ArrayList<>();
    for (String dimension : GroupLabels.KEY_DIMENSIONS) {
      List<GroupFigures.GroupRow> rows = rowsOf(facts, dimension);
      if (rows.isEmpty()) {
        continue;
      }
      table.row(Table.Row.emphasised(GroupLabels.dimension(dimension)));
      Set<String> hidden = addRows(table, facts, rows);
      for (GroupFigures.GroupRow row : rows) {
        Double la =
            facts
                .laGroup(dimension, row.groupValue())
                .map(Headline::overallAbsenceRatePct)
                .orElse(null);
        boolean suppressed = hidden.contains(row.groupValue());
        bars.add(
            new GroupBarChart.Bar(
                GroupLabels.group(dimension, row.groupValue()),
                suppressed ? null : row.measures().overallAbsenceRatePct(),
                la,
                null));
      }
    }
    if (table.isEmpty()) {
      return Section.of(heading, List.of("Pupil groups are not available for this period."));
    }
    return Section.of(
            heading,
            List.of(
                "Overall absence of each group at this school beside the same group across the"
                    + " LA. England figures for groups are not published for this period, so"
                    + " they are not available."))
        .withChart(GroupBarChart.horizontal("Overall absence", "This school", bars))
        .withTable(table.build())
        .withNotes(List.of(GAP_NOTE, persistentNote(facts)));
  }

  private static Table.Builder header() {
    return Table.withHeader(
        "Group",
        "Pupils",
        "Attendance",
        "Overall absence",
        "Persistent absence",
        "LA overall absence",
        "Gap to LA (points)");
  }

  /** Adds one dimension's rows and returns the groups hidden by suppression. */
  private static Set<String> addRows(
      Table.Builder table, SchoolFacts facts, List<GroupFigures.GroupRow> rows) {
    SmallGroupSuppression suppression = new SmallGroupSuppression(facts.suppressionMinimum());
    Set<String> hidden =
        suppression.suppressedCounts(
            rows, GroupFigures.GroupRow::groupValue, row -> row.measures().enrolments(), Set.of());
    Set<String> persistentHidden =
        suppression.suppressedCounts(
            rows,
            GroupFigures.GroupRow::groupValue,
            row -> row.measures().persistentAbsentees(),
            hidden);
    for (GroupFigures.GroupRow row : rows) {
      Headline school = row.measures();
      Headline la = facts.laGroup(row.dimension(), row.groupValue()).orElse(null);
      boolean laHidden = la != null && suppression.isTooSmall(la.enrolments());
      String label = GroupLabels.group(row.dimension(), row.groupValue());
      if (hidden.contains(row.groupValue())) {
        table.row(
            label,
            Cells.SUPPRESSED,
            Cells.SUPPRESSED,
            Cells.SUPPRESSED,
            Cells.SUPPRESSED,
            laHidden ? Cells.SUPPRESSED : Cells.percent(la, Headline::overallAbsenceRatePct),
            Cells.SUPPRESSED);
        continue;
      }
      table.row(
          label,
          Figures.count(school.enrolments()),
          Figures.percent(school.attendanceRatePct()),
          Figures.percent(school.overallAbsenceRatePct()),
          Cells.percent(
              school.persistentAbsenceRatePct(), persistentHidden.contains(row.groupValue())),
          laHidden ? Cells.SUPPRESSED : Cells.percent(la, Headline::overallAbsenceRatePct),
          la == null || laHidden
              ? Figures.NOT_AVAILABLE
              : Comparison.points(
                  school.overallAbsenceRatePct(),
                  la.overallAbsenceRatePct(),
                  facts
                      .trends()
                      .overallAbsenceGapToLa(row.dimension(), row.groupValue())
                      .orElse(null)));
    }
    return hidden;
  }

  private static List<GroupFigures.GroupRow> rowsOf(SchoolFacts facts, String dimension) {
    return facts.schoolGroups().stream().filter(row -> row.dimension().equals(dimension)).toList();
  }
}
