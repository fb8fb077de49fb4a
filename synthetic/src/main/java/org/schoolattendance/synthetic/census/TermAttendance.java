package org.schoolattendance.synthetic.census;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.schoolattendance.synthetic.calendar.AcademicYear;
import org.schoolattendance.synthetic.calendar.SchoolTimeline;
import org.schoolattendance.synthetic.calendar.TermName;
import org.schoolattendance.synthetic.register.AttendanceCodes;
import org.schoolattendance.synthetic.register.EnrolmentTrack;
import org.schoolattendance.synthetic.register.Mark;

/** One enrolment's census attendance for one term, summed from its final register marks. */
record TermAttendance(
    int sessions,
    int possible,
    int authorised,
    int unauthorised,
    SortedMap<String, Integer> reasons) {

  static TermAttendance of(
      EnrolmentTrack track, SchoolTimeline timeline, AcademicYear year, TermName term) {
    int sessions = 0;
    int possible = 0;
    int authorised = 0;
    int unauthorised = 0;
    SortedMap<String, Integer> reasons = new TreeMap<>();
    if (track != null) {
      for (int day = track.firstDay(); day <= track.lastDay(); day++) {
        if (timeline.term(day) != term || !timeline.year(day).equals(year)) {
          continue;
        }
        LocalDate date = timeline.date(day);
        for (int s = 0; s < 2; s++) {
          Mark m = track.mark(day, s == 1);
          sessions++;
          AttendanceCodes.Category c = m.categoryOn(date);
          if (!c.possible()) {
            continue;
          }
          possible++;
          if (c == AttendanceCodes.Category.AUTHORISED) {
            authorised++;
          } else if (c == AttendanceCodes.Category.UNAUTHORISED) {
            unauthorised++;
          }
          if (c.absence()) {
            reasons.merge(m.code(s == 0, date), 1, Integer::sum);
          }
        }
      }
    }
    return new TermAttendance(sessions, possible, authorised, unauthorised, reasons);
  }
}
