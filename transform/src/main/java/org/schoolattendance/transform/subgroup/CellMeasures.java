package org.schoolattendance.transform.subgroup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.schoolattendance.transform.Rates;
import org.schoolattendance.transform.stats.Intervals;
import org.schoolattendance.transform.stats.Intervals.Limits;

/**
 * Rates and their sampling variances for a cell whose statistics carry a column-name prefix ({@code
 * ""} for the cell itself, {@code "rest_"}, {@code "prev_"}...).
 */
record CellMeasures(String prefix) {

  Column stat(String name) {
    return col(prefix + name);
  }

  Column overallAbsencePct() {
    return Rates.percent(stat("overall_absence_sessions"), stat("possible_sessions"));
  }

  Column persistentShare() {
    return share(stat("persistent_absentees"));
  }

  Column severeShare() {
    return share(stat("severe_absentees"));
  }

  Limits persistentWilson() {
    return Intervals.wilson(stat("persistent_absentees"), stat("enrolments"));
  }

  Limits severeWilson() {
    return Intervals.wilson(stat("severe_absentees"), stat("enrolments"));
  }

  /**
   * Delta-method variance of the overall absence rate, in squared percentage points: the rate is
   * the ratio R = Σa/Σp over enrolments, so Var(R) ≈ n/(n−1) · Σ(a − R·p)² / (Σp)², expanded into
   * the cell's sums. Null for fewer than two enrolments.
   */
  Column overallAbsenceVariance() {
    Column possible = stat("possible_sessions").cast("double");
    Column n = stat("enrolments").cast("double");
    Column ratio = stat("overall_absence_sessions").cast("double").divide(possible);
    Column squaredResiduals =
        stat("sum_absence_squared")
            .cast("double")
            .minus(ratio.multiply(stat("sum_absence_by_possible")).multiply(2))
            .plus(ratio.multiply(ratio).multiply(stat("sum_possible_squared")));
    return when(
        n.gt(1).and(possible.gt(0)),
        n.divide(n.minus(1))
            .multiply(squaredResiduals)
            .divide(possible.multiply(possible))
            .multiply(10_000.0));
  }

  private Column share(Column count) {
    return when(stat("enrolments").gt(0), count.cast("double").divide(stat("enrolments")));
  }

  static Column percent(Column share) {
    return share.multiply(lit(100.0));
  }
}
