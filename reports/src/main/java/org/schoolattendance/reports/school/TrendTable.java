package org.schoolattendance.reports.school;

import java.util.List;
import java.util.Map;
import org.schoolattendance.reports.Figures;

/** The rows of the term-by-term trend table, as the report's main data source reads them. */
final class TrendTable {

  private TrendTable() {}

  static List<Map<String, ?>> rows(List<TermRow> trend) {
    return trend.stream().<Map<String, ?>>map(TrendTable::fields).toList();
  }

  private static Map<String, ?> fields(TermRow term) {
    return Map.of(
        "term", term.termLabel(),
        "attendance", Figures.percent(term.attendanceRatePct()),
        "overallAbsence", Figures.percent(term.overallAbsenceRatePct()),
        "persistentAbsence", Figures.percent(term.persistentAbsenceRatePct()),
        "laAttendance", Figures.percent(term.laAttendanceRatePct()));
  }
}
