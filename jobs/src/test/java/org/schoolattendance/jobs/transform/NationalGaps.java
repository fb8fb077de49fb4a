package org.schoolattendance.jobs.transform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** LA rows of {@code trend_subgroup_period} with their comparison to England. */
final class NationalGaps {

  record Row(
      String comparison,
      double overall,
      Double nationalOverall,
      Double overallGap,
      Double nationalPersistent) {}

  private final Path warehouseFile;

  NationalGaps(Path warehouseFile) {
    this.warehouseFile = warehouseFile;
  }

  Row la(String dimension, String group, String periodId) throws Exception {
    try (Connection warehouse = ReadOnlyWarehouse.open(warehouseFile);
        PreparedStatement sql =
            warehouse.prepareStatement(
                "select national_comparison, overall_absence_rate_pct,"
                    + " national_overall_absence_rate_pct, overall_absence_gap_to_national_pct,"
                    + " national_persistent_absence_rate_pct from trend_subgroup_period"
                    + " where level = 'la' and dimension = ? and group_value = ?"
                    + " and period_id = ?")) {
      sql.setString(1, dimension);
      sql.setString(2, group);
      sql.setString(3, periodId);
      try (ResultSet rows = sql.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("no LA row " + dimension + "=" + group + " " + periodId);
        }
        return new Row(
            rows.getString(1),
            rows.getDouble(2),
            (Double) rows.getObject(3),
            (Double) rows.getObject(4),
            (Double) rows.getObject(5));
      }
    }
  }
}
