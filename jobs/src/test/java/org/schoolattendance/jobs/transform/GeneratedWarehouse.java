package org.schoolattendance.jobs.transform;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A generated LA taken through {@code generate}, {@code ingest}, {@code model} and {@code
 * transform} by the packaged jar, in a folder of its own under {@code target/}. Generating and
 * ingesting a {@code test} preset takes minutes, so the generated input and the freshly ingested
 * warehouse are kept between builds ({@code mvn clean} drops them); {@code model} and {@code
 * transform}, the stages whose output is checked, run every time.
 */
final class GeneratedWarehouse {

  private static final long STEP_TIMEOUT_MINUTES = 15;

  final Path folder;
  final Path input;
  final Path workDir;

  private GeneratedWarehouse(Path folder) {
    this.folder = folder;
    this.input = folder.resolve("input");
    this.workDir = folder.resolve("work");
  }

  /** Generates (unless cached) and builds the warehouse; {@code generateOptions} as on the CLI. */
  static GeneratedWarehouse build(Path folder, String... generateOptions) throws Exception {
    GeneratedWarehouse la = new GeneratedWarehouse(folder.toAbsolutePath());
    Files.createDirectories(la.folder);
    Path complete = la.folder.resolve("input.complete");
    if (!Files.exists(complete)) {
      deleteRecursively(la.input);
      Files.deleteIfExists(la.folder.resolve("ingested.duckdb"));
      List<String> generate = new ArrayList<>(List.of("generate", "--out=" + la.input));
      generate.addAll(List.of(generateOptions));
      la.run(generate.toArray(String[]::new));
      Files.writeString(complete, String.join(" ", generateOptions));
    }
    deleteRecursively(la.workDir);
    Files.createDirectories(la.workDir);
    Path ingested = la.folder.resolve("ingested.duckdb");
    if (!Files.exists(ingested)) {
      la.run("ingest", "--input", la.input.toString());
      Files.copy(la.warehouseFile(), la.folder.resolve("ingested.tmp"));
      Files.move(la.folder.resolve("ingested.tmp"), ingested);
    } else {
      Files.copy(ingested, la.warehouseFile());
    }
    la.run("model");
    la.run("transform");
    return la;
  }

  Path warehouseFile() {
    return workDir.resolve("warehouse.duckdb");
  }

  private void run(String... args) throws Exception {
    Path jar = Path.of(System.getProperty("app.jar", "target/attendance-warehouse.jar"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path log = folder.resolve(args[0] + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().put("WORK_DIR", workDir.toString());
    Process process = builder.start();
    if (!process.waitFor(STEP_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(args[0] + " did not finish in 15 minutes; see " + log);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          args[0] + " failed (exit " + process.exitValue() + "): " + Files.readString(log));
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
}
