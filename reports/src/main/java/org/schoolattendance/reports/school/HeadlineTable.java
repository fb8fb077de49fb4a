package org.schoolattendance.reports.school;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.schoolattendance.reports.Figures;

/** The rows of the headline table: each measure for the school beside the LA's. */
final class HeadlineTable {

  private HeadlineTable() {}

  /** One table row; {@code detail} rows break down the row above and are indented. */
  record Row(String measure, String school, String la, boolean detail) {

    Map<String, ?> asFields() {
      return Map.of("measure", measure, "school", school, "la", la, "detail", detail);
    }
  }

  static List<Row> rows(Headline school, Headline la) {
    return List.of(
        row("Attendance rate", school, la, h -> Figures.percent(h.attendanceRatePct())),
        row("Overall absence rate", school, la, h -> Figures.percent(h.overallAbsenceRatePct())),
        detail("Authorised", school, la, h -> Figures.percent(h.authorisedAbsenceRatePct())),
        detail("Unauthorised", school, la, h -> Figures.percent(h.unauthorisedAbsenceRatePct())),
        row(
            "Persistent absence rate (missing ≥10%)",
            school, la, h -> Figures.percent(h.persistentAbsenceRatePct())),
        detail(
            "Persistently absent enrolments",
            school,
            la,
            h -> Figures.count(h.persistentAbsentees())),
        row(
            "Severe absence rate (missing ≥50%)",
            school, la, h -> Figures.percent(h.severeAbsenceRatePct())),
        detail("Severely absent enrolments", school, la, h -> Figures.count(h.severeAbsentees())),
        row("Enrolments", school, la, h -> Figures.count(h.enrolments())),
        row("Possible sessions", school, la, h -> Figures.count(h.possibleSessions())),
        row(
            "Days lost to absence",
            school,
            la,
            h -> Figures.daysFromSessions(h.overallAbsenceSessions())));
  }

  static List<Map<String, ?>> asFields(List<Row> rows) {
    return rows.stream().<Map<String, ?>>map(Row::asFields).toList();
  }

  private static Row row(
      String measure, Headline school, Headline la, Function<Headline, String> figure) {
    return new Row(measure, figure.apply(school), laFigure(la, figure), false);
  }

  private static Row detail(
      String measure, Headline school, Headline la, Function<Headline, String> figure) {
    return new Row(measure, figure.apply(school), laFigure(la, figure), true);
  }

  private static String laFigure(Headline la, Function<Headline, String> figure) {
    return la == null ? Figures.NOT_AVAILABLE : figure.apply(la);
  }
}
