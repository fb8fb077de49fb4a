package org.schoolattendance.jobs.transform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** The rows of {@code impact_event_study} in a warehouse, by analysis, breakdown and month. */
final class ImpactEstimates {

  /** One estimate with its 95% interval; interval bounds are null when it has none. */
  record Estimate(
      double effect, Double low, Double high, double naive, long treatedPupils, long matched) {

    boolean covers(double value) {
      return low != null && high != null && low <= value && value <= high;
    }
  }

  private final Map<String, Estimate> rows = new HashMap<>();

  ImpactEstimates(Path warehouseFile) throws Exception {
    try (Connection warehouse = ReadOnlyWarehouse.open(warehouseFile);
        Statement sql = warehouse.createStatement();
        ResultSet result =
            sql.executeQuery(
                "select analysis, breakdown, breakdown_value, relative_month, effect_points,"
                    + " effect_ci_low, effect_ci_high, naive_points, treated_pupils,"
                    + " matched_treated_pupils from impact_event_study"
                    + " where effect_points is not null")) {
      while (result.next()) {
        rows.put(
            key(result.getString(1), result.getString(2), result.getString(3), result.getInt(4)),
            new Estimate(
                result.getDouble(5),
                (Double) result.getObject(6),
                (Double) result.getObject(7),
                result.getDouble(8),
                result.getLong(9),
                result.getLong(10)));
      }
    }
  }

  /** The pooled estimate of an analysis ({@code in_person}, {@code phone}, {@code placebo}...). */
  Estimate all(String analysis, int relativeMonth) {
    return get(analysis, "all", "all", relativeMonth);
  }

  Estimate get(String analysis, String breakdown, String value, int relativeMonth) {
    Estimate estimate = rows.get(key(analysis, breakdown, value, relativeMonth));
    if (estimate == null) {
      throw new IllegalStateException(
          "no estimate for "
              + analysis
              + " "
              + breakdown
              + "="
              + value
              + " month "
              + relativeMonth);
    }
    return estimate;
  }

  private static String key(String analysis, String breakdown, String value, int month) {
    return analysis + "|" + breakdown + "|" + value + "|" + month;
  }
}
