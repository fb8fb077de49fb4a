package org.schoolattendance.jobs.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The product's settings, read once here and passed down to the modules as plain values. */
@ConfigurationProperties("attendance")
public record AttendanceProperties(
    Path workDir, Warehouse warehouse, Spark spark, Mail mail, Demo demo) {

  public record Warehouse(Path path, String memoryLimit, int threads, Path tempDirectory) {}

  public record Spark(String master, int shufflePartitions, Path localDir) {}

  public record Mail(
      boolean embedded,
      String host,
      int port,
      String username,
      String password,
      boolean startTls,
      String from) {}

  public record Demo(String preset, long seed) {}
}
