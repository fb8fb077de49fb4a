package org.schoolattendance.synthetic.intervention;

/** Intervention types as written in the log. */
enum ContactType {
  HOME_VISIT("home_visit"),
  IN_SCHOOL_MEETING("in_school_meeting"),
  PHONE_CALL("phone_call"),
  VIDEO_CALL("video_call"),
  LETTER_1("letter_1"),
  LETTER_2("letter_2"),
  LETTER_3("letter_3"),
  ATTENDANCE_CONTRACT("attendance_contract"),
  NOTICE_TO_IMPROVE("notice_to_improve"),
  FIXED_PENALTY_NOTICE("fixed_penalty_notice"),
  REFERRAL("referral");

  final String csv;

  ContactType(String csv) {
    this.csv = csv;
  }

  boolean inPerson() {
    return this == HOME_VISIT || this == IN_SCHOOL_MEETING;
  }

  boolean remote() {
    return this == PHONE_CALL || this == VIDEO_CALL;
  }
}
