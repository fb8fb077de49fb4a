package org.schoolattendance.ingest.intervention;

import java.util.Set;

/** What a contact row must hold; the sets are the values docs/formats.md allows. */
final class ContactRule {

  static final Set<String> TYPES =
      Set.of(
          "home_visit",
          "in_school_meeting",
          "phone_call",
          "video_call",
          "letter_1",
          "letter_2",
          "letter_3",
          "attendance_contract",
          "notice_to_improve",
          "fixed_penalty_notice",
          "referral");
  static final Set<String> VISITOR_ROLES =
      Set.of(
          "attendance_officer",
          "family_support_worker",
          "teacher",
          "pastoral_lead",
          "education_welfare_officer");
  static final Set<String> REASONS =
      Set.of("lateness", "low_attendance_no_contact", "lack_of_engagement", "welfare_concern");

  /** Characters that make a spreadsheet treat a cell as a formula. */
  static boolean looksLikeFormula(String text) {
    return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
  }

  private ContactRule() {}
}
