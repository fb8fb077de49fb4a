package org.schoolattendance.transform.trend;

import java.nio.file.Path;
import org.schoolattendance.transform.SparkSessions;
import org.schoolattendance.transform.SparkSettings;
import org.schoolattendance.transform.TransformSummary;

/**
 * Command-line entry: {@code TrendJobMain <snapshotDir> <resultsDir>}. Under {@code spark-submit}
 * the master comes from {@code --master}; run directly, it is {@code local[2]}.
 */
public final class TrendJobMain {

  private TrendJobMain() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: TrendJobMain <snapshotDir> <resultsDir>");
      System.exit(2);
    }
    SparkSettings settings =
        new SparkSettings(
            System.getProperty("spark.master", SparkSettings.DEFAULT_MASTER),
            SparkSettings.DEFAULT_SHUFFLE_PARTITIONS,
            null);
    TransformSummary summary =
        new TrendTransformRunner(SparkSessions.getOrCreate(settings))
            .run(Path.of(args[0]), Path.of(args[1]));
    System.out.println(summary);
  }
}
