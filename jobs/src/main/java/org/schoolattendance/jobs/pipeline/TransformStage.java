package org.schoolattendance.jobs.pipeline;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.jobs.progress.Progress;
import org.schoolattendance.sql.snapshot.ParquetSnapshot;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.schoolattendance.transform.SparkSessions;
import org.schoolattendance.transform.SparkSettings;
import org.schoolattendance.transform.TransformSummary;
import org.schoolattendance.transform.trend.TrendTransformRunner;
import org.springframework.stereotype.Component;

/**
 * Writes the marts Spark needs to a Parquet snapshot, runs the Spark transforms over it, and loads
 * their Parquet results back into the warehouse.
 */
@Component
public class TransformStage {

  /** Where the results land in the warehouse. */
  public static final String LA_TREND_TABLE = "trend_la_term";

  private final Warehouse warehouse;
  private final AttendanceProperties properties;

  public TransformStage(Warehouse warehouse, AttendanceProperties properties) {
    this.warehouse = warehouse;
    this.properties = properties;
  }

  public record Result(Path snapshot, Path results, TransformSummary summary, long rowsLoaded) {}

  public Result run() {
    Path snapshot = properties.workDir().resolve("snapshot");
    Path results = properties.workDir().resolve("results");
    try (Progress progress = Progress.start("transform", 3)) {
      try (Connection connection = warehouse.open()) {
        ParquetSnapshot.export(connection, snapshot, List.of(TrendTransformRunner.INPUT_MART));
      }
      progress.step();
      AttendanceProperties.Spark spark = properties.spark();
      TransformSummary summary =
          new TrendTransformRunner(
                  SparkSessions.getOrCreate(
                      new SparkSettings(
                          spark.master(), spark.shufflePartitions(), spark.localDir())))
              .run(snapshot, results);
      progress.step();
      long loaded;
      try (Connection connection = warehouse.open()) {
        loaded = ParquetSnapshot.load(connection, summary.output(), LA_TREND_TABLE);
      }
      progress.step();
      return new Result(snapshot, results, summary, loaded);
    } catch (Exception e) {
      throw new StageFailedException("transform", e.getMessage(), e);
    }
  }
}
