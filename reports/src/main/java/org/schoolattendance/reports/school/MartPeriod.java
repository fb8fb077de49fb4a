package org.schoolattendance.reports.school;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.schoolattendance.reports.AcademicYears;
import org.schoolattendance.reports.SameDateLastYear;
import org.schoolattendance.reports.pack.PackPeriod;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * How a pack's period is keyed in the marts: {@code term} / {@code 2024/25-autumn}, or {@code
 * year_to_date} / {@code 2024/25-ytd}. The marts hold one year to date per year, up to the latest
 * register date; a year to date as at an earlier date is read from the models' table macro {@code
 * group_period_year_to_date} ({@link #groupSource}); where the warehouse predates it, the sections
 * say "not available" ({@link #hasFigures} false).
 *
 * <p>A term is compared with the same term last year; the marts' year to date with the earlier year
 * to the same school week ({@link SameDateLastYear}); a year to date from the macro with nothing,
 * since the macro has no comparison period.
 *
 * @param lastYearPeriodId the same period a year earlier, or null where none is comparable
 * @param sameDateLastYear a year to date's comparison period, where the marts hold it
 * @param groupSource what to read the period's group figures from: mart_group_period or the macro
 */
record MartPeriod(
    String periodType,
    String periodId,
    String lastYearPeriodId,
    Optional<SameDateLastYear> sameDateLastYear,
    String academicYear,
    LocalDate end,
    boolean hasFigures,
    String groupSource) {

  static final String MART = "mart_group_period";
  static final String TERM = "term";
  static final String YEAR_TO_DATE = "year_to_date";

  static MartPeriod of(WarehouseQuery query, PackPeriod period) throws SQLException {
    if (!period.yearToDate()) {
      return new MartPeriod(
          TERM,
          period.id(),
          period.lastYearPeriodId(),
          Optional.empty(),
          period.academicYear(),
          period.end(),
          true,
          MART);
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
    if (matches) {
      return new MartPeriod(
          YEAR_TO_DATE,
          id,
          period.lastYearPeriodId(),
          SameDateLastYear.held(query, period.academicYear()),
          period.academicYear(),
          period.end(),
          true,
          MART);
    }
    // An earlier date: the models' table macro computes the same measures as at that date.
    boolean macro =
        query
            .first(
                "select 1 from duckdb_functions() where function_name = ?",
                row -> true,
                "group_period_year_to_date")
            .isPresent();
    return new MartPeriod(
        YEAR_TO_DATE,
        period.id(),
        null,
        Optional.empty(),
        period.academicYear(),
        period.end(),
        macro,
        // A LocalDate prints as yyyy-mm-dd, so the literal cannot carry anything else.
        "group_period_year_to_date(date '" + period.end() + "')");
  }

  /** How the marts key the last-year period: the same type for a term. */
  String lastYearPeriodType() {
    return isTerm() ? TERM : SameDateLastYear.PERIOD_TYPE;
  }

  /** The term before a term pack's term (for pupils' change since last term); null otherwise. */
  String previousTermId() {
    if (!isTerm()) {
      return null;
    }
    String term = periodId.substring(8);
    return switch (term) {
      case "autumn" -> AcademicYears.previous(academicYear) + "-summer";
      case "spring" -> academicYear + "-autumn";
      case "summer" -> academicYear + "-spring";
      default -> null;
    };
  }

  boolean isTerm() {
    return TERM.equals(periodType);
  }
}
