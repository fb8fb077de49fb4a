package org.schoolattendance.transform.impact;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * The matching features of methods.md §1 for an enrolment at the start of a calendar week: the
 * attendance band over its six school weeks before that week (&lt;80, 80–&lt;85, 85–&lt;90,
 * 90–&lt;95, ≥95%) and the band of the change between the last three and the first three of them
 * (≤−10, −10 to &lt;−3, −3 to +3, &gt;+3 points). A school week is a week with possible sessions in
 * the enrolment-period mart. Enrolments with fewer than six such weeks have no features.
 */
final class MatchingFeatures {

  private static final int WEEKS = 6;

  private MatchingFeatures() {}

  /** {@code (enrolment_key, match_week, attendance_band, change_band)} for the wanted weeks. */
  static Dataset<Row> at(Dataset<Row> enrolmentPeriod, Dataset<Row> matchWeeks) {
    Dataset<Row> weeks =
        enrolmentPeriod
            .filter(col("period_type").equalTo("week").and(col("possible_sessions").gt(0)))
            .select(
                col("enrolment_key"),
                date_trunc("week", col("period_start")).cast("date").as("week_start"),
                col("possible_sessions"),
                col("attendance_sessions"));
    WindowSpec byWeek = Window.partitionBy("enrolment_key").orderBy("week_start");
    Dataset<Row> windows =
        weeks
            .withColumn("weeks", count(lit(1)).over(byWeek.rowsBetween(-(WEEKS - 1), 0)))
            .withColumn("p1", sum("possible_sessions").over(byWeek.rowsBetween(-5, -3)))
            .withColumn("a1", sum("attendance_sessions").over(byWeek.rowsBetween(-5, -3)))
            .withColumn("p2", sum("possible_sessions").over(byWeek.rowsBetween(-2, 0)))
            .withColumn("a2", sum("attendance_sessions").over(byWeek.rowsBetween(-2, 0)))
            .withColumn("next_week", lead("week_start", 1).over(byWeek))
            .filter(col("weeks").equalTo(WEEKS));
    // Six weeks ending with this one are "the six before" every calendar week up to the next
    // school week of the enrolment (holidays in between).
    Column firstValid = date_add(col("week_start"), 7);
    Dataset<Row> valid =
        windows.withColumn(
            "match_week",
            explode(
                sequence(
                    firstValid, coalesce(col("next_week"), firstValid), expr("interval 7 days"))));
    return valid
        .join(matchWeeks, "match_week")
        .select(
            col("enrolment_key"),
            col("match_week"),
            attendanceBand(rate("a1", "p1", "a2", "p2")).as("attendance_band"),
            changeBand(percent(col("a2"), col("p2")).minus(percent(col("a1"), col("p1"))))
                .as("change_band"));
  }

  private static Column rate(String a1, String p1, String a2, String p2) {
    return percent(col(a1).plus(col(a2)), col(p1).plus(col(p2)));
  }

  private static Column percent(Column attended, Column possible) {
    return attended.cast("double").multiply(100.0).divide(possible);
  }

  private static Column attendanceBand(Column rate) {
    return when(rate.lt(80), 0)
        .when(rate.lt(85), 1)
        .when(rate.lt(90), 2)
        .when(rate.lt(95), 3)
        .otherwise(4);
  }

  private static Column changeBand(Column change) {
    return when(change.leq(-10), 0).when(change.lt(-3), 1).when(change.leq(3), 2).otherwise(3);
  }
}
