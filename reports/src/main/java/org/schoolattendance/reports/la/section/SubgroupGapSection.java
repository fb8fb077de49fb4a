package org.schoolattendance.reports.la.section;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schoolattendance.reports.Differences;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.la.LaSection;
import org.schoolattendance.reports.la.SectionChart;
import org.schoolattendance.reports.la.render.LaCharts;
import org.schoolattendance.reports.la.table.Cell;
import org.schoolattendance.reports.la.table.CellFormat;
import org.schoolattendance.reports.la.table.LaTable;
import org.schoolattendance.reports.la.table.RowKind;
import org.schoolattendance.reports.la.table.TableRow;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * Gaps in overall absence between pupil groups and the rest of their school (trend_subgroup_period,
 * from Spark), for every school and the LA, with a chart of the LA's groups.
 */
public final class SubgroupGapSection {

  static final String TITLE = "Pupil groups: gaps in overall absence by school";

  /** The groups compared with the rest of their school: dimension, value, label, in words. */
  private static final List<String[]> GROUPS =
      List.of(
          new String[] {"fsm", "FSM", "FSM", "pupils eligible for free school meals"},
          new String[] {"sen_provision", "K", "SEN support", "pupils with SEN support"},
          new String[] {"sen_provision", "E", "EHC plan", "pupils with an EHC plan"},
          new String[] {
            "first_language",
            "Other than English",
            "EAL",
            "pupils with English as an additional" + " language"
          },
          new String[] {"sex", "M", "Boys", "boys"});

  /** The LA's groups in the chart: dimension, value, label. */
  private static final List<String[]> CHART_GROUPS =
      List.of(
          new String[] {"all_pupils", "All pupils", "All pupils"},
          new String[] {"fsm", "FSM", "FSM"},
          new String[] {"fsm", "Not FSM", "Not FSM"},
          new String[] {"sen_provision", "N", "No SEN"},
          new String[] {"sen_provision", "K", "SEN support"},
          new String[] {"sen_provision", "E", "EHC plan"},
          new String[] {"first_language", "Other than English", "EAL"},
          new String[] {"first_language", "English", "English"},
          new String[] {"sex", "F", "Girls"},
          new String[] {"sex", "M", "Boys"});

  private record Group(
      String urn,
      String dimension,
      String value,
      long enrolments,
      Long restEnrolments,
      Double rate,
      Double gap,
      Double low,
      Double high) {}

  private SubgroupGapSection() {}

  public static LaSection build(LaContext context) throws SQLException {
    if (!context.warehouse().tableExists("trend_subgroup_period")) {
      return LaSection.notAvailable(
          TITLE, "the subgroup trends have not been computed (run the transform stage)");
    }
    Map<String, Group> groups = new HashMap<>();
    for (Group g : groups(context)) {
      groups.put(key(g.urn(), g.dimension(), g.value()), g);
    }
    if (groups.isEmpty()) {
      return LaSection.notAvailable(TITLE, "no subgroup figures for " + context.period().label());
    }
    List<String> headers = new ArrayList<>(List.of("School (URN)", "Phase"));
    GROUPS.forEach(g -> headers.add(g[2] + " vs rest (points)"));
    List<TableRow> rows = new ArrayList<>();
    long minimum = context.suppression().minimum();
    for (String[] school : schools(context)) {
      List<Cell> cells =
          new ArrayList<>(
              List.of(
                  Cell.text(school[1] + " (" + school[0] + ")"),
                  Cell.text(Phases.name(school[2]))));
      GROUPS.forEach(g -> cells.add(gapCell(groups.get(key(school[0], g[0], g[1])), minimum)));
      rows.add(new TableRow(RowKind.ROW, cells));
    }
    List<Cell> la = new ArrayList<>(List.of(Cell.text("All schools in the LA"), Cell.text("")));
    GROUPS.forEach(g -> la.add(gapCell(groups.get(key(null, g[0], g[1])), minimum)));
    rows.add(new TableRow(RowKind.TOTAL, la));
    return new LaSection(
        TITLE,
        sentences(groups, context),
        chart(groups, minimum),
        new LaTable("Group gaps", headers, rows),
        List.of(
            "Each figure is the group's overall absence rate minus that of the rest of the"
                + " school's pupils, in percentage points: positive means the group misses more"
                + " sessions. \"similar\": the gap's 95% interval includes zero, so the data do"
                + " not show a difference (the workbook keeps the unrounded gap).",
            "Pupils aged 5 to 15 in state-funded schools (the headline cohort). c: the group or"
                + " the rest of the school has fewer than "
                + minimum
                + " pupils."));
  }

