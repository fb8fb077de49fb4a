package org.schoolattendance.synthetic.calendar;

import java.time.LocalDate;

/**
 * A term: first and last school day, and the half-term break inside it (first and last day of the
 * break, weekdays).
 */
public record Term(
    TermName name, LocalDate start, LocalDate end, LocalDate breakStart, LocalDate breakEnd) {

  public boolean contains(LocalDate d) {
    return !d.isBefore(start) && !d.isAfter(end);
  }

  public boolean inHalfTermBreak(LocalDate d) {
    return !d.isBefore(breakStart) && !d.isAfter(breakEnd);
  }
}
