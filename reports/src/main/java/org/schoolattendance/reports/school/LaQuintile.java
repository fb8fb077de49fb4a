package org.schoolattendance.reports.school;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * Where a school's overall absence falls among the LA's schools of the same phase in a period:
 * quintile 1 is the lowest fifth of absence. We hold no school-level national data, so this is an
 * LA quintile, never a national one.
 */
record LaQuintile(int quintile, int rank, int schools) {

  static Optional<LaQuintile> of(
      WarehouseQuery query, SchoolFacts facts, String periodType, String periodId)
      throws SQLException {
    List<String> ranked =
        query.list(
            "select urn from mart_group_period where geography_level = 'school' and la_code = ?"
                + " and phase = ? and cohort = ? and dimension = 'all' and period_type = ?"
                + " and period_id = ? order by overall_absence_rate_pct, urn",
            row -> row.getString(1),
            facts.school().laCode(),
            facts.school().phase(),
            facts.cohort(),
            periodType,
            periodId);
    int position = ranked.indexOf(facts.school().urn());
    if (position < 0 || ranked.size() < 5) {
      return Optional.empty();
    }
    int rank = position + 1;
    return Optional.of(
        new LaQuintile((int) Math.ceil(5.0 * rank / ranked.size()), rank, ranked.size()));
  }

  String label() {
    return "LA quintile " + quintile;
  }
}
