package org.schoolattendance.reports.school;

import java.sql.SQLException;
import java.time.LocalDate;
import org.schoolattendance.reports.pack.PackPeriod;

/**
 * How a pack's period is keyed in the marts: {@code term} / {@code 2024/25-autumn}, or {@code
 * year_to_date} / {@code 2024/25-ytd}. The marts hold one year to date per year, up to the latest
 * register date; a year to date as at an earlier date has no figures yet ({@link #hasFigures}
 * false), and every section then says "not available".
 *
 * @param lastYearPeriodId the same period a year earlier, or null where none is comparable
 */
record MartPeriod(
    String periodType,
    String periodId,
    String lastYearPeriodId,
    String academicYear,
    LocalDate end,
    boolean hasFigures) {

  static final String TERM = "term";
  static final String YEAR_TO_DATE = "year_to_date";

  static MartPeriod of(WarehouseQuery query, PackPeriod period) throws SQLException {
    if (!period.yearToDate()) {
      return new MartPeriod(
          TERM,
          period.id(),
          previousYear(period.academicYear()) + period.id().substring(7),
          period.academicYear(),
          period.end(),
          true);
    }
    String id = period.academicYear() + "-ytd";
    LocalDate latestData =
        query
            .first(
                "select max(period_end) from mart_group_period where period_type = ?"
                    + " and period_id = ?",
                row -> row.getObject(1, LocalDate.class),
                YEAR_TO_DATE,
                id)
            .orElse(null);
    boolean matches = latestData != null && !period.end().isBefore(latestData);
    return new MartPeriod(YEAR_TO_DATE, id, null, period.academicYear(), period.end(), matches);
  }

  /** The term before a term pack's term (for pupils' change since last term); null otherwise. */
  String previousTermId() {
    if (!isTerm()) {
      return null;
    }
    String term = periodId.substring(8);
    return switch (term) {
      case "autumn" -> previousYear(academicYear) + "-summer";
      case "spring" -> academicYear + "-autumn";
      case "summer" -> academicYear + "-spring";
      default -> null;
    };
  }

  boolean isTerm() {
    return TERM.equals(periodType);
  }

  /** "2023/24" for "2024/25". */
  static String previousYear(String academicYear) {
    int start = Integer.parseInt(academicYear.substring(0, 4)) - 1;
    return "%d/%02d".formatted(start, (start + 1) % 100);
  }
}
