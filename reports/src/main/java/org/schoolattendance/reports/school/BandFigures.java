package org.schoolattendance.reports.school;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * The 5% absence bands of {@code mart_absence_band}: how many of the school's and the LA's
 * enrolments (with at least 20 possible sessions) missed 0–5%, 5–10%, … of their sessions.
 */
record BandFigures(List<BandFigures.Band> bands) {

  /** One band; lower and upper are percentages of own possible sessions missed. */
  record Band(int band, double lowerPct, double upperPct, long school, long la) {

    String label() {
      return band >= 20 ? "100%" : "%s–%s%%".formatted(trim(lowerPct), trim(upperPct));
    }

    private static String trim(double pct) {
      return pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct);
    }
  }

  static BandFigures load(WarehouseQuery query, SchoolInfo school, String cohort, MartPeriod period)
      throws SQLException {
    Map<Integer, Band> bands = new LinkedHashMap<>();
    for (Band row :
        query.list(
            "select band, any_value(band_lower_pct), any_value(band_upper_pct),"
                + " coalesce(sum(enrolments) filter (where geography_level = 'school'), 0),"
                + " coalesce(sum(enrolments) filter (where geography_level = 'la'), 0)"
                + " from mart_absence_band where cohort = ? and period_type = ? and period_id = ?"
                + " and ((geography_level = 'school' and urn = ?)"
                + " or (geography_level = 'la' and la_code = ?)) group by band order by band",
            r -> new Band(r.getInt(1), r.getDouble(2), r.getDouble(3), r.getLong(4), r.getLong(5)),
            cohort,
            period.periodType(),
            period.periodId(),
            school.urn(),
            school.laCode())) {
      bands.put(row.band(), row);
    }
    return new BandFigures(new ArrayList<>(bands.values()));
  }

  long schoolTotal() {
    return bands.stream().mapToLong(Band::school).sum();
  }

  long laTotal() {
    return bands.stream().mapToLong(Band::la).sum();
  }
}
