package org.schoolattendance.reports.la;

import java.time.LocalDate;
import java.util.List;
import org.schoolattendance.reports.pack.PackPeriod;

/**
 * Everything the LA comparison PDF and workbook show, as finished sections.
 *
 * @param laCode the LA's 3-digit code
 * @param laName the LA's published name, or null when its code matches no published LA
 * @param period the period reported on
 * @param dataAsOf the latest date with register marks in the LA
 * @param earliestRegisterDate the earliest of the schools' latest register dates
 * @param synthetic whether every page is marked as synthetic data
 * @param suppressionMinimum groups with fewer pupils than this are shown as {@code c}
 * @param periodNote a caveat about the period's figures for the cover, or null
 */
public record LaReport(
    String laCode,
    String laName,
    PackPeriod period,
    LocalDate dataAsOf,
    LocalDate earliestRegisterDate,
    boolean synthetic,
    long suppressionMinimum,
    List<LaSection> sections,
    String periodNote) {

  public LaReport {
    sections = List.copyOf(sections);
  }

  /** "Ealing (LA 307)" or "LA 999" when the code matches no published LA. */
  public String displayName() {
    return laName == null ? "LA " + laCode : laName + " (LA " + laCode + ")";
  }
}
