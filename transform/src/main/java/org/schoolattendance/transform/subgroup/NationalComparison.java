package org.schoolattendance.transform.subgroup;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The gap of each trend row to the published England figure for the same group and period, where
 * the published period definition matches: same period type and period (a term of the same academic
 * year; a year to date ending on the same date) and a group the published file breaks down by (all
 * pupils, or a phase). Elsewhere {@code national_comparison} says "not available" and the national
 * columns are null. The England figure covers millions of pupils, so it is treated as fixed: the
 * gap's interval is the row's own interval shifted by the national value.
 */
final class NationalComparison {

  static final String COLUMN = "national_comparison";

  static final String NOT_AVAILABLE =
      "not available: no published England figure for this group with the same period"
          + " definition";

  static final String MATCHED = "published England figure: ";

  /** The measures the published files give, as {@code national_<measure>_rate_pct} columns. */
  static final List<String> MEASURES = List.of("overall_absence", "persistent_absence");

  private NationalComparison() {}

  /**
   * Fills {@value #COLUMN} and appends, per measure, the national rate and the gap to it with a 95%
   * interval. {@code national} may be null (no published figures in the snapshot).
   */
  static Dataset<Row> apply(Dataset<Row> trend, Dataset<Row> national) {
    Dataset<Row> joined =
        national == null ? withoutNationalFigures(trend) : joinMatching(trend, national);
    List<Column> columns = new ArrayList<>();
    Column matched = col("nat_national_source").isNotNull();
    for (String name : trend.columns()) {
      columns.add(
          name.equals(COLUMN)
              ? when(matched, concat(lit(MATCHED), col("nat_national_source")))
                  .otherwise(lit(NOT_AVAILABLE))
                  .as(COLUMN)
              : col(name));
    }
    for (String measure : MEASURES) {
      Column nationalRate = col("nat_national_" + measure + "_rate_pct");
      String gap = measure + "_gap_to_national_pct";
      columns.add(nationalRate.as("national_" + measure + "_rate_pct"));
      columns.add(col(rate(measure)).minus(nationalRate).as(gap));
      columns.add(col(measure + "_ci_low_pct").minus(nationalRate).as(gap + "_ci_low"));
      columns.add(col(measure + "_ci_high_pct").minus(nationalRate).as(gap + "_ci_high"));
    }
    return joined.select(columns.toArray(Column[]::new));
  }

  private static Dataset<Row> joinMatching(Dataset<Row> trend, Dataset<Row> national) {
    Dataset<Row> prefixed =
        national.select(
            Arrays.stream(national.columns())
                .map(name -> col(name).as("nat_" + name))
                .toArray(Column[]::new));
    Column match =
        col("dimension")
            .equalTo(col("nat_dimension"))
            .and(col("group_value").equalTo(col("nat_group_value")))
            .and(col("period_type").equalTo(col("nat_period_type")))
            .and(col("period_id").equalTo(col("nat_period_id")))
            .and(
                col("period_type")
                    .notEqual("year_to_date")
                    .or(col("period_end").equalTo(col("nat_period_end"))));
    return trend.join(broadcast(prefixed), match, "left");
  }

  private static Dataset<Row> withoutNationalFigures(Dataset<Row> trend) {
    Dataset<Row> joined = trend.withColumn("nat_national_source", lit(null).cast("string"));
    for (String measure : MEASURES) {
      joined = joined.withColumn("nat_national_" + measure + "_rate_pct", lit(null).cast("double"));
    }
    return joined;
  }

  private static String rate(String measure) {
    return measure + "_rate_pct";
  }
}
