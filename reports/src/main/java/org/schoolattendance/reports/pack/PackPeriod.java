package org.schoolattendance.reports.pack;

import java.time.LocalDate;
import org.schoolattendance.reports.AcademicYears;
import org.schoolattendance.reports.SameDateLastYear;

/**
 * The period a pack reports on: a school term ({@code 2024/25-summer}) or a year to date as at a
 * date ({@code 2024/25-ytd-2025-03-14}).
 *
 * @param id the period's identifier, as above
 * @param label how the period is written on a pack, e.g. "2024/25 summer term"
 * @param academicYear e.g. 2024/25
 * @param start first day of the period
 * @param end last day of the period (the as-of date for a year to date)
 * @param yearToDate whether the period is a year to date
 */
public record PackPeriod(
    String id,
    String label,
    String academicYear,
    LocalDate start,
    LocalDate end,
    boolean yearToDate) {

  /**
   * The marts' identifier of the period a year earlier that this one is compared with: the same
   * term, e.g. {@code 2023/24-autumn}, or for a year to date the earlier year to the same school
   * week, {@code 2023/24-ytd-same-date}.
   */
  public String lastYearPeriodId() {
    String previousYear = AcademicYears.previous(academicYear);
    return yearToDate()
        ? SameDateLastYear.periodId(previousYear)
        : previousYear + id.substring(academicYear.length());
  }

  /** The identifier with '/' replaced, for file names: {@code 2024-25-summer}. */
  public String fileSlug() {
    return id.replace('/', '-');
  }
}
