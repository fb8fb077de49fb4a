package org.schoolattendance.transform.subgroup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The distribution of enrolments by their own overall absence rate in 5% bands ({@code
 * trend_absence_band}): band 0 is 0–&lt;5%, band 95 is 95–100%, per school or LA, subgroup and
 * period. Bands with no enrolments are left out.
 */
public final class AbsenceBands {

  public static final String RESULT_NAME = "trend_absence_band";

  private AbsenceBands() {}

  public static Dataset<Row> apply(Dataset<Row> enrolmentPeriod) {
    // 20 × absence / possible, floored: exact for integer sessions, and no rate is rounded twice.
    Dataset<Row> banded =
        SubgroupCells.memberships(enrolmentPeriod)
            .withColumn(
                "band_lower_pct",
                least(
                        lit(19L),
                        floor(
                            col("overall_absence_sessions")
                                .multiply(20)
                                .divide(col("possible_sessions"))))
                    .multiply(5)
                    .cast("int"));
    List<String> band = List.of("band_lower_pct");
    Dataset<Row> schools =
        banded
            .groupBy(
                SubgroupCells.names(
                    List.of("la_code", "urn"), SubgroupCells.SUBGROUP, SubgroupCells.PERIOD, band))
            .agg(count(lit(1)).as("enrolments"))
            .withColumn("level", lit("school"));
    Dataset<Row> las =
        schools
            .groupBy(
                SubgroupCells.names(
                    List.of("la_code"), SubgroupCells.SUBGROUP, SubgroupCells.PERIOD, band))
            .agg(sum("enrolments").as("enrolments"))
            .withColumn("level", lit("la"))
            .withColumn("urn", lit(null).cast("string"));
    return schools
        .unionByName(las)
        .select(
            SubgroupCells.names(
                List.of("level", "la_code", "urn"),
                SubgroupCells.SUBGROUP,
                SubgroupCells.PERIOD,
                band,
                List.of("enrolments")))
        .orderBy(
            col("level"),
            col("la_code"),
            col("urn").asc_nulls_first(),
            col("dimension"),
            col("group_value"),
            col("period_id"),
            col("band_lower_pct"));
  }
}
