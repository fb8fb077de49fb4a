package org.schoolattendance.synthetic.population;

import java.time.LocalDate;
import org.schoolattendance.synthetic.school.School;

/**
 * One pupil's registration at one school. {@code leaving} is the last day on roll, or null if still
 * on roll at the end of the window. {@code dual} is null for single registrations.
 */
public record Enrolment(
    int id,
    Pupil pupil,
    School school,
    LocalDate admission,
    LocalDate leaving,
    EnrolmentRole role,
    DualArrangement dual) {

  public boolean onRoll(LocalDate d) {
    return !d.isBefore(admission) && (leaving == null || !d.isAfter(leaving));
  }

  /** True when this school records {@code D} for the pupil on {@code d}. */
  public boolean atOtherSchool(LocalDate d) {
    if (dual == null || !dual.active(d)) {
      return false;
    }
    boolean atSubsidiary = dual.atSubsidiary(d);
    return role == EnrolmentRole.SUBSIDIARY ? !atSubsidiary : atSubsidiary;
  }

  /** Census enrolment status on {@code d}: C single, M main dual, S subsidiary dual. */
  public String censusStatus(LocalDate d) {
    if (role == EnrolmentRole.SUBSIDIARY) {
      return "S";
    }
    return dual != null && dual.active(d) ? "M" : "C";
  }

  public Enrolment withLeaving(LocalDate date) {
    return new Enrolment(id, pupil, school, admission, date, role, dual);
  }

  public Enrolment withDual(DualArrangement arrangement) {
    return new Enrolment(id, pupil, school, admission, leaving, EnrolmentRole.MAIN, arrangement);
  }
}
