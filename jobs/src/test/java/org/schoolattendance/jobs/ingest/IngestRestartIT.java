package org.schoolattendance.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.jobs.PackagedJar;

/**
 * Kills {@code ingest} with SIGKILL while it is inside its second batch of register files, runs the
 * same command again, and checks that every mark is loaded exactly once: the killed batch was
 * rolled back whole, the rerun skipped the batch committed before the kill and redid the rest, and
 * Spring Batch marked the killed execution failed before completing a new one.
 */
class IngestRestartIT {

  private static final int FILES_PER_BATCH = 10;
  private static final Pattern SECOND_BATCH_STARTED =
      Pattern.compile("registerJob files 11 to 20 of (\\d+) started");

  @TempDir Path workingDir;

  @Test
  void aRunKilledInTheMiddleOfABatchIsFinishedByTheRerunWithNoDuplicateAndNoMissingRow()
      throws Exception {
    Path input = workingDir.resolve("in");
    PackagedJar.generateSmallLa(workingDir, input);
    Map<String, String> smallBatches =
        Map.of("ATTENDANCE_INGEST_REGISTER_BATCH_FILES", String.valueOf(FILES_PER_BATCH));
    Path log = workingDir.resolve("demo-output/logs/attendance.log");

    PackagedJar.Started first =
        PackagedJar.start(workingDir, smallBatches, "ingest", "--input", input.toString());
    int registerFiles = awaitSecondBatch(first, log);
    first.process().destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback by Java
    assertThat(first.process().waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(first.process().exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
    long linesBeforeRerun = Files.readAllLines(log, StandardCharsets.UTF_8).size();

    PackagedJar.Started second =
        PackagedJar.start(workingDir, smallBatches, "ingest", "--input", input.toString());
    assertThat(second.process().waitFor(10, TimeUnit.MINUTES)).isTrue();
    PackagedJar.Run rerun = second.result();
    assertThat(rerun.exitCode()).as(rerun.stderr()).isZero();

    List<String> rerunLog = Files.readAllLines(log, StandardCharsets.UTF_8);
    rerunLog = rerunLog.subList((int) linesBeforeRerun, rerunLog.size());
    assertThat(rerunLog).anyMatch(line -> line.contains("marked registerJob execution"));
    assertThat(rerunLog.stream().filter(line -> line.contains("registerJob file")))
        .as("only the batch committed before the kill is found already loaded")
        .filteredOn(line -> line.contains("ALREADY_LOADED"))
        .hasSize(FILES_PER_BATCH);

    RegisterKeys files = RegisterKeys.of(input.resolve("register"));
    assertThat(registerFiles).isEqualTo(files.fileCount());
    try (Connection warehouse = openWarehouse()) {
      assertThat(single(warehouse, "select count(*) from raw_mark")).isEqualTo(files.distinct());
      assertThat(
              single(
                  warehouse,
                  "select count(*) from (select distinct urn, upn, session_date, session"
                      + " from raw_mark)"))
          .isEqualTo(files.distinct());
      assertThat(
              single(
                  warehouse,
                  "select count(*) from load_ledger where file_kind = 'REGISTER'"
                      + " and status = 'LOADED'"))
          .isEqualTo(files.fileCount());
      assertThat(
              single(
                  warehouse,
                  "select count(distinct file_name) from load_ledger where file_kind = 'REGISTER'"))
          .isEqualTo(files.fileCount());
      assertThat(
              single(
                  warehouse, "select sum(rows_read) from load_ledger where file_kind = 'REGISTER'"))
          .isEqualTo(files.rows());
      assertThat(
              single(
                  warehouse,
                  "select count(*) from load_ledger"
                      + " where rows_read <> rows_loaded + rows_quarantined"))
          .isZero();
    }
    assertThat(registerExecutionStatuses()).containsExactly("FAILED", "COMPLETED");
  }

  private static int awaitSecondBatch(PackagedJar.Started run, Path log) throws Exception {
    Process process = run.process();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "ingest finished before its second register batch started: "
                + Files.readString(run.stderr()));
      }
      if (Files.exists(log)) {
        Matcher started = SECOND_BATCH_STARTED.matcher(Files.readString(log));
        if (started.find()) {
          return Integer.parseInt(started.group(1));
        }
      }
      Thread.sleep(20);
    }
    process.destroyForcibly();
    throw new AssertionError("the second register batch did not start in 10 minutes");
  }

  private List<String> registerExecutionStatuses() throws Exception {
    String url = "jdbc:h2:file:" + workingDir.resolve("demo-output/metadata/attendance-metadata");
    List<String> statuses = new ArrayList<>();
    try (Connection metadata = DriverManager.getConnection(url, "sa", "");
        Statement sql = metadata.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select e.status from batch_job_execution e join batch_job_instance i"
                    + " on i.job_instance_id = e.job_instance_id"
                    + " where i.job_name = 'registerJob' order by e.job_execution_id")) {
      while (rows.next()) {
        statuses.add(rows.getString(1));
      }
    }
    return statuses;
  }

  private Connection openWarehouse() throws Exception {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection(
        "jdbc:duckdb:" + workingDir.resolve("demo-output/warehouse.duckdb"), readOnly);
  }

  private static long single(Connection connection, String sql) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The register files' rows and distinct (school, pupil, date, session) keys, read in Java. */
  private record RegisterKeys(int fileCount, long rows, long distinct) {

    static RegisterKeys of(Path folder) throws Exception {
      Set<String> keys = new HashSet<>();
      long rows = 0;
      List<Path> files;
      try (Stream<Path> paths = Files.list(folder)) {
        files = paths.sorted().toList();
      }
      for (Path file : files) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(2, lines.size())) {
          String[] fields = line.split(",", -1);
          keys.add(fields[0] + "," + fields[1] + "," + fields[4] + "," + fields[5]);
          rows++;
        }
      }
      return new RegisterKeys(files.size(), rows, keys.size());
    }
  }
}
