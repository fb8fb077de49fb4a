package org.schoolattendance.jobs.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.schoolattendance.jobs.PackagedJar;
import org.springframework.util.FileSystemUtils;

/**
 * A small generated LA (kept under {@code target/model-contracts-<fork>}, one per test JVM, so
 * parallel forks never share it), ingested through the Spring Batch jobs with the DfE statistics
 * the product ships, and modelled, all by the packaged jar. It is built once per test JVM and
 * shared by the model tests.
 */
final class ModelledWarehouse {

  private static final Path FOLDER =
      Path.of("target", "model-contracts-" + System.getProperty("test.fork", "1")).toAbsolutePath();
  private static final Path WORK_DIR = FOLDER.resolve("demo-output");
  private static final long TIMEOUT_MINUTES = 10;
  private static ModelledWarehouse built;

  private final String modelOutput;
  private final int modelExit;

  private ModelledWarehouse(String modelOutput, int modelExit) {
    this.modelOutput = modelOutput;
    this.modelExit = modelExit;
  }

  static synchronized ModelledWarehouse get() throws Exception {
    if (built == null) {
      built = build();
    }
    return built;
  }

  private static ModelledWarehouse build() throws Exception {
    Files.createDirectories(FOLDER);
    Path input = FOLDER.resolve("input");
    if (!Files.isRegularFile(input.resolve("schools.csv"))) {
      PackagedJar.generateSmallLa(FOLDER, input);
    }
    FileSystemUtils.deleteRecursively(WORK_DIR); // warehouse and ingest ledgers alike
    PackagedJar.runSuccessfully(
        FOLDER,
        Map.of("WORK_DIR", WORK_DIR.toString()),
        TIMEOUT_MINUTES,
        "ingest",
        "--input",
        input.toString());
    PackagedJar.Run model = jar("model", "--check");
    return new ModelledWarehouse(model.stdout() + model.stderr(), model.exitCode());
  }

  String modelOutput() {
    return modelOutput;
  }

  int modelExit() {
    return modelExit;
  }

  Connection open() throws Exception {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection(
        "jdbc:duckdb:" + WORK_DIR.resolve("warehouse.duckdb"), properties);
  }

  static long single(Statement sql, String query) throws Exception {
    try (ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static PackagedJar.Run jar(String... args) throws Exception {
    return PackagedJar.run(FOLDER, Map.of("WORK_DIR", WORK_DIR.toString()), TIMEOUT_MINUTES, args);
  }
}
