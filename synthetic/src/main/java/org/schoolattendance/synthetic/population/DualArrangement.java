package org.schoolattendance.synthetic.population;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Dual registration: between {@code from} and {@code to} the pupil spends {@code subsidiaryDays} at
 * the subsidiary school and the other weekdays at the main school. Each school marks {@code D} for
 * the sessions the pupil spends at the other one.
 */
public record DualArrangement(LocalDate from, LocalDate to, Set<DayOfWeek> subsidiaryDays) {

  public boolean active(LocalDate d) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  /** True when the pupil is at the subsidiary school on {@code d}. */
  public boolean atSubsidiary(LocalDate d) {
    return active(d) && subsidiaryDays.contains(d.getDayOfWeek());
  }
}
