package org.schoolattendance.jobs.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.sql.snapshot.ParquetSnapshot;
import org.schoolattendance.sql.snapshot.ReferenceQueries;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.schoolattendance.transform.SparkSessions;
import org.schoolattendance.transform.SparkSettings;
import org.schoolattendance.transform.TransformSummary;
import org.schoolattendance.transform.impact.ImpactRunner;
import org.schoolattendance.transform.impact.ImpactSettings;
import org.schoolattendance.transform.subgroup.SubgroupTrendRunner;
import org.schoolattendance.transform.subgroup.TrendSettings;
import org.springframework.stereotype.Component;

/**
 * Times the Spark subgroup trends (session start included) against their DuckDB SQL reference over
 * the same Parquet snapshot of the warehouse's {@code mart_enrolment_period}, then the impact study
 * with 200 bootstrap replicates. The warehouse must already hold the preset's marts (run {@code
 * generate}, {@code ingest} and {@code model} on it first): loading a borough is the ingest
 * benchmark's business, not this one's.
 */
@Component
class TransformBenchmark implements Benchmark {

  static final int TREND_TARGET_SECONDS = 60;
  static final int IMPACT_TARGET_SECONDS = 300;

  private final Warehouse warehouse;
  private final AttendanceProperties properties;

  TransformBenchmark(Warehouse warehouse, AttendanceProperties properties) {
    this.warehouse = warehouse;
    this.properties = properties;
  }

  @Override
  public String name() {
    return "transform";
  }

  @Override
  public String description() {
    return "Spark subgroup trends (local) against their DuckDB SQL reference, and the impact study";
  }

  @Override
  public List<BenchFigure> run(BenchContext context) throws Exception {
    Path snapshot = context.workDir().resolve("snapshot");
    Path results = context.workDir().resolve("results");
    long martRows;
    boolean contacts;
    try (Connection connection = warehouse.open()) {
      martRows = rowsOf(connection, SubgroupTrendRunner.INPUT_MART);
      ParquetSnapshot.exportByYear(connection, snapshot, SubgroupTrendRunner.INPUT_MART);
      contacts = rowsOf(connection, ImpactRunner.CONTACTS) > 0;
      if (contacts) {
        ParquetSnapshot.exportByYearOf(connection, snapshot, ImpactRunner.CONTACTS, "contact_date");
      }
    }
    List<BenchFigure> figures = new ArrayList<>();
    figures.add(
        new BenchFigure(
            "enrolment-period rows", martRows, "rows", "warehouse " + warehouse.file()));
    PeakHeap.reset();
    long start = System.nanoTime();
    AttendanceProperties.Spark settings = properties.spark();
    SparkSession spark =
        SparkSessions.getOrCreate(
            new SparkSettings(
                settings.master(), settings.shufflePartitions(), settings.localDir()));
    List<TransformSummary> trends =
        new SubgroupTrendRunner(spark, TrendSettings.defaults()).run(snapshot, results);
    double sparkSeconds = secondsSince(start);
    figures.add(
        verdict(
            new BenchFigure(
                "Spark trend transforms",
                sparkSeconds,
                "s",
                settings.master() + ", session start included"),
            TREND_TARGET_SECONDS));
    trends.forEach(
        t ->
            figures.add(
                new BenchFigure(
                    t.output().getFileName() + " rows", t.outputRows(), "rows", "Spark result")));
    double duckDbSeconds = duckDbReference(snapshot, figures);
    figures.add(BenchFigure.ratio("Spark / DuckDB time", sparkSeconds, duckDbSeconds));
    if (contacts) {
      start = System.nanoTime();
      TransformSummary impact =
          new ImpactRunner(spark, ImpactSettings.defaults()).run(snapshot, results);
      figures.add(
          verdict(
              new BenchFigure(
                  "impact study",
                  secondsSince(start),
                  "s",
                  ImpactSettings.defaults().replicates()
                      + " replicates, "
                      + impact.outputRows()
                      + " estimates"),
              IMPACT_TARGET_SECONDS));
    }
    figures.add(PeakHeap.figure("Spark in-process"));
    figures.add(PeakHeap.maxHeap());
    return figures;
  }

  /** Both reference queries over the same snapshot, in a fresh in-memory DuckDB. */
  private double duckDbReference(Path snapshot, List<BenchFigure> figures) throws SQLException {
    long start = System.nanoTime();
    try (Connection duckDb = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckDb.createStatement()) {
      statement.execute(
          "create view mart_enrolment_period as select * from read_parquet('"
              + snapshot.resolve(SubgroupTrendRunner.INPUT_MART).toAbsolutePath()
              + "/*/*.parquet', hive_partitioning = true)");
      for (ReferenceQueries query : ReferenceQueries.values()) {
        try (ResultSet rows =
            statement.executeQuery("select count(*) from (" + query.sql() + ")")) {
          rows.next();
          figures.add(
              new BenchFigure(
                  query.name().toLowerCase() + " reference rows",
                  rows.getLong(1),
                  "rows",
                  "DuckDB"));
        }
      }
    }
    double seconds = secondsSince(start);
    figures.add(new BenchFigure("DuckDB reference queries", seconds, "s", "same snapshot"));
    return seconds;
  }

  private static long rowsOf(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the warehouse has no " + table + ": run generate, ingest and model first", e);
    }
  }

  private static BenchFigure verdict(BenchFigure figure, int targetSeconds) {
    String verdict = figure.value() < targetSeconds ? "met" : "MISSED";
    return new BenchFigure(
        figure.measure(),
        figure.value(),
        figure.unit(),
        figure.note() + "; target under " + targetSeconds + " s: " + verdict);
  }

  private static double secondsSince(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
