package org.schoolattendance.reports.school;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * Reads {@code mart_group_period}: the school's and the LA's measures for a cohort, period and
 * pupil group. Every rate is the mart's own; nothing is re-aggregated here.
 */
final class GroupFigures {

  static final String ALL_ENROLMENTS = "all_enrolments";

  private static final String MEASURES =
      "enrolments, possible_sessions, overall_absence_sessions, attendance_rate_pct,"
          + " overall_absence_rate_pct, authorised_absence_rate_pct,"
          + " unauthorised_absence_rate_pct, persistent_absentees, persistent_absence_rate_pct,"
          + " severe_absentees, severe_absence_rate_pct";

  /** One group's row: its dimension and value and the measures. */
  record GroupRow(String periodId, String dimension, String groupValue, Headline measures) {}

  private final WarehouseQuery query;
  private final SchoolInfo school;
  private final String cohort;

  private GroupFigures(WarehouseQuery query, SchoolInfo school, String cohort) {
    this.query = query;
    this.school = school;
    this.cohort = cohort;
  }

  /**
   * Every enrolment on roll, so the figures are the school's own (as in {@code mart_school_term}
   * and the school's MIS), not only the DfE headline cohort of ages 5 to 15.
   */
  static GroupFigures forSchool(WarehouseQuery query, SchoolInfo school) {
    return new GroupFigures(query, school, ALL_ENROLMENTS);
  }

  String cohort() {
    return cohort;
  }

  Optional<Headline> school(MartPeriod period, String periodId) throws SQLException {
    return one("school", period, periodId);
  }

  Optional<Headline> la(MartPeriod period, String periodId) throws SQLException {
    return one("la", period, periodId);
  }

  /** Every period of a type for the school (or LA), oldest first. */
  List<GroupRow> series(String level, String periodType) throws SQLException {
    return query.list(
        "select period_id, dimension, group_value, "
            + MEASURES
            + " from mart_group_period where "
            + where(level)
            + " and cohort = ? and dimension = 'all' and period_type = ? order by period_start",
        GroupFigures::groupRow,
        levelKey(level),
        cohort,
        periodType);
  }

  /** Every group of every dimension for the school (or LA) in one period. */
  List<GroupRow> groups(String level, MartPeriod period) throws SQLException {
    return query.list(
        "select period_id, dimension, group_value, "
            + MEASURES
            + " from "
            + period.groupSource()
            + " where "
            + where(level)
            + " and cohort = ? and dimension <> 'all' and period_type = ? and period_id = ?"
            + " order by dimension, group_value",
        GroupFigures::groupRow,
        levelKey(level),
        cohort,
        period.periodType(),
        period.periodId());
  }

  /** The period's figures, or (with another id) the period it is compared with a year earlier. */
  private Optional<Headline> one(String level, MartPeriod period, String periodId)
      throws SQLException {
    boolean own = periodId.equals(period.periodId());
    String source = own ? period.groupSource() : MartPeriod.MART;
    return query.first(
        "select "
            + MEASURES
            + " from "
            + source
            + " where "
            + where(level)
            + " and cohort = ? and dimension = 'all' and period_type = ? and period_id = ?",
        GroupFigures::headline,
        levelKey(level),
        cohort,
        own ? period.periodType() : period.lastYearPeriodType(),
        periodId);
  }

  private static String where(String level) {
    return "school".equals(level)
        ? "geography_level = 'school' and urn = ?"
        : "geography_level = 'la' and phase = 'all' and la_code = ?";
  }

  private String levelKey(String level) {
    return "school".equals(level) ? school.urn() : school.laCode();
  }

  private static GroupRow groupRow(ResultSet row) throws SQLException {
    return new GroupRow(
        row.getString("period_id"),
        row.getString("dimension"),
        row.getString("group_value"),
        headline(row));
  }

  static Headline headline(ResultSet row) throws SQLException {
    return new Headline(
        row.getLong("enrolments"),
        row.getLong("possible_sessions"),
        row.getLong("overall_absence_sessions"),
        row.getDouble("attendance_rate_pct"),
        row.getDouble("overall_absence_rate_pct"),
        row.getDouble("authorised_absence_rate_pct"),
        row.getDouble("unauthorised_absence_rate_pct"),
        row.getLong("persistent_absentees"),
        row.getDouble("persistent_absence_rate_pct"),
        row.getLong("severe_absentees"),
        row.getDouble("severe_absence_rate_pct"));
  }
}
