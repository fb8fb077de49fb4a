package org.schoolattendance.transform.stats;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Benjamini–Hochberg adjusted p-values (q-values) within families of tests flagged together. Rows
 * whose p-value is null take no part: they neither count towards the family size nor get a q.
 */
public final class FalseDiscovery {

  private FalseDiscovery() {}

  public static Dataset<Row> withQValue(
      Dataset<Row> rows, String pColumn, String qColumn, List<String> family) {
    Column[] partition = family.stream().map(name -> col(name)).toArray(Column[]::new);
    WindowSpec ordered = Window.partitionBy(partition).orderBy(col(pColumn).asc_nulls_last());
    String rank = qColumn + "__rank";
    String tests = qColumn + "__tests";
    String scaled = qColumn + "__scaled";
    return rows.withColumn(rank, row_number().over(ordered))
        .withColumn(tests, count(col(pColumn)).over(Window.partitionBy(partition)))
        .withColumn(scaled, col(pColumn).multiply(col(tests)).divide(col(rank)))
        .withColumn(
            qColumn,
            when(
                col(pColumn).isNotNull(),
                least(
                    lit(1.0),
                    min(col(scaled))
                        .over(
                            ordered.rowsBetween(
                                Window.currentRow(), Window.unboundedFollowing())))))
        .drop(rank, tests, scaled);
  }
}
