package org.schoolattendance.transform.subgroup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Groups the headline cohort's enrolment-periods into cells, one per school or LA, subgroup and
 * period (term, academic year, year to date, and the comparison period of a year to date), holding
 * {@link CellStatistics}. Schools are summed first; the LA cells are sums of its school cells.
 */
public final class SubgroupCells {

  static final List<String> REPORTED_PERIOD_TYPES =
      List.of("term", "academic_year", "year_to_date");

  /**
   * The earlier academic year from 1 September to the week of the same date a year before a year to
   * date's end (see int_enrolment_period_total): compared with, never reported itself.
   */
  static final String YEAR_TO_DATE_LAST_YEAR = "year_to_date_last_year";

  /** How the mart names a year's comparison period: {@code 2023/24-ytd-same-date}. */
  static final String SAME_DATE_SUFFIX = "-ytd-same-date";

  private static final List<String> CELL_PERIOD_TYPES =
      List.of("term", "academic_year", "year_to_date", YEAR_TO_DATE_LAST_YEAR);

  static final List<String> PERIOD =
      List.of("period_type", "period_id", "academic_year", "year_key");

  static final List<String> SUBGROUP = List.of("dimension", "group_value");

  private SubgroupCells() {}

  public static Dataset<Row> apply(Dataset<Row> enrolmentPeriod) {
    Dataset<Row> schools =
        memberships(enrolmentPeriod, CELL_PERIOD_TYPES)
            .groupBy(names(List.of("la_code", "urn"), SUBGROUP, PERIOD))
            .agg(min("period_start").as("period_start"), withStatistics(max("period_end")))
            .withColumn("level", lit("school"));
    Dataset<Row> las =
        schools
            .groupBy(names(List.of("la_code"), SUBGROUP, PERIOD))
            .agg(
                min("period_start").as("period_start"),
                withStatistics(max("period_end"), CellStatistics.fromCells()))
            .withColumn("level", lit("la"))
            .withColumn("urn", lit(null).cast("string"));
    return schools.unionByName(las);
  }

  /** The headline cohort's reported periods, one row per subgroup each enrolment belongs to. */
  static Dataset<Row> memberships(Dataset<Row> enrolmentPeriod) {
    return memberships(enrolmentPeriod, REPORTED_PERIOD_TYPES);
  }

  private static Dataset<Row> memberships(Dataset<Row> enrolmentPeriod, List<String> periodTypes) {
    return enrolmentPeriod
        .filter(col("in_headline_cohort").and(col("period_type").isin(periodTypes.toArray())))
        .withColumn("subgroup", explode(Subgroups.memberships()))
        .withColumn("dimension", col("subgroup.dimension"))
        .withColumn("group_value", col("subgroup.group_value"))
        .filter(col("group_value").isNotNull())
        .drop("subgroup");
  }

  private static Column[] withStatistics(Column periodEnd) {
    return withStatistics(periodEnd, CellStatistics.fromEnrolmentPeriods());
  }

  private static Column[] withStatistics(Column periodEnd, Column[] statistics) {
    List<Column> columns = new ArrayList<>();
    columns.add(periodEnd.as("period_end"));
    columns.addAll(List.of(statistics));
    return columns.toArray(Column[]::new);
  }

  @SafeVarargs
  static Column[] names(List<String>... groups) {
    return java.util.Arrays.stream(groups)
        .flatMap(List::stream)
        .map(name -> col(name))
        .toArray(Column[]::new);
  }
}
