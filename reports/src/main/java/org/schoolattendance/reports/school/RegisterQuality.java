package org.schoolattendance.reports.school;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.schoolattendance.reports.query.WarehouseQuery;

/** The school's register quality ({@code mart_school_register_quality}). */
record RegisterQuality(
    LocalDate latestRegisterDate,
    LocalDate laLatestRegisterDate,
    long schoolDaysBehindLa,
    long missingMarkSessions,
    long overdueMissingMarkSessions,
    long unresolvedCodeSessions,
    long overdueUnresolvedCodeSessions) {

  static Optional<RegisterQuality> load(WarehouseQuery query, String urn) throws SQLException {
    return query.first(
        "select latest_register_date, la_latest_register_date, school_days_behind_la,"
            + " missing_mark_sessions, overdue_missing_mark_sessions, unresolved_code_sessions,"
            + " overdue_unresolved_code_sessions from mart_school_register_quality where urn = ?",
        row ->
            new RegisterQuality(
                row.getObject(1, LocalDate.class),
                row.getObject(2, LocalDate.class),
                row.getLong(3),
                row.getLong(4),
                row.getLong(5),
                row.getLong(6),
                row.getLong(7)),
        urn);
  }
}
