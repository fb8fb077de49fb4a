package org.schoolattendance.jobs.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/** The product's settings, read once here and passed down to the modules as plain values. */
@ConfigurationProperties("attendance")
public record AttendanceProperties(
    Path workDir, Warehouse warehouse, Spark spark, Mail mail, Demo demo, Delivery delivery) {

  @ConstructorBinding
  public AttendanceProperties {}

  /** Settings without delivery ones, for stages and tests that never send mail. */
  public AttendanceProperties(
      Path workDir, Warehouse warehouse, Spark spark, Mail mail, Demo demo) {
    this(workDir, warehouse, spark, mail, demo, new Delivery(null));
  }

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

  /**
   * @param laAddress where the LA comparison pack (PDF and XLSX) is sent; blank means it is not
   *     sent (the message is skipped and reported)
   */
  public record Delivery(String laAddress) {}
}
