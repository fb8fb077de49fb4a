package org.schoolattendance.jobs.ingest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a user would, in a working folder of the test's own. */
final class JarRun {

  record Result(int exitCode, String stdout, String stderr) {}

  private JarRun() {}

  static Result run(Path workingDir, String... args) throws Exception {
    Path jar = Path.of(System.getProperty("app.jar", "target/attendance-warehouse.jar"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(workingDir, "stdout-", ".txt");
    Path err = Files.createTempFile(workingDir, "stderr-", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workingDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the jar did not finish in 10 minutes");
    }
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
