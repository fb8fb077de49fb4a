package org.schoolattendance.synthetic.register;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import org.schoolattendance.synthetic.calendar.SchoolTimeline;
import org.schoolattendance.synthetic.population.Enrolment;

/**
 * The simulated register of one enrolment at its school: final marks per session, minutes late, and
 * the marks that were shown provisionally (N or blank) until a later date. Session {@code k} is AM
 * ({@code k} even) or PM of timeline day {@code firstDay + k/2}.
 */
public final class EnrolmentTrack {

  private final Enrolment enrolment;
  private final int firstDay;
  private final int lastDay;
  private final byte[] marks;
  private final byte[] minutesLate;
  private AttendanceLedger ledger;
  private Treatment treatment;
  private final BitSet hasProvisional = new BitSet();
  private int provisionalCount;
  private int[] provisionalSession = new int[0];
  private byte[] provisionalMark = new byte[0];
  private long[] provisionalUntilEpochDay = new long[0];

  EnrolmentTrack(Enrolment enrolment, SchoolTimeline timeline) {
    this.enrolment = enrolment;
    this.firstDay = timeline.firstOnOrAfter(enrolment.admission());
    this.lastDay =
        enrolment.leaving() == null
            ? timeline.size() - 1
            : Math.min(timeline.size() - 1, timeline.lastOnOrBefore(enrolment.leaving()));
    int days = Math.max(0, lastDay - firstDay + 1);
    this.marks = new byte[2 * days];
    this.minutesLate = new byte[2 * days];
  }

  void attach(AttendanceLedger l) {
    this.ledger = l;
  }

  void treat(Treatment t) {
    this.treatment = t;
  }

  public AttendanceLedger ledger() {
    return ledger;
  }

  /** The planted treatment, or null if the pupil had no in-person contact at this school. */
  public Treatment treatment() {
    return treatment;
  }

  public Enrolment enrolment() {
    return enrolment;
  }

  public int firstDay() {
    return firstDay;
  }

  public int lastDay() {
    return lastDay;
  }

  public boolean hasSessions() {
    return lastDay >= firstDay;
  }

  public boolean covers(int day) {
    return day >= firstDay && day <= lastDay;
  }

  int session(int day, boolean pm) {
    return 2 * (day - firstDay) + (pm ? 1 : 0);
  }

  public Mark mark(int day, boolean pm) {
    return Mark.of(marks[session(day, pm)]);
  }

  void set(int day, boolean pm, Mark mark) {
    marks[session(day, pm)] = mark.id();
  }

  void setMinutesLate(int day, boolean pm, int minutes) {
    minutesLate[session(day, pm)] = (byte) minutes;
  }

  /** Minutes late for L and U marks; 0 otherwise. */
  public int minutesLate(int day, boolean pm) {
    return minutesLate[session(day, pm)];
  }

  /** Shows {@code shown} instead of the final mark in exports made before {@code until}. */
  void provisional(int day, boolean pm, Mark shown, LocalDate until) {
    if (provisionalCount == provisionalSession.length) {
      int n = Math.max(4, provisionalCount * 2);
      provisionalSession = Arrays.copyOf(provisionalSession, n);
      provisionalMark = Arrays.copyOf(provisionalMark, n);
      provisionalUntilEpochDay = Arrays.copyOf(provisionalUntilEpochDay, n);
    }
    hasProvisional.set(session(day, pm));
    provisionalSession[provisionalCount] = session(day, pm);
    provisionalMark[provisionalCount] = shown.id();
    provisionalUntilEpochDay[provisionalCount] = until.toEpochDay();
    provisionalCount++;
  }

  /** The mark as an export made at the end of {@code exportDate} shows it. */
  public Mark markAsExported(int day, boolean pm, LocalDate exportDate) {
    int s = session(day, pm);
    if (!hasProvisional.get(s)) {
      return Mark.of(marks[s]);
    }
    long export = exportDate.toEpochDay();
    for (int i = 0; i < provisionalCount; i++) {
      if (provisionalSession[i] == s && export < provisionalUntilEpochDay[i]) {
        return Mark.of(provisionalMark[i]);
      }
    }
    return Mark.of(marks[s]);
  }

  public int provisionalCount() {
    return provisionalCount;
  }

  /** Latest date a provisional mark in {@code [fromDay, toDay]} stays provisional; null if none. */
  public LocalDate lastProvisionalUntil(int fromDay, int toDay) {
    long max = Long.MIN_VALUE;
    for (int i = 0; i < provisionalCount; i++) {
      int day = firstDay + provisionalSession[i] / 2;
      if (day >= fromDay && day <= toDay) {
        max = Math.max(max, provisionalUntilEpochDay[i]);
      }
    }
    return max == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(max);
  }
}
