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
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A small generated LA (kept under {@code target/model-contracts}), ingested through the Spring
 * Batch jobs with the DfE statistics the product ships, and modelled, all by the packaged jar. It
 * is built once per test JVM and shared by the model tests.
 */
final class ModelledWarehouse {

  private static final Path FOLDER = Path.of("target", "model-contracts").toAbsolutePath();
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
      run("generate", "--schools=4", "--pupils=600", "--years=2", "--out=" + input);
    }
    deleteRecursively(FOLDER.resolve("demo-output")); // warehouse and ingest ledgers alike
    run("ingest", "--input", input.toString());
    Path out = Files.createTempFile(FOLDER, "model-", ".txt");
    int exit = start(out, "model", "--check");
    return new ModelledWarehouse(Files.readString(out), exit);
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
        "jdbc:duckdb:" + FOLDER.resolve("demo-output/warehouse.duckdb"), properties);
  }

  static long single(Statement sql, String query) throws Exception {
    try (ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void deleteRecursively(Path folder) throws Exception {
    if (!Files.exists(folder)) {
      return;
    }
    try (var paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
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
