package org.schoolattendance.transform;

import java.nio.file.Path;

/**
 * How to start the in-process Spark session.
 *
 * @param master Spark master URL; {@code null} leaves it to {@code spark-submit} (which passes it
 *     as the {@code spark.master} system property)
 * @param shufflePartitions partitions after a shuffle; Spark's default of 200 is far too many for
 *     marts of a few thousand rows
 * @param localDir scratch space for shuffle and spill files ({@code spark.local.dir}); {@code null}
 *     keeps Spark's default, the JVM temp directory
 */
public record SparkSettings(String master, int shufflePartitions, Path localDir) {

  public static final String DEFAULT_MASTER = "local[2]";
  public static final int DEFAULT_SHUFFLE_PARTITIONS = 4;

  public SparkSettings {
    if (shufflePartitions < 1) {
      throw new IllegalArgumentException(
          "shufflePartitions must be at least 1, was " + shufflePartitions);
    }
  }

  public static SparkSettings defaults() {
    return new SparkSettings(DEFAULT_MASTER, DEFAULT_SHUFFLE_PARTITIONS, null);
  }

  public SparkSettings withLocalDir(Path dir) {
    return new SparkSettings(master, shufflePartitions, dir);
  }

  boolean runsLocally() {
    return master != null && master.startsWith("local");
  }
}
