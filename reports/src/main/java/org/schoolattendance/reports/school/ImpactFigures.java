package org.schoolattendance.reports.school;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.schoolattendance.reports.Differences;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * The home-visit event study Spark wrote ({@code impact_event_study}): the LA's pooled estimate by
 * month relative to the first visit, and the school's own where at least 30 pupils were visited
 * (Spark writes school rows only then).
 */
record ImpactFigures(List<ImpactFigures.Month> pooled, List<ImpactFigures.Month> school) {

  static final String ANALYSIS = "home_visit";

  /** One relative month of the estimate, in percentage points of attendance. */
  record Month(
      int relativeMonth,
      boolean prePeriod,
      double effect,
      double low,
      double high,
      long treatedPupils) {

    Differences.Interval interval() {
      return new Differences.Interval(low, high);
    }
  }

  /** Empty when the study has not been run (no contacts, or Spark not run yet). */
  static Optional<ImpactFigures> load(WarehouseQuery query, String urn) throws SQLException {
    if (!query.tableExists("impact_event_study")) {
      return Optional.empty();
    }
    List<Month> pooled = months(query, "all", "all");
    if (pooled.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ImpactFigures(pooled, months(query, "school", urn)));
  }

  private static List<Month> months(WarehouseQuery query, String breakdown, String value)
      throws SQLException {
    return query.list(
        "select relative_month, is_pre_period, effect_points, effect_ci_low, effect_ci_high,"
            + " treated_pupils from impact_event_study where analysis = ? and breakdown = ?"
            + " and breakdown_value = ? and effect_points is not null"
            + " and effect_ci_low is not null and effect_ci_high is not null"
            + " order by relative_month",
        row ->
            new Month(
                row.getInt(1),
                row.getBoolean(2),
                row.getDouble(3),
                row.getDouble(4),
                row.getDouble(5),
                row.getLong(6)),
        ANALYSIS,
        breakdown,
        value);
  }

  /** The month the headline sentence quotes: three months after the visit, or the latest. */
  static Optional<Month> headlineMonth(List<Month> months) {
    return months.stream()
        .filter(month -> month.relativeMonth() == 3)
        .findFirst()
        .or(() -> months.stream().filter(month -> !month.prePeriod()).reduce((a, b) -> b));
  }
}
