package org.schoolattendance.reports.school;

/**
 * Headline attendance measures for one group of enrolments (a school or a whole LA) over one term.
 * Rates are unrounded percentages (e.g. 93.0649); rounding happens only when the pack is rendered.
 */
public record Headline(
    long enrolments,
    long possibleSessions,
    long overallAbsenceSessions,
    double attendanceRatePct,
    double overallAbsenceRatePct,
    double authorisedAbsenceRatePct,
    double unauthorisedAbsenceRatePct,
    long persistentAbsentees,
    double persistentAbsenceRatePct,
    long severeAbsentees,
    double severeAbsenceRatePct) {}
