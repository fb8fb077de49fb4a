package org.schoolattendance.synthetic.intervention;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.schoolattendance.synthetic.population.Enrolment;
import org.schoolattendance.synthetic.random.Draw;
import org.schoolattendance.synthetic.school.School;

/** Roles, staffing, outcomes and free-text notes for logged interventions. */
final class Narratives {

  private static final String[] HOME_ROLES = {
    "attendance_officer", "family_support_worker", "education_welfare_officer", "pastoral_lead"
  };
  private static final String[] SCHOOL_ROLES = {"pastoral_lead", "teacher", "attendance_officer"};
  private static final String[] REMOTE_ROLES = {"teacher", "pastoral_lead", "attendance_officer"};

  private static final String[] CONTACT_OUTCOMES = {
    "parent engaged; plan agreed",
    "no answer; card left",
    "meeting arranged",
    "support offered",
    "early help offered",
    "parent declined support",
    "pupil returned next day"
  };

  private static final String[] NOTES = {
    "",
    "Spoke to parent at the door, agreed a morning routine",
    "Mum said \"mornings are hard\"; offered breakfast club",
    "No answer.\nCard left with the school's number",
    "Dad works nights, older sibling does the school run",
    "Pupil anxious about maths, will meet pastoral lead, \"buddy\" arranged",
    "Reviewed attendance certificate; family happy with plan",
    "Doorstep conversation only, dog in the house",
    "Translated letter (Polish) given, parent to call back",
    "Follow-up in 2 weeks;\nattendance to be reviewed at next meeting"
  };

  private Narratives() {}

  static InterventionRecord contact(
      SplittableRandom rng,
      Enrolment e,
      School school,
      LocalDate date,
      ContactType type,
      boolean firstHomeVisit,
      String reason) {
    String role;
    int staff;
    boolean risk;
    switch (type) {
      case HOME_VISIT -> {
        role = Draw.pick(rng, HOME_ROLES);
        staff =
            firstHomeVisit ? (rng.nextDouble() < 0.15 ? 3 : 2) : (rng.nextDouble() < 0.3 ? 1 : 2);
        risk = rng.nextDouble() < 0.95;
      }
      case IN_SCHOOL_MEETING -> {
        role = Draw.pick(rng, SCHOOL_ROLES);
        staff = 1 + rng.nextInt(2);
        risk = rng.nextDouble() < 0.15;
      }
      default -> {
        role = Draw.pick(rng, REMOTE_ROLES);
        staff = 1;
        risk = false;
      }
    }
    return new InterventionRecord(
        e.pupil().upn(),
        school.urn(),
        date,
        type.csv,
        role,
        staff,
        risk,
        reason,
        Draw.pick(rng, CONTACT_OUTCOMES),
        Draw.pick(rng, NOTES));
  }

  static InterventionRecord formal(
      SplittableRandom rng,
      Enrolment e,
      School school,
      LocalDate date,
      ContactType type,
      String reason) {
    String outcome =
        switch (type) {
          case LETTER_1, LETTER_2, LETTER_3 -> "letter sent";
          case ATTENDANCE_CONTRACT -> "contract signed";
          case NOTICE_TO_IMPROVE -> "notice issued; 6-week improvement period";
          case FIXED_PENALTY_NOTICE -> "penalty notice issued";
          case REFERRAL -> "referred to early help";
          default -> "recorded";
        };
    boolean staffed = type == ContactType.ATTENDANCE_CONTRACT || type == ContactType.REFERRAL;
    return new InterventionRecord(
        e.pupil().upn(),
        school.urn(),
        date,
        type.csv,
        staffed ? "attendance_officer" : null,
        staffed ? 1 : 0,
        false,
        reason,
        outcome,
        staffed ? Draw.pick(rng, NOTES) : "");
  }
}
