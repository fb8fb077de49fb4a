package org.schoolattendance.reports.la.section;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolattendance.reports.query.WarehouseQuery;

/** The rows of impact_event_study (Spark's home-visit event study), keyed for lookup. */
final class EventStudy {

  /** One estimate: effect on attendance in percentage points, with its 95% interval. */
  record Estimate(
      int month, Double effect, Double low, Double high, Double naive, long treatedPupils) {

    boolean complete() {
      return effect != null && low != null && high != null;
    }
  }

  private final Map<String, Estimate> estimates = new HashMap<>();

  private EventStudy() {}

  /** The study's rows, or null when the table is missing (the transform stage has not run). */
  static EventStudy load(WarehouseQuery warehouse) throws SQLException {
    if (!warehouse.tableExists("impact_event_study")) {
      return null;
    }
    EventStudy study = new EventStudy();
    warehouse.list(
        "select analysis, breakdown, breakdown_value, relative_month, effect_points,"
            + " effect_ci_low, effect_ci_high, naive_points, treated_pupils"
            + " from impact_event_study where breakdown in ('all', 'school')",
        row ->
            study.estimates.put(
                key(row.getString(1), row.getString(2), row.getString(3), row.getInt(4)),
                new Estimate(
                    row.getInt(4),
                    WarehouseQuery.nullableDouble(row, "effect_points"),
                    WarehouseQuery.nullableDouble(row, "effect_ci_low"),
                    WarehouseQuery.nullableDouble(row, "effect_ci_high"),
                    WarehouseQuery.nullableDouble(row, "naive_points"),
                    row.getLong("treated_pupils"))));
    return study;
  }

  /** The pooled estimate of an analysis ({@code in_person}, {@code phone}, ...) at a month. */
  Estimate all(String analysis, int month) {
    return estimates.get(key(analysis, "all", "all", month));
  }

  /** A school's own in-person estimate at a month, or null. */
  Estimate school(String urn, int month) {
    return estimates.get(key("in_person", "school", urn, month));
  }

  List<Estimate> series(String analysis, int from, int to) {
    return java.util.stream.IntStream.rangeClosed(from, to)
        .mapToObj(month -> all(analysis, month))
        .filter(e -> e != null)
        .toList();
  }

  boolean isEmpty() {
    return estimates.isEmpty();
  }

  private static String key(String analysis, String breakdown, String value, int month) {
    return analysis + "|" + breakdown + "|" + value + "|" + month;
  }
}
