package org.schoolattendance.reports.school;

import java.sql.SQLException;
import java.util.List;
import org.schoolattendance.reports.query.WarehouseQuery;

/** Absence by code from {@code mart_absence_reason}, for the school beside the LA (terms only). */
record ReasonFigures(List<ReasonFigures.Reason> reasons) {

  /** One absence code; the LA rate is null where no LA session had the code. */
  record Reason(
      String mark,
      String reasonGroup,
      boolean authorised,
      long sessions,
      double ratePct,
      double shareOfAbsencePct,
      Double laRatePct) {}

  static ReasonFigures load(WarehouseQuery query, SchoolInfo school, MartPeriod period)
      throws SQLException {
    return new ReasonFigures(
        query.list(
            "select s.mark, s.reason_group, s.is_authorised_absence, s.absence_sessions,"
                + " s.rate_pct, s.share_of_absence_pct, l.rate_pct as la_rate_pct"
                + " from mart_absence_reason s left join mart_absence_reason l"
                + " on l.geography_level = 'la' and l.la_code = s.la_code"
                + " and l.period_type = s.period_type and l.period_id = s.period_id"
                + " and l.mark = s.mark"
                + " where s.geography_level = 'school' and s.urn = ? and s.period_type = ?"
                + " and s.period_id = ? order by s.absence_sessions desc, s.mark",
            row ->
                new Reason(
                    row.getString(1),
                    row.getString(2),
                    row.getBoolean(3),
                    row.getLong(4),
                    row.getDouble(5),
                    row.getDouble(6),
                    WarehouseQuery.nullableDouble(row, "la_rate_pct")),
            school.urn(),
            period.periodType(),
            period.periodId()));
  }
}
