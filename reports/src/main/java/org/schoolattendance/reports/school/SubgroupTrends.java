package org.schoolattendance.reports.school;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.schoolattendance.reports.Differences.Interval;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * The school's rows of Spark's {@code trend_subgroup_period} for the pack's period: each group's
 * overall and persistent absence with 95% intervals for its change against the same period last
 * year and its gaps to the LA and to England. Spark computes them for pupils aged 5 to 15 (the
 * DfE's headline cohort). Empty when the transform stage has not run or has no row for the period:
 * the packs then compare without intervals.
 *
 * @param computed whether the table exists at all
 */
record SubgroupTrends(boolean computed, List<SubgroupTrends.Cell> cells) {

  static final String TABLE = "trend_subgroup_period";
  static final String ALL_PUPILS = "all_pupils";

  /** A difference in percentage points with its 95% interval (null where not known). */
  record Gap(double points, Interval interval) {}

  /**
   * One measure of one group: its rate and how it compares.
   *
   * @param change against the same period last year, or null
   * @param toLa the school's group minus the LA's same group, or null
   * @param toEngland the group minus England's published figure for the same period, or null
   */
  record Measure(
      double rate, Gap change, Double laRate, Gap toLa, Double englandRate, Gap toEngland) {}

  /**
   * One group's row.
   *
   * @param suppressed whether Spark found the group too small to analyse
   */
  record Cell(
      String dimension,
      String groupValue,
      long enrolments,
      long persistentAbsentees,
      boolean suppressed,
      Measure overallAbsence,
      Measure persistentAbsence) {}

  private static final List<String> MEASURES = List.of("overall_absence", "persistent_absence");
  private static final List<String> KEYS =
      List.of("dimension", "group_value", "enrolments", "persistent_absentees", "is_suppressed");

  static SubgroupTrends none() {
    return new SubgroupTrends(false, List.of());
  }

  static SubgroupTrends load(WarehouseQuery query, SchoolInfo school, MartPeriod period)
      throws SQLException {
    // A table from an older transform stage lacks some columns: treated as not computed.
    if (!query.hasColumns(TABLE, columns())) {
      return none();
    }
    List<Cell> cells =
        query.list(
            "select "
                + String.join(", ", columns())
                + " from "
                + TABLE
                + " where level = 'school' and urn = ? and period_type = ? and period_id = ?"
                + " order by dimension, group_value",
            SubgroupTrends::cell,
            school.urn(),
            period.periodType(),
            period.periodId());
    return new SubgroupTrends(true, cells);
  }

  Optional<Cell> allPupils() {
    return cells.stream().filter(cell -> ALL_PUPILS.equals(cell.dimension())).findFirst();
  }

  /**
   * The 95% interval of a group's overall-absence gap to the LA, for a group named as {@code
   * mart_group_period} names it ({@code fsm_eligible} true, {@code first_language_group}); empty
   * where Spark has no row for the group or found it too small to analyse.
   */
  Optional<Interval> overallAbsenceGapToLa(String martDimension, String martValue) {
    String dimension = trendDimension(martDimension);
    String value = trendValue(martDimension, martValue);
    return cells.stream()
        .filter(cell -> cell.dimension().equals(dimension) && cell.groupValue().equals(value))
        .filter(cell -> !cell.suppressed())
        .map(cell -> cell.overallAbsence().toLa())
        .filter(gap -> gap != null && gap.interval() != null)
        .map(Gap::interval)
        .findFirst();
  }

  private static String trendDimension(String martDimension) {
    return switch (martDimension) {
      case "fsm_eligible" -> "fsm";
      case "first_language_group" -> "first_language";
      default -> martDimension;
    };
  }

  private static String trendValue(String martDimension, String martValue) {
    if ("fsm_eligible".equals(martDimension)) {
      return Boolean.parseBoolean(martValue) ? "FSM" : "Not FSM";
    }
    return martValue;
  }

  private static List<String> columns() {
    return java.util.stream.Stream.concat(
            KEYS.stream(), MEASURES.stream().flatMap(measure -> columns(measure).stream()))
        .toList();
  }

  private static List<String> columns(String measure) {
    return List.of(
        measure + "_rate_pct",
        measure + "_change_pct",
        measure + "_change_ci_low",
        measure + "_change_ci_high",
        "la_" + measure + "_rate_pct",
        measure + "_gap_to_la_pct",
        measure + "_gap_to_la_pct_ci_low",
        measure + "_gap_to_la_pct_ci_high",
        "national_" + measure + "_rate_pct",
        measure + "_gap_to_national_pct",
        measure + "_gap_to_national_pct_ci_low",
        measure + "_gap_to_national_pct_ci_high");
  }

  private static Cell cell(ResultSet row) throws SQLException {
    return new Cell(
        row.getString("dimension"),
        row.getString("group_value"),
        row.getLong("enrolments"),
        row.getLong("persistent_absentees"),
        row.getBoolean("is_suppressed"),
        measure(row, "overall_absence"),
        measure(row, "persistent_absence"));
  }

  private static Measure measure(ResultSet row, String measure) throws SQLException {
    return new Measure(
        row.getDouble(measure + "_rate_pct"),
        gap(row, measure + "_change_pct", measure + "_change_ci"),
        WarehouseQuery.nullableDouble(row, "la_" + measure + "_rate_pct"),
        gap(row, measure + "_gap_to_la_pct", measure + "_gap_to_la_pct_ci"),
        WarehouseQuery.nullableDouble(row, "national_" + measure + "_rate_pct"),
        gap(row, measure + "_gap_to_national_pct", measure + "_gap_to_national_pct_ci"));
  }

  private static Gap gap(ResultSet row, String column, String intervalStem) throws SQLException {
    Double points = WarehouseQuery.nullableDouble(row, column);
    return points == null
        ? null
        : new Gap(
            points,
            Interval.ofNullable(
                WarehouseQuery.nullableDouble(row, intervalStem + "_low"),
                WarehouseQuery.nullableDouble(row, intervalStem + "_high")));
  }
}
