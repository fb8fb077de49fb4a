package org.schoolattendance.synthetic.population;

import java.time.LocalDate;

/** A period of free-school-meal eligibility; {@code end} is null while it lasts. */
public record FsmPeriod(LocalDate start, LocalDate end) {

  public boolean covers(LocalDate d) {
    return !d.isBefore(start) && (end == null || !d.isAfter(end));
  }
}