  private static List<Group> groups(LaContext context) throws SQLException {
    return context
        .warehouse()
        .list(
            "select urn, dimension, group_value, enrolments, rest_enrolments,"
                + " overall_absence_rate_pct, overall_absence_gap_to_rest_pct,"
                + " overall_absence_gap_to_rest_pct_ci_low, overall_absence_gap_to_rest_pct_ci_high"
                + " from trend_subgroup_period where la_code = ? and period_id = ?"
                + " and level in ('school', 'la')"
                + " and dimension in ('all_pupils', 'fsm', 'sen_provision', 'first_language', 'sex')",
            row ->
                new Group(
                    row.getString("urn"),
                    row.getString("dimension"),
                    row.getString("group_value"),
                    row.getLong("enrolments"),
                    nullableLong(row.getLong("rest_enrolments"), row.wasNull()),
                    WarehouseQuery.nullableDouble(row, "overall_absence_rate_pct"),
                    WarehouseQuery.nullableDouble(row, "overall_absence_gap_to_rest_pct"),
                    WarehouseQuery.nullableDouble(row, "overall_absence_gap_to_rest_pct_ci_low"),
                    WarehouseQuery.nullableDouble(row, "overall_absence_gap_to_rest_pct_ci_high")),
            context.laCode(),
            context.martPeriodId());
  }

  private static Long nullableLong(long value, boolean wasNull) {
    return wasNull ? null : value;
  }

  private static List<String[]> schools(LaContext context) throws SQLException {
    return context
        .warehouse()
        .list(
            "select urn, school_name, phase from dim_school where la_code = ?"
                + " order by case phase when 'primary' then 0 when 'secondary' then 1"
                + " when 'special' then 2 else 3 end, school_name, urn",
            row -> new String[] {row.getString(1), row.getString(2), row.getString(3)},
            context.laCode());
  }

  private static String key(String urn, String dimension, String value) {
    return urn + "|" + dimension + "|" + value;
  }

  private static boolean tooSmall(long pupils, long minimum) {
    return pupils > 0 && pupils < minimum;
  }

  private static Cell gapCell(Group group, long minimum) {
    if (group == null || group.gap() == null) {
      return Cell.notAvailable();
    }
    long rest = group.restEnrolments() == null ? 0 : group.restEnrolments();
    if (tooSmall(group.enrolments(), minimum) || tooSmall(rest, minimum)) {
      return Cell.suppressed();
    }
    Cell figure = Cell.points(group.gap());
    if (group.low() != null
        && group.high() != null
        && Differences.includesZero(group.low(), group.high())) {
      return new Cell("similar", group.gap(), CellFormat.POINTS);
    }
    return figure;
  }

  private static SectionChart chart(Map<String, Group> groups, long minimum) {
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (String[] g : CHART_GROUPS) {
      Group group = groups.get(key(null, g[0], g[1]));
      if (group != null && group.rate() != null && !tooSmall(group.enrolments(), minimum)) {
        labels.add(g[2]);
        values.add(group.rate());
      }
    }
    if (labels.isEmpty()) {
      return null;
    }
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put("LA", values);
    return new SectionChart(
        "Overall absence by pupil group across the LA (%); no England figure matches this period",
        LaCharts.bars(labels, series, "Overall absence (%)"));
  }

  private static List<String> sentences(Map<String, Group> groups, LaContext context) {
    List<String> sentences = new ArrayList<>();
    long minimum = context.suppression().minimum();
    for (String[] g : GROUPS) {
      Group la = groups.get(key(null, g[0], g[1]));
      if (la == null
          || la.gap() == null
          || la.low() == null
          || la.high() == null
          || tooSmall(la.enrolments(), minimum)) {
        continue;
      }
      sentences.add(
          "Across the LA, overall absence of %s (%s) was %s that of other pupils (%s)."
              .formatted(
                  g[3],
                  Figures.percent(la.rate()),
                  Differences.compared(la.gap(), la.low(), la.high()),
                  Figures.percent(la.rate() - la.gap())));
    }
    return sentences;
  }
}
