package org.schoolattendance.reports.school;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * Published national figures ({@code stg_dfe_statistic}) for a term, used only where the published
 * period is the same term as ours: DfE's autumn, spring and summer terms of daily register data.
 * Published files cover few terms, so "none" is the normal answer.
 *
 * @param schoolType the published school type, e.g. Primary, or Total for all schools
 */
record EnglandFigures(
    String schoolType,
    Double attendanceRatePct,
    Double overallAbsenceRatePct,
    Double authorisedAbsenceRatePct,
    Double unauthorisedAbsenceRatePct,
    Double persistentAbsenceRatePct) {

  static Optional<EnglandFigures> forTerm(WarehouseQuery query, String termId, String phase)
      throws SQLException {
    String schoolType = schoolType(phase);
    if (schoolType == null || termId == null || !termId.matches("\\d{4}/\\d{2}-\\w+")) {
      return Optional.empty();
    }
    String timePeriod = termId.substring(0, 4) + termId.substring(5, 7);
    String term = termId.substring(8);
    String timeIdentifier =
        Character.toUpperCase(term.charAt(0))
            + term.substring(1).toLowerCase(Locale.ROOT)
            + " term";
    Map<String, Double> values = new HashMap<>();
    for (Map.Entry<String, Double> cell :
        query.list(
            "select measure, value from stg_dfe_statistic where geographic_level = 'National'"
                + " and period_type = 'term' and time_period = ? and time_identifier = ?"
                + " and school_type = ? and population = 'all_pupils' and characteristic is null"
                + " and value is not null and measure in ('attendance_perc',"
                + " 'overall_absence_perc', 'authorised_absence_perc', 'unauthorised_absence_perc',"
                + " 'pa_perc')",
            row -> Map.entry(row.getString(1), row.getDouble(2)),
            timePeriod,
            timeIdentifier,
            schoolType)) {
      values.put(cell.getKey(), cell.getValue());
    }
    if (values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new EnglandFigures(
            schoolType,
            values.get("attendance_perc"),
            values.get("overall_absence_perc"),
            values.get("authorised_absence_perc"),
            values.get("unauthorised_absence_perc"),
            values.get("pa_perc")));
  }

  /** The published school type for a phase; null for "pru", which is published separately. */
  static String schoolType(String phase) {
    if (phase == null) {
      return "Total";
    }
    return switch (phase) {
      case "primary" -> "Primary";
      case "secondary" -> "Secondary";
      case "special" -> "Special";
      case "all" -> "Total";
      default -> null;
    };
  }
}
