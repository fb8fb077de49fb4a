package org.schoolattendance.reports.school;

/**
 * One term of a school's trend. Rates are unrounded percentages.
 *
 * @param termLabel e.g. "2024/25 autumn"
 * @param laAttendanceRatePct the LA's attendance rate in the same term, or {@code null} when not
 *     available
 */
public record TermRow(
    String termLabel,
    double attendanceRatePct,
    double overallAbsenceRatePct,
    double persistentAbsenceRatePct,
    Double laAttendanceRatePct) {}
