package org.schoolattendance.transform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Where transforms read the mart snapshot and write their results.
 *
 * <p>The snapshot, written by DuckDB, holds small marts as one Parquet file, {@code
 * <snapshotDir>/<mart>.parquet}, and large ones as a folder partitioned by academic year, {@code
 * <snapshotDir>/<mart>/year_key=2024-25/*.parquet}. Each result is a Parquet directory {@code
 * <resultsDir>/<result>/} written by Spark.
 */
public final class ParquetTables {

  private ParquetTables() {}

  public static Path snapshotFile(Path snapshotDir, String mart) {
    return snapshotDir.resolve(mart + ".parquet");
  }

  public static Dataset<Row> readSnapshot(SparkSession spark, Path snapshotDir, String mart) {
    Path folder = snapshotDir.resolve(mart);
    if (Files.isDirectory(folder)) {
      return readPartitioned(spark, folder, mart);
    }
    Path file = snapshotFile(snapshotDir, mart);
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(
          "Snapshot of mart " + mart + " not found: neither " + folder + " nor " + file);
    }
    return spark.read().parquet(sparkPath(file));
  }

  private static Dataset<Row> readPartitioned(SparkSession spark, Path folder, String mart) {
    if (!hasParquetFiles(folder)) {
      throw new IllegalArgumentException(
          "Snapshot of mart " + mart + " in " + folder + " holds no Parquet files (empty mart?)");
    }
    // Partition values such as 2024-25 stay strings: no type inference on folder names.
    return spark.read().option("basePath", sparkPath(folder)).parquet(sparkPath(folder));
  }

  private static boolean hasParquetFiles(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  /**
   * Replaces the result directory with one Parquet file holding {@code rows} in their current
   * order. Results are small (one row per LA and period), so one file is simplest for readers.
   */
  public static Path writeResult(Dataset<Row> rows, Path resultsDir, String result) {
    Path dir = resultsDir.resolve(result);
    // coalesce(1), unlike repartition(1), does not shuffle, so a preceding sort is kept.
    rows.coalesce(1).write().mode(SaveMode.Overwrite).parquet(sparkPath(dir));
    return dir;
  }

  public static Dataset<Row> readResult(SparkSession spark, Path resultsDir, String result) {
    return spark.read().parquet(sparkPath(resultsDir.resolve(result)));
  }

  // A plain absolute path, not toUri(): Hadoop re-escapes the %20 of a URI with spaces.
  private static String sparkPath(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }
}
