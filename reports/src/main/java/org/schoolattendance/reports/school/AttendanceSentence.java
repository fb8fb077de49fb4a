package org.schoolattendance.reports.school;

import java.math.BigDecimal;
import org.schoolattendance.reports.Figures;

/**
 * The plain-English sentence that compares the school's attendance with the LA's. The difference is
 * taken from the unrounded rates and rounded once, so it can differ by 0.1 from the difference of
 * the two rounded rates shown beside it.
 */
final class AttendanceSentence {

  private AttendanceSentence() {}

  static String describe(Headline school, Headline la) {
    if (!Double.isFinite(school.attendanceRatePct())) {
      return "Attendance for this term is not available.";
    }
    String schoolRate = Figures.percent(school.attendanceRatePct());
    if (la == null || !Double.isFinite(la.attendanceRatePct())) {
      return "Attendance this term was %s; the local authority figure is not available."
          .formatted(schoolRate);
    }
    String laRate = Figures.percent(la.attendanceRatePct());
    BigDecimal difference =
        Figures.oneDecimalDifference(school.attendanceRatePct(), la.attendanceRatePct());
    if (difference.signum() == 0) {
      return "Attendance this term was %s, the same as the local authority (%s)."
          .formatted(schoolRate, laRate);
    }
    String direction = difference.signum() > 0 ? "higher" : "lower";
    return "Attendance this term was %s, %s percentage points %s than the local authority (%s)."
        .formatted(schoolRate, difference.abs().toPlainString(), direction, laRate);
  }
}
