package org.schoolattendance.jobs.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.jobs.progress.Progress;
import org.schoolattendance.sql.snapshot.ParquetSnapshot;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.schoolattendance.transform.SparkSessions;
import org.schoolattendance.transform.SparkSettings;
import org.schoolattendance.transform.TransformSummary;
import org.schoolattendance.transform.impact.ImpactRunner;
import org.schoolattendance.transform.impact.ImpactSettings;
import org.schoolattendance.transform.subgroup.SubgroupTrendRunner;
import org.schoolattendance.transform.subgroup.TrendSettings;
import org.schoolattendance.transform.trend.TrendTransformRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the marts Spark needs to a Parquet snapshot, runs the Spark transforms over it, and loads
 * their Parquet results back into the warehouse. The LA trend always runs; the subgroup trends need
 * {@code mart_enrolment_period} (and compare with published England figures from {@code
 * stg_dfe_statistic} where it holds any) and the impact study also a non-empty {@code fct_contact}:
 * a transform whose input the warehouse does not hold is skipped and named in the result.
 */
@Component
public class TransformStage {

  /** Where the results land in the warehouse. */
  public static final String LA_TREND_TABLE = "trend_la_term";

  private static final Logger log = LoggerFactory.getLogger(TransformStage.class);

  private final Warehouse warehouse;
  private final AttendanceProperties properties;

  public TransformStage(Warehouse warehouse, AttendanceProperties properties) {
    this.warehouse = warehouse;
    this.properties = properties;
  }

  /**
   * @param loaded every further result table loaded back, beside the LA trend
   * @param skipped transforms not run, each with the reason
   */
  public record Result(
      Path snapshot,
      Path results,
      TransformSummary summary,
      long rowsLoaded,
      List<LoadedResult> loaded,
      List<String> skipped) {}

  /** A Spark result loaded back into the warehouse as {@code table}. */
  public record LoadedResult(String table, TransformSummary summary, long rows) {}

  public Result run() {
    Path snapshot = properties.workDir().resolve("snapshot");
    Path results = properties.workDir().resolve("results");
    try (Progress progress = Progress.start("transform", 3)) {
      Inputs inputs;
      try (Connection connection = warehouse.open()) {
        inputs = exportSnapshot(connection, snapshot);
      }
      progress.step();
      SparkSession spark = SparkSessions.getOrCreate(sparkSettings());
      TransformSummary laTrend = new TrendTransformRunner(spark).run(snapshot, results);
      List<TransformSummary> further = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      if (inputs.enrolmentPeriods()) {
        further.addAll(
            new SubgroupTrendRunner(spark, TrendSettings.defaults()).run(snapshot, results));
      } else {
        skipped.add("subgroup trends: the warehouse has no mart_enrolment_period yet");
      }
      if (inputs.enrolmentPeriods() && inputs.contacts()) {
        further.add(new ImpactRunner(spark, ImpactSettings.defaults()).run(snapshot, results));
      } else {
        skipped.add("home-visit impact: needs mart_enrolment_period and contacts in fct_contact");
      }
      skipped.forEach(reason -> log.warn("transform skipped: {}", reason));
      progress.step();
      Result result;
      try (Connection connection = warehouse.open()) {
        long rows = ParquetSnapshot.load(connection, laTrend.output(), LA_TREND_TABLE);
        List<LoadedResult> loaded = new ArrayList<>();
        for (TransformSummary summary : further) {
          String table = summary.output().getFileName().toString();
          loaded.add(
              new LoadedResult(
                  table, summary, ParquetSnapshot.load(connection, summary.output(), table)));
        }
        result = new Result(snapshot, results, laTrend, rows, loaded, skipped);
      }
      progress.step();
      return result;
    } catch (Exception e) {
      throw new StageFailedException("transform", e.getMessage(), e);
    }
  }

  private record Inputs(boolean enrolmentPeriods, boolean contacts) {}

  private static Inputs exportSnapshot(Connection connection, Path snapshot) throws SQLException {
    ParquetSnapshot.export(connection, snapshot, List.of(TrendTransformRunner.INPUT_MART));
    boolean enrolmentPeriods = hasRows(connection, SubgroupTrendRunner.INPUT_MART);
    if (enrolmentPeriods) {
      ParquetSnapshot.exportByYear(connection, snapshot, SubgroupTrendRunner.INPUT_MART);
    }
    Path national = snapshot.resolve(ParquetSnapshot.NATIONAL_FIGURES + ".parquet");
    if (hasRows(connection, ParquetSnapshot.NATIONAL_SOURCE)) {
      ParquetSnapshot.exportNationalFigures(connection, snapshot);
    } else {
      deleteStale(national);
    }
    boolean contacts = hasRows(connection, ImpactRunner.CONTACTS);
    if (contacts) {
      ParquetSnapshot.exportByYearOf(connection, snapshot, ImpactRunner.CONTACTS, "contact_date");
    }
    return new Inputs(enrolmentPeriods, contacts);
  }

  private static void deleteStale(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the stale " + file, e);
    }
  }

  /** True when {@code table} exists and holds at least one row. */
  private static boolean hasRows(Connection connection, String table) throws SQLException {
    try (PreparedStatement exists =
        connection.prepareStatement(
            "select count(*) from information_schema.tables where table_name = ?")) {
      exists.setString(1, table);
      try (ResultSet rows = exists.executeQuery()) {
        rows.next();
        if (rows.getLong(1) == 0) {
          return false;
        }
      }
    }
    try (var statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select exists (select 1 from " + table + ")")) {
      rows.next();
      return rows.getBoolean(1);
    }
  }

  private SparkSettings sparkSettings() {
    AttendanceProperties.Spark spark = properties.spark();
    return new SparkSettings(spark.master(), spark.shufflePartitions(), spark.localDir());
  }
}
