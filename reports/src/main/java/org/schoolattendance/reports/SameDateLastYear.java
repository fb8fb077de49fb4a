package org.schoolattendance.reports;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * What a year to date is compared with: the academic year before it, from 1 September to the end of
 * the school week holding the same date a year earlier ({@code period_type} year_to_date_last_year,
 * {@code period_id} e.g. 2023/24-ytd-same-date in the marts). Cells are no finer than a week, so
 * the comparison runs to that week's last day, not to the date itself.
 *
 * @param academicYear the earlier academic year, e.g. 2023/24
 * @param end the comparison period's last day, from the mart's period_end
 */
public record SameDateLastYear(String academicYear, LocalDate end) {

  public static final String PERIOD_TYPE = "year_to_date_last_year";

  /** {@code 2023/24-ytd-same-date} for the earlier year 2023/24. */
  public static String periodId(String earlierAcademicYear) {
    return earlierAcademicYear + "-ytd-same-date";
  }

  /**
   * The comparison period the marts hold for the year to date of {@code laterAcademicYear}, e.g.
   * 2023/24 to 26 May 2024 for 2024/25; empty where they hold none. The models derive its end from
   * the warehouse's latest register date, so every row (any school, any LA) carries the same end.
   */
  public static Optional<SameDateLastYear> held(WarehouseQuery query, String laterAcademicYear)
      throws SQLException {
    return query.first(
        "select academic_year, max(period_end) from mart_group_period where period_type = ?"
            + " and period_id = ? group by academic_year",
        row -> new SameDateLastYear(row.getString(1), row.getObject(2, LocalDate.class)),
        PERIOD_TYPE,
        periodId(AcademicYears.previous(laterAcademicYear)));
  }

  /** For a table heading or a note: "2023/24 to 17 March 2024 (the same school week)". */
  public String label() {
    return span() + " (the same school week)";
  }

  /** For a sentence, before a figure in brackets: "2023/24 to 17 March 2024, the same ...". */
  public String inSentence() {
    return span() + ", the same school week a year earlier";
  }

  /** Why the comparison can run a few days further than the date itself, for the notes. */
  public String explanation() {
    return "The year to date is compared with "
        + span()
        + ": the previous academic year from 1 September to the end of the school week (Monday"
        + " to Sunday) holding the same date a year earlier. The figures are kept by week, so"
        + " that week is the closest exact match; it can hold up to four more school days than"
        + " the date itself.";
  }

  private String span() {
    return academicYear + " to " + Figures.date(end);
  }
}
