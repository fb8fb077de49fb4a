package org.schoolattendance.reports.school;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * The attendance thresholds the annex lists pupils against, read from {@code seed_parameter}: the
 * first and second letter thresholds (95% and 90%) and severe absence (50% attendance).
 *
 * @param suppressionMinimum groups with fewer pupils are suppressed in the other packs
 */
record AnnexThresholds(
    double firstLetterPct, double secondLetterPct, double severePct, long suppressionMinimum) {

  static AnnexThresholds load(WarehouseQuery query) throws SQLException {
    Map<String, Double> values = new HashMap<>();
    for (Map.Entry<String, Double> parameter :
        query.list(
            "select name, cast(value as double) from seed_parameter",
            row -> Map.entry(row.getString(1), row.getDouble(2)))) {
      values.put(parameter.getKey(), parameter.getValue());
    }
    return new AnnexThresholds(
        100 * required(values, "first_letter_attendance_threshold"),
        100 * required(values, "second_letter_attendance_threshold"),
        100 * (1 - required(values, "severe_absence_threshold")),
        Math.round(required(values, "suppression_min_enrolments")));
  }

  private static double required(Map<String, Double> values, String name) {
    Double value = values.get(name);
    if (value == null) {
      throw new IllegalStateException("seed_parameter has no " + name + ": rebuild the models");
    }
    return value;
  }

  /** The thresholds from lowest to highest. */
  List<Double> ascending() {
    return List.of(severePct, secondLetterPct, firstLetterPct);
  }

  /** The lowest threshold the rate is below (e.g. 90.0); null at or above the first letter. */
  Double lowestBelow(double attendancePct) {
    for (double threshold : ascending()) {
      if (attendancePct < threshold) {
        return threshold;
      }
    }
    return null;
  }
}
