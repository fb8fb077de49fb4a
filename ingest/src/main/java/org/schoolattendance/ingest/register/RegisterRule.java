package org.schoolattendance.ingest.register;

/** The checks every register row must pass; each row is quarantined for the first it fails. */
enum RegisterRule {
  REG001("urn", "the row's URN is not the URN of the export"),
  REG002("date", "the date is missing or not yyyy-MM-dd"),
  REG003("session", "the session must be AM or PM"),
  REG004("admission_date", "admission or leaving date is missing or not yyyy-MM-dd"),
  REG005("upn", "the UPN is malformed or its check letter is wrong"),
  REG006("mark", "the mark is not an attendance code in force on that date"),
  REG007("date", "the mark falls outside the pupil's enrolment and is not an administrative code"),
  REG008("minutes_late", "minutes late must be a whole number"),
  REG010("upn", "an exact duplicate of another row for the same pupil, date and session"),
  REG011("mark", "conflicting marks for the same pupil, date and session");

  private final String field;
  private final String message;

  RegisterRule(String field, String message) {
    this.field = field;
    this.message = message;
  }

  String field() {
    return field;
  }

  String message() {
    return message;
  }
}
