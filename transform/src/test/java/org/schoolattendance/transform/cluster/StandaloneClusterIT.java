package org.schoolattendance.transform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.schoolattendance.transform.SharedSpark;
import org.schoolattendance.transform.TransformJobMain;
import org.schoolattendance.transform.impact.ImpactSettings;

/**
 * The cluster path for real: a Spark standalone master and worker in their own JVMs (from the
 * Maven-resolved Spark jars, on free ports), {@link TransformJobMain} submitted to them with {@code
 * SparkSubmit} (what the {@code spark-submit} script runs) from the plain module jar, and the same
 * job run in local mode on the same snapshot. Every result table must agree: the same rows, counts
 * and texts identical, doubles within 1e-9. The cluster is stopped whatever happens.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneClusterIT {

  /** The fewest the impact study allows; enough to compare intervals between the runs. */
  private static final String REPLICATES = "20";

  private static final long JOB_SECONDS = 1_200;
  private static final List<String> RESULTS =
      List.of("trend_la_term", "trend_subgroup_period", "trend_absence_band", "impact_event_study");

  private final Path folder = Path.of("target", "standalone-cluster").toAbsolutePath();
  private final Path snapshot = folder.resolve("snapshot");

  @BeforeAll
  void writeTheSnapshot() throws Exception {
    deleteRecursively(folder);
    Files.createDirectories(folder);
    ClusterFixture.write(SharedSpark.session(), snapshot);
  }

  @Test
  void theJobSubmittedToAStandaloneClusterGivesTheLocalResults() throws Exception {
    Path clusterResults = folder.resolve("results-cluster");
    Path localResults = folder.resolve("results-local");
    String jar = StandaloneClusterSettings.transformJar().toString();
    String localClasspath =
        StandaloneClusterSettings.runtimeJars().stream()
                .map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator))
            + java.io.File.pathSeparator
            + jar;
    long executors;
    // The local run goes on beside the cluster run: both spend much of their time waiting on
    // Spark's scheduling, so together they take little longer than one.
    try (JvmProcess local =
            JvmProcess.start(
                "local",
                folder,
                "1g",
                localClasspath,
                Map.of(),
                TransformJobMain.class.getName(),
                snapshot.toString(),
                localResults.toString(),
                REPLICATES);
        LocalSparkCluster cluster = LocalSparkCluster.start(folder)) {
      Path sparkHome = folder.resolve("spark-home");
      JvmProcess.start(
              "submit",
              folder,
              "1g",
              LocalSparkCluster.classpath(sparkHome),
              LocalSparkCluster.environment(sparkHome),
              "org.apache.spark.deploy.SparkSubmit",
              "--master",
              cluster.masterUrl(),
              "--deploy-mode",
              "client",
              "--class",
              TransformJobMain.class.getName(),
              "--conf",
              "spark.driver.host=" + LocalSparkCluster.HOST,
              "--conf",
              "spark.executor.memory=1g",
              "--conf",
              "spark.executor.extraJavaOptions="
                  + String.join(" ", StandaloneClusterSettings.executorJvmOptions()),
              jar,
              snapshot.toString(),
              clusterResults.toString(),
              REPLICATES)
          .awaitSuccess(JOB_SECONDS);
      executors = cluster.executorsLaunched();
      local.awaitSuccess(JOB_SECONDS);
    }

    assertThat(executors).as("executors the worker launched").isPositive();
    for (String table : RESULTS) {
      ResultComparison.Outcome outcome =
          ResultComparison.compare(table, localResults, clusterResults);
      assertThat(outcome.clusterRows()).as(table).isEqualTo(outcome.localRows());
      assertThat(outcome.matchedRows()).as(table).isEqualTo(outcome.localRows());
    }
    // Two LAs with two terms each in the school-term fixture
    assertThat(ResultComparison.compare("trend_la_term", localResults, clusterResults).localRows())
        .isEqualTo(4);
    assertThat(pooledInPersonMonths(localResults))
        .isEqualTo(ImpactSettings.LAST_RELATIVE_MONTH - ImpactSettings.FIRST_RELATIVE_MONTH + 1);
  }

  /** Relative months with a pooled in-person estimate: every month −3 … +9 on this fixture. */
  private static long pooledInPersonMonths(Path results) throws Exception {
    try (var duckDb = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        var sql = duckDb.createStatement();
        var rows =
            sql.executeQuery(
                "select count(distinct relative_month) from read_parquet('"
                    + results.resolve("impact_event_study")
                    + "/*.parquet') where analysis = 'in_person' and breakdown = 'all'"
                    + " and effect_points is not null")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var paths = Files.walk(path)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
