package org.schoolattendance.jobs.ingest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a user would, in a working folder of the test's own. */
final class JarRun {

  record Result(int exitCode, String stdout, String stderr) {}

  private static Path jarCopy;

  private JarRun() {}

  /**
   * The packaged jar copied once per test run: other builds on the machine may rebuild the shared
   * jar while a test's processes still load classes from it.
   */
  private static synchronized Path privateCopyOfTheJar() throws Exception {
    if (jarCopy == null) {
      Path jar = Path.of(System.getProperty("app.jar", "target/attendance-warehouse.jar"));
      Path copy = Files.createTempFile("attendance-warehouse-", ".jar");
      copy.toFile().deleteOnExit();
      Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      jarCopy = copy;
    }
    return jarCopy;
  }

  static Result run(Path workingDir, String... args) throws Exception {
    Started started = start(workingDir, Map.of(), args);
    Process process = started.process();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the jar did not finish in 10 minutes");
    }
    return started.result();
  }

  /** A run of the jar still going, with the files its output goes to. */
  record Started(Process process, Path stdout, Path stderr) {
    Result result() throws Exception {
      return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }
  }

  /** Starts the jar with extra environment variables and returns without waiting. */
  static Started start(Path workingDir, Map<String, String> environment, String... args)
      throws Exception {
    Path jar = privateCopyOfTheJar();
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
    return new Started(builder.start(), out, err);
  }
}
