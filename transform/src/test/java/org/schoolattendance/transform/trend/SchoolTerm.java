package org.schoolattendance.transform.trend;

import java.time.LocalDate;

/**
 * One row of {@code mart_school_term} for tests. The school's own rates are derived from its
 * counts, as the mart does, so a transform that averaged them would give visibly wrong LA rates.
 */
record SchoolTerm(
    String laCode,
    String urn,
    String schoolName,
    String phase,
    String academicYear,
    String term,
    LocalDate termStart,
    long enrolments,
    long possibleSessions,
    long attendanceSessions,
    long authorisedAbsenceSessions,
    long unauthorisedAbsenceSessions,
    long persistentAbsentees,
    long severeAbsentees) {

  String termId() {
    return academicYear + "-" + term;
  }

  long overallAbsenceSessions() {
    return authorisedAbsenceSessions + unauthorisedAbsenceSessions;
  }

  Double attendanceRatePct() {
    return percent(attendanceSessions, possibleSessions);
  }

  Double overallAbsenceRatePct() {
    return percent(overallAbsenceSessions(), possibleSessions);
  }

  Double authorisedAbsenceRatePct() {
    return percent(authorisedAbsenceSessions, possibleSessions);
  }

  Double unauthorisedAbsenceRatePct() {
    return percent(unauthorisedAbsenceSessions, possibleSessions);
  }

  Double persistentAbsenceRatePct() {
    return percent(persistentAbsentees, enrolments);
  }

  Double severeAbsenceRatePct() {
    return percent(severeAbsentees, enrolments);
  }

  private static Double percent(long numerator, long denominator) {
    return denominator == 0 ? null : 100.0 * numerator / denominator;
  }
}
