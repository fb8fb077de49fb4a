package org.schoolattendance.transform.impact;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.schoolattendance.transform.ParquetTables;
import org.schoolattendance.transform.TransformSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the enrolment-period and contact snapshots and writes the impact event study. */
public final class ImpactRunner {

  public static final String ENROLMENT_PERIOD = "mart_enrolment_period";
  public static final String CONTACTS = "fct_contact";

  private static final Logger log = LoggerFactory.getLogger(ImpactRunner.class);

  private final SparkSession spark;
  private final ImpactSettings settings;

  public ImpactRunner(SparkSession spark, ImpactSettings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  public TransformSummary run(Path snapshotDir, Path resultsDir) {
    long start = System.nanoTime();
    Dataset<Row> contacts = ParquetTables.readSnapshot(spark, snapshotDir, CONTACTS);
    Dataset<Row> enrolmentPeriod = ParquetTables.readSnapshot(spark, snapshotDir, ENROLMENT_PERIOD);
    Path output =
        ParquetTables.writeResult(
            HomeVisitImpact.apply(enrolmentPeriod, contacts, settings),
            resultsDir,
            HomeVisitImpact.RESULT_NAME);
    long outputRows =
        ParquetTables.readResult(spark, resultsDir, HomeVisitImpact.RESULT_NAME).count();
    TransformSummary summary =
        new TransformSummary(
            contacts.count(), outputRows, output, Duration.ofNanos(System.nanoTime() - start));
    log.info(
        "{}: {} contacts -> {} estimates ({} bootstrap replicates) in {} ms",
        HomeVisitImpact.RESULT_NAME,
        summary.inputRows(),
        outputRows,
        settings.replicates(),
        summary.elapsed().toMillis());
    return summary;
  }
}
