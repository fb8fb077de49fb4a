package org.schoolattendance.ingest.register;

/**
 * The checks on register rows. Errors quarantine the row for the first rule it breaks; queries
 * (REG010, REG101) load it, once, and list it for the school to explain.
 */
enum RegisterRule {
  REG000("line", "the row does not have the 8 fields of the register header"),
  REG001("urn", "the row's URN is not the URN of the export"),
  REG002("date", "the date is missing or not yyyy-MM-dd"),
  REG003("session", "the session must be AM or PM"),
  REG004("admission_date", "admission or leaving date is missing or not yyyy-MM-dd"),
  REG005("upn", "the UPN is malformed or its check letter is wrong"),
  REG006("mark", "the mark is not an attendance code in force on that date"),
  REG007("date", "the mark falls outside the pupil's enrolment and is not an administrative code"),
  REG008("minutes_late", "minutes late must be a whole number"),
  REG009("line", "a cell begins with =, +, - or @ (a spreadsheet formula), not a register value"),
  REG010(
      "upn",
      "an exact duplicate of another row for the same pupil, date and session; one copy kept"),
  REG011("mark", "conflicting marks for the same pupil, date and session"),
  REG012("date", "the date is not a school day of this school in the loaded calendars"),
  REG101("upn", "the pupil is not in any loaded census return of this school");

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
