package org.schoolattendance.reports.pack;

import java.time.LocalDate;

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

  /** The identifier with '/' replaced, for file names: {@code 2024-25-summer}. */
  public String fileSlug() {
    return id.replace('/', '-');
  }
}
