package org.schoolattendance.transform.subgroup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Subgroup attendance trends ({@code trend_subgroup_period}): one row per school or LA, subgroup
 * and period (term, academic year, year to date) with counts, rates, 95% intervals, the gap to the
 * rest of the cohort, to the LA and to England where the published period definition matches, and
 * the change against the same period a year earlier (for a year to date: the earlier year to the
 * week of the same date) with a false-discovery-controlled flag. The inputs are the
 * enrolment-period mart; no measure is re-derived from sessions.
 */
public final class SubgroupTrend {

  public static final String RESULT_NAME = "trend_subgroup_period";

  static final List<String> UNIT = List.of("level", "la_code", "urn");

  private SubgroupTrend() {}

  /** Without published England figures: every national comparison is "not available". */
  public static Dataset<Row> apply(Dataset<Row> enrolmentPeriod, TrendSettings settings) {
    return apply(enrolmentPeriod, null, settings);
  }

  /**
   * @param national published England figures (the snapshot's {@code national_figures}), or null
   */
  public static Dataset<Row> apply(
      Dataset<Row> enrolmentPeriod, Dataset<Row> national, TrendSettings settings) {
    return fromCells(SubgroupCells.apply(enrolmentPeriod), national, settings);
  }

  static Dataset<Row> fromCells(
      Dataset<Row> allCells, Dataset<Row> national, TrendSettings settings) {
    // Cells are few and read four times: computing them once keeps the plan small and fast.
    Dataset<Row> cells = allCells.localCheckpoint();
    Dataset<Row> reported =
        cells.filter(col("period_type").isin(SubgroupCells.REPORTED_PERIOD_TYPES.toArray()));
    Dataset<Row> withRest = withRestOfCohort(reported);
    Dataset<Row> withLa = withRestOfLa(withRest, reported);
    Dataset<Row> withPrevious = withSamePeriodLastYear(withLa, cells);
    Dataset<Row> measured = withPrevious.select(TrendColumns.output(settings)).localCheckpoint();
    return NationalComparison.apply(
            TrendColumns.withMeaningfulChanges(measured, settings), national)
        .orderBy(
            col("level"),
            col("la_code"),
            col("urn").asc_nulls_first(),
            col("dimension"),
            col("group_value"),
            col("period_start"),
            col("period_type"));
  }

  /** Adds {@code rest_*}: the unit's whole cohort in the period minus this cell. */
  private static Dataset<Row> withRestOfCohort(Dataset<Row> cells) {
    Dataset<Row> whole =
        cells
            .filter(col("dimension").equalTo(Subgroups.ALL_PUPILS))
            .select(prefixed("all_", "period_id"));
    Column match = keysMatch(UNIT, "all_").and(col("period_id").equalTo(col("all_period_id")));
    return dropPrefixedKeys(cells.join(whole, match, "left"), "all_", "period_id")
        .select(withColumns(CellStatistics.difference("all_", "rest_")))
        .drop(prefixedStatistics("all_"));
  }

  /**
   * Adds {@code la_*} (the LA's same subgroup) and {@code la_rest_*} (the LA minus this school).
   */
  private static Dataset<Row> withRestOfLa(Dataset<Row> cells, Dataset<Row> allCells) {
    Dataset<Row> la =
        allCells
            .filter(col("level").equalTo("la"))
            .select(
                prefixedColumns(
                    "la_", List.of("la_code", "dimension", "group_value", "period_id")));
    Column match =
        col("level")
            .equalTo("school")
            .and(col("la_code").equalTo(col("la_la_code")))
            .and(col("dimension").equalTo(col("la_dimension")))
            .and(col("group_value").equalTo(col("la_group_value")))
            .and(col("period_id").equalTo(col("la_period_id")));
    return cells
        .join(la, match, "left")
        .drop("la_la_code", "la_dimension", "la_group_value", "la_period_id")
        .select(withColumns(CellStatistics.difference("la_", "la_rest_")));
  }

  /**
   * Adds {@code prev_*}: the same unit and subgroup in the same period one academic year earlier;
   * for a year to date, the earlier year to the week of the same date.
   */
  private static Dataset<Row> withSamePeriodLastYear(Dataset<Row> cells, Dataset<Row> allCells) {
    Dataset<Row> previous =
        allCells
            .filter(col("period_type").notEqual("year_to_date"))
            .select(
                prefixedColumns(
                    "prev_",
                    List.of("level", "la_code", "urn", "dimension", "group_value", "period_id")));
    Column match =
        keysMatch(List.of("level", "la_code", "urn", "dimension", "group_value"), "prev_")
            .and(col("prev_period_id").equalTo(previousPeriodId()));
    return cells
        .join(previous, match, "left")
        .drop("prev_level", "prev_la_code", "prev_urn", "prev_dimension", "prev_group_value");
  }

  /**
   * {@code 2024/25-autumn} → {@code 2023/24-autumn}; {@code 2024/25} → {@code 2023/24}; {@code
   * 2024/25-ytd} → {@code 2023/24-ytd-same-date}.
   */
  static Column previousPeriodId() {
    Column start = substring(col("academic_year"), 1, 4).cast("int");
    Column previousYear =
        concat(
            start.minus(1).cast("string"), lit("/"), lpad(start.mod(100).cast("string"), 2, "0"));
    return when(
            col("period_type").equalTo("year_to_date"),
            concat(previousYear, lit(SubgroupCells.SAME_DATE_SUFFIX)))
        .otherwise(concat(previousYear, substring(col("period_id"), 8, 100)));
  }

  private static Column keysMatch(List<String> keys, String prefix) {
    Column match = lit(true);
    for (String key : keys) {
      match = match.and(col(key).eqNullSafe(col(prefix + key)));
    }
    return match;
  }

  private static Column[] prefixed(String prefix, String periodKey) {
    List<String> keys = new ArrayList<>(UNIT);
    keys.add(periodKey);
    return prefixedColumns(prefix, keys);
  }

  private static Column[] prefixedColumns(String prefix, List<String> keys) {
    List<Column> columns = new ArrayList<>();
    keys.forEach(key -> columns.add(col(key).as(prefix + key)));
    columns.addAll(List.of(CellStatistics.renamed(prefix)));
    return columns.toArray(Column[]::new);
  }

  private static Dataset<Row> dropPrefixedKeys(Dataset<Row> rows, String prefix, String periodKey) {
    List<String> keys = new ArrayList<>(UNIT);
    keys.add(periodKey);
    return rows.drop(keys.stream().map(key -> prefix + key).toArray(String[]::new));
  }

  private static String[] prefixedStatistics(String prefix) {
    return CellStatistics.ALL.stream().map(name -> prefix + name).toArray(String[]::new);
  }

  private static Column[] withColumns(Column[] added) {
    List<Column> columns = new ArrayList<>();
    columns.add(col("*"));
    columns.addAll(List.of(added));
    return columns.toArray(Column[]::new);
  }
}
