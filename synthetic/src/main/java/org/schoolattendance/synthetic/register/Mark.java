package org.schoolattendance.synthetic.register;

import java.time.LocalDate;

/**
 * What happened in one session, independent of the code set; {@link #code} renders it in the code
 * set in force on the date (the 2024 set from 19 August 2024).
 */
public enum Mark {
  PRESENT,
  LATE,
  ILLNESS,
  MEDICAL,
  RELIGIOUS,
  STUDY_LEAVE,
  TRAVELLER,
  SUSPENDED,
  EXCEPTIONAL_LEAVE,
  PART_TIME_TIMETABLE,
  AGREED_HOLIDAY,
  UNAUTHORISED_HOLIDAY,
  NO_REASON_YET,
  UNAUTHORISED_OTHER,
  LATE_AFTER_CLOSE,
  EDUCATIONAL_VISIT,
  WORK_EXPERIENCE,
  INTERVIEW,
  DUAL_REGISTERED,
  CLOSED,
  NON_COMPULSORY_AGE,
  TRANSPORT_UNAVAILABLE,
  MISSING;

  private static final Mark[] VALUES = values();

  public static Mark of(byte b) {
    return VALUES[b];
  }

  public byte id() {
    return (byte) ordinal();
  }

  public String code(boolean morning, LocalDate date) {
    boolean current = AttendanceCodes.usesCurrentSet(date);
    return switch (this) {
      case PRESENT -> morning ? "/" : "\\";
      case LATE -> "L";
      case ILLNESS -> "I";
      case MEDICAL -> "M";
      case RELIGIOUS -> "R";
      case STUDY_LEAVE -> "S";
      case TRAVELLER -> "T";
      case SUSPENDED -> "E";
      case EXCEPTIONAL_LEAVE -> "C";
      case PART_TIME_TIMETABLE -> current ? "C2" : "C";
      case AGREED_HOLIDAY -> current ? "C" : "H";
      case UNAUTHORISED_HOLIDAY -> "G";
      case NO_REASON_YET -> "N";
      case UNAUTHORISED_OTHER -> "O";
      case LATE_AFTER_CLOSE -> "U";
      case EDUCATIONAL_VISIT -> "V";
      case WORK_EXPERIENCE -> "W";
      case INTERVIEW -> current ? "J1" : "J";
      case DUAL_REGISTERED -> "D";
      case CLOSED -> "#";
      case NON_COMPULSORY_AGE -> "X";
      case TRANSPORT_UNAVAILABLE -> current ? "Y1" : "Y";
      case MISSING -> "";
    };
  }

  /** The category this mark counts in on {@code date} (same as categorising its code). */
  public AttendanceCodes.Category categoryOn(LocalDate date) {
    return switch (this) {
      case PRESENT, LATE -> AttendanceCodes.Category.PRESENT;
      case EDUCATIONAL_VISIT, WORK_EXPERIENCE -> AttendanceCodes.Category.APPROVED_ACTIVITY;
      case INTERVIEW ->
          AttendanceCodes.usesCurrentSet(date)
              ? AttendanceCodes.Category.AUTHORISED
              : AttendanceCodes.Category.APPROVED_ACTIVITY;
      case ILLNESS,
          MEDICAL,
          RELIGIOUS,
          STUDY_LEAVE,
          TRAVELLER,
          SUSPENDED,
          EXCEPTIONAL_LEAVE,
          PART_TIME_TIMETABLE,
          AGREED_HOLIDAY ->
          AttendanceCodes.Category.AUTHORISED;
      case UNAUTHORISED_HOLIDAY, NO_REASON_YET, UNAUTHORISED_OTHER, LATE_AFTER_CLOSE ->
          AttendanceCodes.Category.UNAUTHORISED;
      case DUAL_REGISTERED, CLOSED, NON_COMPULSORY_AGE, TRANSPORT_UNAVAILABLE, MISSING ->
          AttendanceCodes.Category.NOT_POSSIBLE;
    };
  }

  /** True for marks that always count as an absence, whichever code set is in force. */
  public boolean isAbsence() {
    return switch (this) {
      case ILLNESS,
          MEDICAL,
          RELIGIOUS,
          STUDY_LEAVE,
          TRAVELLER,
          SUSPENDED,
          EXCEPTIONAL_LEAVE,
          PART_TIME_TIMETABLE,
          AGREED_HOLIDAY,
          UNAUTHORISED_HOLIDAY,
          NO_REASON_YET,
          UNAUTHORISED_OTHER,
          LATE_AFTER_CLOSE ->
          true;
      default -> false;
    };
  }
}
