package org.schoolattendance.sql.warehouse;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Resource limits for DuckDB. DuckDB would otherwise take 80% of RAM on top of the JVM heap and
 * Spark, which share the process.
 */
public record DuckDbSettings(String memoryLimit, int threads, Path tempDirectory) {

  public static DuckDbSettings defaults() {
    return new DuckDbSettings("4GB", 2, null);
  }

  Properties toConnectionProperties() {
    Properties properties = new Properties();
    properties.setProperty("memory_limit", memoryLimit);
    properties.setProperty("threads", Integer.toString(threads));
    if (tempDirectory != null) {
      properties.setProperty("temp_directory", tempDirectory.toAbsolutePath().toString());
    }
    return properties;
  }
}
