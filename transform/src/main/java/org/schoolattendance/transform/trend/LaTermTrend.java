package org.schoolattendance.transform.trend;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.schoolattendance.transform.Rates;

/**
 * Attendance per local authority per term, from {@code mart_school_term} (one row per school per
 * term). Counts are summed over the LA's schools and every rate is recomputed from those sums.
 */
public final class LaTermTrend {

  public static final String RESULT_NAME = "trend_la_term";

  static final List<String> KEY_COLUMNS =
      List.of("la_code", "academic_year", "term", "term_id", "term_start");

  static final List<String> SUMMED_COLUMNS =
      List.of(
          "enrolments",
          "possible_sessions",
          "attendance_sessions",
          "authorised_absence_sessions",
          "unauthorised_absence_sessions",
          "overall_absence_sessions",
          "persistent_absentees",
          "severe_absentees");

  private record Rate(String name, String numerator, String denominator) {}

  private static final List<Rate> RATES =
      List.of(
          new Rate("attendance_rate_pct", "attendance_sessions", "possible_sessions"),
          new Rate("overall_absence_rate_pct", "overall_absence_sessions", "possible_sessions"),
          new Rate(
              "authorised_absence_rate_pct", "authorised_absence_sessions", "possible_sessions"),
          new Rate(
              "unauthorised_absence_rate_pct",
              "unauthorised_absence_sessions",
              "possible_sessions"),
          new Rate("persistent_absence_rate_pct", "persistent_absentees", "enrolments"),
          new Rate("severe_absence_rate_pct", "severe_absentees", "enrolments"));

  private LaTermTrend() {}

  public static Dataset<Row> apply(Dataset<Row> martSchoolTerm) {
    Dataset<Row> totals =
        martSchoolTerm
            .groupBy(columns(KEY_COLUMNS))
            .agg(countDistinct(col("urn")).as("schools"), sumsOfCounts());
    return totals.select(outputColumns()).orderBy(col("la_code"), col("term_start"));
  }

  private static Column[] sumsOfCounts() {
    // A sum of BIGINT is BIGINT in Spark, so the contract's types hold without casts.
    return SUMMED_COLUMNS.stream().map(name -> sum(col(name)).as(name)).toArray(Column[]::new);
  }

  private static Column[] outputColumns() {
    List<Column> columns = new ArrayList<>(List.of(columns(KEY_COLUMNS)));
    columns.add(col("schools"));
    SUMMED_COLUMNS.forEach(name -> columns.add(col(name)));
    RATES.forEach(
        rate ->
            columns.add(
                Rates.percent(col(rate.numerator()), col(rate.denominator())).as(rate.name())));
    return columns.toArray(Column[]::new);
  }

  private static Column[] columns(List<String> names) {
    return names.stream().map(name -> col(name)).toArray(Column[]::new);
  }
}
