package org.schoolattendance.reports.la.section;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.schoolattendance.reports.query.WarehouseQuery;

/** One school's (or one total's) headline figures for the period, from mart_group_period. */
record SchoolFigures(
    String urn,
    String name,
    String phase,
    long enrolments,
    double attendance,
    double overallAbsence,
    double persistentAbsence,
    double severeAbsence,
    long persistentAbsentees,
    long severeAbsentees,
    Double previousOverallAbsence) {

  static final String COLUMNS =
      "g.urn, g.phase, g.enrolments, g.attendance_rate_pct, g.overall_absence_rate_pct,"
          + " g.persistent_absence_rate_pct, g.severe_absence_rate_pct,"
          + " g.persistent_absentees, g.severe_absentees,"
          + " p.overall_absence_rate_pct as previous_overall";

  /** The period's rows joined to the same rows a year earlier (the first parameter). */
  static final String FROM =
      " from mart_group_period g"
          + " left join mart_group_period p on p.geography_level = g.geography_level"
          + " and p.la_code = g.la_code and p.urn is not distinct from g.urn"
          + " and p.phase = g.phase and p.cohort = g.cohort and p.dimension = g.dimension"
          + " and p.group_value = g.group_value and p.period_id = ?";

  static final String WHERE = " where g.period_id = ? and g.la_code = ? and g.dimension = 'all'";

  static SchoolFigures read(ResultSet row, String name) throws SQLException {
    return new SchoolFigures(
        row.getString("urn"),
        name,
        row.getString("phase"),
        row.getLong("enrolments"),
        row.getDouble("attendance_rate_pct"),
        row.getDouble("overall_absence_rate_pct"),
        row.getDouble("persistent_absence_rate_pct"),
        row.getDouble("severe_absence_rate_pct"),
        row.getLong("persistent_absentees"),
        row.getLong("severe_absentees"),
        WarehouseQuery.nullableDouble(row, "previous_overall"));
  }

  Double changeInOverallAbsence() {
    return previousOverallAbsence == null ? null : overallAbsence - previousOverallAbsence;
  }
}
