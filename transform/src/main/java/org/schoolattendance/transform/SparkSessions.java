package org.schoolattendance.transform;

import java.util.Objects;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Spark session of this process. Spark allows a single SparkContext per JVM, so the session
 * is created on first use and every later caller shares it.
 */
public final class SparkSessions {

  private static final Logger log = LoggerFactory.getLogger(SparkSessions.class);

  private static SparkSession session;
  private static SparkSettings sessionSettings;

  private SparkSessions() {}

  public static synchronized SparkSession getOrCreate(SparkSettings settings) {
    Objects.requireNonNull(settings, "settings");
    if (session != null && !session.sparkContext().isStopped()) {
      if (!settings.equals(sessionSettings)) {
        log.warn(
            "Spark session already running with {}; ignoring requested {}",
            sessionSettings,
            settings);
      }
      return session;
    }
    long start = System.nanoTime();
    QuietSparkLogging.apply();
    session = builderFor(settings).getOrCreate();
    // Again: on start Spark may load its default Log4j configuration, which drops our levels.
    QuietSparkLogging.apply();
    sessionSettings = settings;
    log.info(
        "Spark {} session started in {} ms ({})",
        session.version(),
        (System.nanoTime() - start) / 1_000_000,
        settings);
    return session;
  }

  private static SparkSession.Builder builderFor(SparkSettings settings) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("attendance-transform")
            .config("spark.ui.enabled", false)
            // No Hive: tables are plain Parquet files, never a metastore.
            .config("spark.sql.catalogImplementation", "in-memory")
            .config("spark.sql.session.timeZone", "UTC")
            // Partition folders such as year_key=2024-25 are labels, not numbers or dates.
            .config("spark.sql.sources.partitionColumnTypeInference.enabled", false)
            .config("spark.sql.shuffle.partitions", settings.shufflePartitions());
    if (settings.master() != null) {
      builder.master(settings.master());
    }
    if (settings.runsLocally()) {
      // A local driver needs no network name; containers often cannot resolve their own hostname.
      builder
          .config("spark.driver.host", "localhost")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    if (settings.localDir() != null) {
      builder.config("spark.local.dir", settings.localDir().toAbsolutePath().toString());
    }
    return builder;
  }
}
