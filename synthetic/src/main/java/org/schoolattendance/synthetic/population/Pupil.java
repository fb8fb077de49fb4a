package org.schoolattendance.synthetic.population;

import java.time.LocalDate;
import java.util.List;

/**
 * A synthetic child. The latent traits at the end are never written to the input files; they go to
 * the truth folder only.
 *
 * @param receptionYear academic start year in which the child is in reception (NC year 0)
 * @param propensity daily absence propensity before school, season and day-of-week factors
 * @param lateness chance of arriving late at a morning register
 * @param unauthorisedShare share of the child's day absences that are unauthorised
 */
public record Pupil(
    int id,
    String upn,
    String forename,
    String surname,
    LocalDate dob,
    char sex,
    String ethnicity,
    String firstLanguage,
    List<FsmPeriod> fsm,
    char sen,
    int receptionYear,
    double propensity,
    double lateness,
    double unauthorisedShare,
    boolean travellerHeritage) {

  public int ncYear(int academicStartYear) {
    return academicStartYear - receptionYear;
  }

  public boolean fsmOn(LocalDate d) {
    for (FsmPeriod p : fsm) {
      if (p.covers(d)) {
        return true;
      }
    }
    return false;
  }

  public boolean everFsm() {
    return !fsm.isEmpty();
  }
}
