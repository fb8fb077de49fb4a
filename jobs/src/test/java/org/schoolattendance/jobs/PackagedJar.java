package org.schoolattendance.jobs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged executable jar with plain {@code java -jar}, as a user would. */
final class PackagedJar {

  record Run(int exitCode, String stdout, String stderr) {}

  static Run run(
      Path workingDir, Map<String, String> environment, long timeoutMinutes, String... args)
      throws Exception {
    Path jar = Path.of(System.getProperty("app.jar", "target/attendance-warehouse.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("the packaged jar is missing: " + jar.toAbsolutePath());
    }
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
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the jar did not finish in " + timeoutMinutes + " minutes");
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
