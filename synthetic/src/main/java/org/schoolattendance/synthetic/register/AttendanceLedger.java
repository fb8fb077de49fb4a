package org.schoolattendance.synthetic.register;

import java.time.LocalDate;
import org.schoolattendance.synthetic.calendar.SchoolTimeline;

/**
 * Running counts of one enrolment's possible and attended sessions, per school week (for the
 * contact model) and per calendar month, both actual and counterfactual (for the truth file).
 */
public final class AttendanceLedger {

  private final int firstMonth;
  private final int[] weekPossible;
  private final int[] weekAttended;
  private final int[] weekUnauthorised;
  private final int[] weekLate;
  private final int[] monthPossible;
  private final int[] monthAttended;
  private final int[] monthCfAttended;
  private final SchoolTimeline timeline;

  AttendanceLedger(SchoolTimeline timeline, int firstMonth, int months) {
    this.timeline = timeline;
    this.firstMonth = firstMonth;
    this.weekPossible = new int[timeline.weekCount()];
    this.weekAttended = new int[timeline.weekCount()];
    this.weekUnauthorised = new int[timeline.weekCount()];
    this.weekLate = new int[timeline.weekCount()];
    this.monthPossible = new int[months];
    this.monthAttended = new int[months];
    this.monthCfAttended = new int[months];
  }

  public static int monthKey(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  void record(int day, LocalDate date, Mark cfAm, Mark am, Mark cfPm, Mark pm) {
    count(day, date, cfAm, am);
    count(day, date, cfPm, pm);
  }

  private void count(int day, LocalDate date, Mark cf, Mark actual) {
    AttendanceCodes.Category c = actual.categoryOn(date);
    if (!c.possible()) {
      return;
    }
    int w = timeline.week(day);
    int m = monthKey(date) - firstMonth;
    weekPossible[w]++;
    monthPossible[m]++;
    if (!c.absence()) {
      weekAttended[w]++;
      monthAttended[m]++;
    } else if (c == AttendanceCodes.Category.UNAUTHORISED) {
      weekUnauthorised[w]++;
    }
    if (actual == Mark.LATE || actual == Mark.LATE_AFTER_CLOSE) {
      weekLate[w]++;
    }
    if (!cf.categoryOn(date).absence()) {
      monthCfAttended[m]++;
    }
  }

  public int weekPossible(int week) {
    return weekPossible[week];
  }

  public int weekAttended(int week) {
    return weekAttended[week];
  }

  public int weekUnauthorised(int week) {
    return weekUnauthorised[week];
  }

  public int weekLate(int week) {
    return weekLate[week];
  }

  public int firstMonth() {
    return firstMonth;
  }

  public int months() {
    return monthPossible.length;
  }

  public int monthPossible(int m) {
    return monthPossible[m];
  }

  public int monthAttended(int m) {
    return monthAttended[m];
  }

  public int monthCounterfactualAttended(int m) {
    return monthCfAttended[m];
  }
}
