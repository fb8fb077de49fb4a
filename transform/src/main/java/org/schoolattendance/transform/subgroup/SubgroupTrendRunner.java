package org.schoolattendance.transform.subgroup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.schoolattendance.transform.ParquetTables;
import org.schoolattendance.transform.TransformSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the enrolment-period snapshot and writes the subgroup trend and absence-band results. */
public final class SubgroupTrendRunner {

  public static final String INPUT_MART = "mart_enrolment_period";

  /** Published England figures, optional: {@code <snapshot>/national_figures.parquet}. */
  public static final String NATIONAL_FIGURES = "national_figures";

  private static final Logger log = LoggerFactory.getLogger(SubgroupTrendRunner.class);

  private final SparkSession spark;
  private final TrendSettings settings;

  public SubgroupTrendRunner(SparkSession spark, TrendSettings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  public List<TransformSummary> run(Path snapshotDir, Path resultsDir) {
    Dataset<Row> enrolmentPeriod = ParquetTables.readSnapshot(spark, snapshotDir, INPUT_MART);
    long inputRows = enrolmentPeriod.count();
    Path nationalFile = ParquetTables.snapshotFile(snapshotDir, NATIONAL_FIGURES);
    Dataset<Row> national =
        Files.exists(nationalFile)
            ? ParquetTables.readSnapshot(spark, snapshotDir, NATIONAL_FIGURES)
            : null;
    if (national == null) {
      log.info("no {} in the snapshot: national comparisons not available", nationalFile);
    }
    return List.of(
        write(
            SubgroupTrend.apply(enrolmentPeriod, national, settings),
            SubgroupTrend.RESULT_NAME,
            inputRows,
            resultsDir),
        write(
            AbsenceBands.apply(enrolmentPeriod), AbsenceBands.RESULT_NAME, inputRows, resultsDir));
  }

  private TransformSummary write(
      Dataset<Row> result, String name, long inputRows, Path resultsDir) {
    long start = System.nanoTime();
    Path output = ParquetTables.writeResult(result, resultsDir, name);
    long outputRows = ParquetTables.readResult(spark, resultsDir, name).count();
    TransformSummary summary =
        new TransformSummary(
            inputRows, outputRows, output, Duration.ofNanos(System.nanoTime() - start));
    log.info(
        "{}: {} enrolment-period rows -> {} rows in {} ms",
        name,
        inputRows,
        outputRows,
        summary.elapsed().toMillis());
    return summary;
  }
}
