package org.schoolattendance.reports.school;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.schoolattendance.reports.query.WarehouseQuery;

/** A school as the school directory describes it ({@code dim_school}). */
record SchoolInfo(
    String urn,
    String name,
    String phase,
    String laCode,
    String headEmail,
    LocalDate latestRegisterDate) {

  private static final String SELECT =
      "select urn, school_name, phase, la_code, head_email, latest_register_date from dim_school";

  static SchoolInfo find(WarehouseQuery query, String urn) throws SQLException {
    return query
        .first(SELECT + " where urn = ?", SchoolInfo::map, urn)
        .orElseThrow(() -> new IllegalArgumentException("no school with URN " + urn));
  }

  /** Schools with figures in the period, in URN order. */
  static List<SchoolInfo> withFigures(WarehouseQuery query, MartPeriod period) throws SQLException {
    return query.list(
        SELECT
            + " where urn in (select urn from "
            + period.groupSource()
            + " where geography_level = 'school'"
            + " and period_type = ? and period_id = ?) order by urn",
        SchoolInfo::map,
        period.periodType(),
        period.periodId());
  }

  /** Every school in the directory, in URN order. */
  static List<SchoolInfo> all(WarehouseQuery query) throws SQLException {
    return query.list(SELECT + " order by urn", SchoolInfo::map);
  }

  private static SchoolInfo map(java.sql.ResultSet row) throws SQLException {
    return new SchoolInfo(
        row.getString(1),
        row.getString(2),
        row.getString(3),
        row.getString(4),
        row.getString(5),
        row.getObject(6, LocalDate.class));
  }
}
