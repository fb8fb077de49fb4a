package org.schoolattendance.transform.trend;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.schoolattendance.transform.ParquetTables;
import org.schoolattendance.transform.TransformSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the {@code mart_school_term} snapshot and writes the LA-by-term trend result. */
public final class TrendTransformRunner {

  public static final String INPUT_MART = "mart_school_term";

  private static final Logger log = LoggerFactory.getLogger(TrendTransformRunner.class);

  private final SparkSession spark;

  public TrendTransformRunner(SparkSession spark) {
    this.spark = spark;
  }

  public TransformSummary run(Path snapshotDir, Path resultsDir) {
    long start = System.nanoTime();
    Dataset<Row> martSchoolTerm = ParquetTables.readSnapshot(spark, snapshotDir, INPUT_MART);
    Path output =
        ParquetTables.writeResult(
            LaTermTrend.apply(martSchoolTerm), resultsDir, LaTermTrend.RESULT_NAME);
    // Both counts come from Parquet footers, so they cost no second pass over the data.
    long inputRows = martSchoolTerm.count();
    long outputRows = ParquetTables.readResult(spark, resultsDir, LaTermTrend.RESULT_NAME).count();
    TransformSummary summary =
        new TransformSummary(
            inputRows, outputRows, output, Duration.ofNanos(System.nanoTime() - start));
    log.info(
        "{}: {} school-term rows -> {} LA-term rows in {} ms, written to {}",
        LaTermTrend.RESULT_NAME,
        summary.inputRows(),
        summary.outputRows(),
        summary.elapsed().toMillis(),
        summary.output());
    return summary;
  }
}
