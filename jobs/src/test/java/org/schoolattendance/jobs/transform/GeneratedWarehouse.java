package org.schoolattendance.jobs.transform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schoolattendance.jobs.PackagedJar;
import org.springframework.util.FileSystemUtils;

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
      FileSystemUtils.deleteRecursively(la.input);
      Files.deleteIfExists(la.folder.resolve("ingested.duckdb"));
      List<String> generate = new ArrayList<>(List.of("generate", "--out=" + la.input));
      generate.addAll(List.of(generateOptions));
      la.run(generate.toArray(String[]::new));
      Files.writeString(complete, String.join(" ", generateOptions));
    }
    FileSystemUtils.deleteRecursively(la.workDir);
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
    PackagedJar.runSuccessfully(
        folder, Map.of("WORK_DIR", workDir.toString()), STEP_TIMEOUT_MINUTES, args);
  }
}
