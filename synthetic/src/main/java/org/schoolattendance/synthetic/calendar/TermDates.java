package org.schoolattendance.synthetic.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * LA-wide term dates following the usual English pattern: autumn from early September to about 20
 * December, spring from early January to the Friday before Holy Week, a two-week break over Easter,
 * summer to the third Friday in July; half-terms in late October, mid-February and the week of the
 * spring bank holiday.
 */
public final class TermDates {

  private TermDates() {}

  public static List<Term> of(AcademicYear year) {
    int y = year.startYear();
    LocalDate autumnStart =
        LocalDate.of(y, 9, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    if (autumnStart.getDayOfMonth() > 5) {
      // Start mid-week rather than in the second week of September.
      autumnStart = LocalDate.of(y, 9, 1);
      while (autumnStart.getDayOfWeek().getValue() >= 5) {
        autumnStart = autumnStart.plusDays(1);
      }
    }
    LocalDate autumnBreak =
        LocalDate.of(y, 10, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    LocalDate autumnEnd = LocalDate.of(y, 12, 20);
    while (autumnEnd.getDayOfWeek().getValue() >= 6) {
      autumnEnd = autumnEnd.minusDays(1);
    }
    Term autumn =
        new Term(TermName.AUTUMN, autumnStart, autumnEnd, autumnBreak, autumnBreak.plusDays(4));

    LocalDate springStart = LocalDate.of(y + 1, 1, 3);
    while (springStart.getDayOfWeek().getValue() >= 5) {
      springStart = springStart.plusDays(1);
    }
    LocalDate springBreak =
        LocalDate.of(y + 1, 2, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
    LocalDate easter = Easter.sunday(y + 1);
    Term spring =
        new Term(
            TermName.SPRING,
            springStart,
            easter.minusDays(9),
            springBreak,
            springBreak.plusDays(4));

    LocalDate summerStart = easter.plusDays(8);
    LocalDate summerBreak =
        LocalDate.of(y + 1, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    LocalDate summerEnd =
        LocalDate.of(y + 1, 7, 16).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    Term summer =
        new Term(TermName.SUMMER, summerStart, summerEnd, summerBreak, summerBreak.plusDays(4));
    return List.of(autumn, spring, summer);
  }
}
