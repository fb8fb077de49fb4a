package org.schoolattendance.transform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.schoolattendance.transform.impact.ImpactRunner;
import org.schoolattendance.transform.impact.ImpactSettings;
import org.schoolattendance.transform.subgroup.SubgroupTrendRunner;
import org.schoolattendance.transform.subgroup.TrendSettings;
import org.schoolattendance.transform.trend.TrendTransformRunner;

/**
 * Command-line entry for {@code spark-submit}: {@code TransformJobMain <snapshotDir> <resultsDir>
 * [bootstrapReplicates]} runs every transform whose input is in the snapshot (the same classes the
 * application runs in-process) and prints one line per result. The master comes from {@code
 * --master}; run directly, it is {@code local[2]}. Both folders must be on storage every executor
 * can read.
 */
public final class TransformJobMain {

  private TransformJobMain() {}

  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].matches("\\d+"))) {
      System.err.println(
          "usage: TransformJobMain <snapshotDir> <resultsDir> [bootstrapReplicates]");
      System.exit(2);
    }
    ImpactSettings impact = ImpactSettings.defaults();
    if (args.length == 3) {
      impact = impact.withReplicates(Integer.parseInt(args[2]));
    }
    Path snapshot = Path.of(args[0]);
    Path results = Path.of(args[1]);
    SparkSession spark =
        SparkSessions.getOrCreate(
            new SparkSettings(
                System.getProperty("spark.master", SparkSettings.DEFAULT_MASTER),
                SparkSettings.DEFAULT_SHUFFLE_PARTITIONS,
                null));
    List<TransformSummary> summaries = new ArrayList<>();
    if (Files.exists(ParquetTables.snapshotFile(snapshot, TrendTransformRunner.INPUT_MART))) {
      summaries.add(new TrendTransformRunner(spark).run(snapshot, results));
    }
    if (Files.isDirectory(snapshot.resolve(SubgroupTrendRunner.INPUT_MART))) {
      summaries.addAll(
          new SubgroupTrendRunner(spark, TrendSettings.defaults()).run(snapshot, results));
      if (Files.isDirectory(snapshot.resolve(ImpactRunner.CONTACTS))) {
        summaries.add(new ImpactRunner(spark, impact).run(snapshot, results));
      }
    }
    summaries.forEach(
        s -> System.out.println(s.output().getFileName() + " " + s.outputRows() + " rows"));
    spark.stop();
  }
}
