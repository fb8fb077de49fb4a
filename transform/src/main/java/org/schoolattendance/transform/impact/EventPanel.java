package org.schoolattendance.transform.impact;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Monthly attendance of enrolments, and each enrolment's change in attendance from a baseline to a
 * relative month: {@code Y(c + k) − Y(c − 3 … c − 1)} in percentage points, where c is a cohort
 * (contact) month and Y a sessions-weighted attendance rate. The months come from the
 * enrolment-period mart (period type {@code month}); nothing is re-derived from sessions.
 */
final class EventPanel {

  static final int BASELINE_MONTHS = 3;

  private EventPanel() {}

  /** One row per enrolment and school month with sessions: keys, characteristics, counts. */
  static Dataset<Row> months(Dataset<Row> enrolmentPeriod) {
    return enrolmentPeriod
        .filter(col("period_type").equalTo("month"))
        .withColumn("month_index", SchoolMonths.indexOf("period_start"))
        .filter(col("month_index").isNotNull().and(col("possible_sessions").gt(0)))
        .select(
            col("enrolment_key"),
            col("pupil_key"),
            col("urn"),
            col("phase"),
            col("nc_year"),
            col("fsm_eligible"),
            col("sen_provision"),
            col("month_index"),
            col("possible_sessions"),
            col("attendance_sessions"));
  }

  /**
   * For each wanted {@code (enrolment_key, cohort_index)}: one row per relative month −3 … +9 with
   * data and a baseline, with {@code weight} (possible sessions in that month) and {@code
   * delta_points}.
   */
  static Dataset<Row> changes(Dataset<Row> months, Dataset<Row> wanted) {
    Dataset<Row> outcomes =
        months
            .withColumn(
                "relative_month",
                explode(
                    sequence(
                        lit(ImpactSettings.FIRST_RELATIVE_MONTH),
                        lit(ImpactSettings.LAST_RELATIVE_MONTH))))
            .withColumn("cohort_index", col("month_index").minus(col("relative_month")))
            .join(wanted, new String[] {"enrolment_key", "cohort_index"}, "left_semi");
    Dataset<Row> baselines =
        months
            .withColumn("months_before", explode(array(lit(1), lit(2), lit(3))))
            .withColumn("cohort_index", col("month_index").plus(col("months_before")))
            .join(wanted, new String[] {"enrolment_key", "cohort_index"}, "left_semi")
            .groupBy("enrolment_key", "cohort_index")
            .agg(
                sum("possible_sessions").as("base_possible"),
                sum("attendance_sessions").as("base_attended"));
    return outcomes
        .join(baselines, new String[] {"enrolment_key", "cohort_index"})
        .filter(col("base_possible").gt(0))
        .select(
            col("enrolment_key"),
            col("pupil_key"),
            col("cohort_index"),
            col("relative_month"),
            col("possible_sessions").cast("double").as("weight"),
            rate("attendance_sessions", "possible_sessions")
                .minus(rate("base_attended", "base_possible"))
                .as("delta_points"));
  }

  private static org.apache.spark.sql.Column rate(String attended, String possible) {
    return col(attended).cast("double").multiply(100.0).divide(col(possible));
  }
}
