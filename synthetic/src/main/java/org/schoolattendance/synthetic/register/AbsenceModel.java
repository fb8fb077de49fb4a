package org.schoolattendance.synthetic.register;

import java.time.LocalDate;
import org.schoolattendance.synthetic.population.Pupil;
import org.schoolattendance.synthetic.school.Phase;
import org.schoolattendance.synthetic.school.School;

/**
 * Multipliers applied to a pupil's latent propensity: year group (secondary higher than primary),
 * phase, school, month (winter peak) and day of the week (Mondays and Fridays worse).
 */
final class AbsenceModel {

  /** Relative absence by NC year, reception to 14 (DfE characteristics, scaled to today). */
  private static final double[] NC_YEAR = {
    1.15, 1.0, 0.97, 0.96, 0.98, 1.0, 1.02, 1.3, 1.5, 1.68, 1.82, 1.88, 1.8, 1.8, 1.8
  };

  /** By month, January = index 0. August is never a school month. */
  private static final double[] MONTH = {
    1.08, 1.08, 1.0, 0.95, 0.93, 1.02, 1.12, 1.0, 0.78, 0.92, 1.0, 1.18
  };

  /** Monday..Friday. */
  private static final double[] WEEKDAY = {1.1, 0.95, 0.92, 0.95, 1.08};

  private AbsenceModel() {}

  static double yearRate(Pupil p, School s, int ncYear) {
    double phase =
        switch (s.phase()) {
          case SPECIAL -> 1.25;
          case PRU -> 2.2;
          default -> 1.0;
        };
    int idx = Math.max(0, Math.min(NC_YEAR.length - 1, ncYear));
    return p.propensity() * s.absenceFactor() * NC_YEAR[idx] * phase;
  }

  static double dayFactor(LocalDate d, Phase phase) {
    double weekday = WEEKDAY[d.getDayOfWeek().getValue() - 1];
    if (phase != Phase.PRIMARY) {
      weekday = 1 + (weekday - 1) * 1.4;
    }
    return MONTH[d.getMonthValue() - 1] * weekday;
  }

  /** Chance that an absence spell continues the next day. */
  static double persistence(double rate) {
    return Math.min(0.88, 0.42 + 0.6 * rate);
  }
}
