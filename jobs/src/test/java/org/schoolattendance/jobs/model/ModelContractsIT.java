package org.schoolattendance.jobs.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.schoolattendance.sql.contract.ContractCatalog;
import org.schoolattendance.sql.contract.ContractRunner;
import org.schoolattendance.sql.model.ModelCatalog;

/**
 * Generates a small LA once per build (kept under {@code target/model-contracts}), ingests it
 * through the Spring Batch jobs and builds the models with the packaged jar, then runs every
 * model's contract and reconciles the marts with the raw register rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelContractsIT {

  private static final Path FOLDER = Path.of("target", "model-contracts").toAbsolutePath();

  private String modelOutput;
  private int modelExit;

  @BeforeAll
  void generateIngestAndModel() throws Exception {
    Files.createDirectories(FOLDER);
    Path input = FOLDER.resolve("input");
    if (!Files.isRegularFile(input.resolve("schools.csv"))) {
      run("generate", "--schools=4", "--pupils=600", "--years=2", "--out=" + input);
    }
    deleteRecursively(FOLDER.resolve("demo-output")); // warehouse and ingest ledgers alike
    run("ingest", "--input", input.toString());
    Path out = Files.createTempFile(FOLDER, "model-", ".txt");
    modelExit = start(out, "model", "--check");
    modelOutput = Files.readString(out);
  }

  @Test
  void theModelCommandBuildsEveryModelAndEveryContractHolds() {
    assertThat(modelExit).as(modelOutput).isZero();
    assertThat(modelOutput).contains("Every contract holds.").contains("total");
  }

  @Test
  void everyContractHoldsWhenRunInProcess() throws Exception {
    try (Connection warehouse = open()) {
      assertThat(
              ContractRunner.run(
                  warehouse, ContractCatalog.fromClasspath(ModelCatalog.fromClasspath())))
          .isEmpty();
    }
  }

  @Test
  void everyRegisterRowIsOneSessionAndPossibleSessionsMatchTheCodeTable() throws Exception {
    try (Connection warehouse = open();
        Statement sql = warehouse.createStatement()) {
      long rawMarks = single(sql, "select count(*) from raw_mark");
      assertThat(single(sql, "select count(*) from fct_session where not is_missing_mark"))
          .isEqualTo(rawMarks - single(sql, "select count(*) from raw_mark where mark is null"));
      // Possible sessions straight from the raw marks and the code table, without the models
      long possibleFromRaw =
          single(
              sql,
              "select count(*) from raw_mark join seed_attendance_code c on c.code = raw_mark.mark"
                  + " and raw_mark.session_date between c.valid_from and c.valid_to"
                  + " where c.is_possible");
      assertThat(single(sql, "select sum(possible_sessions) from mart_school_term"))
          .isEqualTo(possibleFromRaw);
      assertThat(
              single(
                  sql,
                  "select sum(possible_sessions) from mart_enrolment_period"
                      + " where period_type = 'academic_year'"))
          .isEqualTo(possibleFromRaw);
    }
  }

  @Test
  void censusTermlyTotalsAgreeWithTheRegisterForEveryPupilInBoth() throws Exception {
    try (Connection warehouse = open();
        Statement sql = warehouse.createStatement()) {
      assertThat(
              single(
                  sql,
                  "select count(*) from mart_census_reconciliation"
                      + " where mismatch = 'totals_differ'"))
          .isZero();
      assertThat(single(sql, "select sum(census_pupils) from mart_school_census_reconciliation"))
          .isEqualTo(
              single(
                  sql,
                  "select count(*) from (select distinct urn, upn, academic_year, term"
                      + " from raw_census_attendance)"));
    }
  }

  private static void deleteRecursively(Path folder) throws Exception {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static long single(Statement sql, String query) throws Exception {
    try (ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static Connection open() throws Exception {
    java.util.Properties properties = new java.util.Properties();
    properties.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection(
        "jdbc:duckdb:" + FOLDER.resolve("demo-output/warehouse.duckdb"), properties);
  }

  private static void run(String... args) throws Exception {
    Path out = Files.createTempFile(FOLDER, "run-", ".txt");
    int exit = start(out, args);
    assertThat(exit).as(String.join(" ", args) + ": " + Files.readString(out)).isZero();
  }

  private static int start(Path out, String... args) throws Exception {
    Path jar = Path.of(System.getProperty("app.jar", "target/attendance-warehouse.jar"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(FOLDER.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("WORK_DIR");
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the jar did not finish in 10 minutes: " + args[0]);
    }
    return process.exitValue();
  }
}
