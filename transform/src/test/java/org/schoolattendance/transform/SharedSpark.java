package org.schoolattendance.transform;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The Spark session all tests of this module share; starting one costs seconds. */
public final class SharedSpark {

  private SharedSpark() {}

  public static SparkSession session() {
    return SparkSessions.getOrCreate(
        SparkSettings.defaults().withLocalDir(Path.of("target", "spark-local")));
  }
}
