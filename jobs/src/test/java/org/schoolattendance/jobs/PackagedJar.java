package org.schoolattendance.jobs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged executable jar with plain {@code java -jar}, as a user would. */
public final class PackagedJar {

  public record Run(int exitCode, String stdout, String stderr) {}

  /** A run of the jar still going, with the files its output goes to. */
  public record Started(Process process, Path stdout, Path stderr) {
    public Run result() throws Exception {
      return new Run(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }
  }

  private static Path jarCopy;

  private PackagedJar() {}

  /** Runs the jar to its end (or kills it after the timeout) and returns what it printed. */
  public static Run run(
      Path workingDir, Map<String, String> environment, long timeoutMinutes, String... args)
      throws Exception {
    Started started = start(workingDir, environment, args);
    if (!started.process().waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      started.process().destroyForcibly();
      throw new IllegalStateException("the jar did not finish in " + timeoutMinutes + " minutes");
    }
    return started.result();
  }

  /** As {@link #run}, failing with what the jar printed unless it exits 0. */
  public static Run runSuccessfully(
      Path workingDir, Map<String, String> environment, long timeoutMinutes, String... args)
      throws Exception {
    Run run = run(workingDir, environment, timeoutMinutes, args);
    if (run.exitCode() != 0) {
      throw new IllegalStateException(
          String.join(" ", args)
              + " failed (exit "
              + run.exitCode()
              + "): "
              + run.stdout()
              + run.stderr());
    }
    return run;
  }

  /**
   * Generates the small LA the jar tests share (4 schools, 600 pupils, two years) into {@code out},
   * with any further {@code generate} options.
   */
  public static void generateSmallLa(Path workingDir, Path out, String... options)
      throws Exception {
    List<String> args =
        new ArrayList<>(List.of("generate", "--schools=4", "--pupils=600", "--years=2"));
    args.addAll(List.of(options));
    args.add("--out=" + out);
    runSuccessfully(workingDir, Map.of(), 10, args.toArray(String[]::new));
  }

  /** Starts the jar with extra environment variables and returns without waiting. */
  public static Started start(Path workingDir, Map<String, String> environment, String... args)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(childJvmOptions());
    command.add("-jar");
    command.add(privateCopyOfTheJar().toString());
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

  /**
   * The packaged jar copied once per test run: other builds on the machine may rebuild the shared
   * jar while a test's processes still load classes from it.
   */
  private static synchronized Path privateCopyOfTheJar() throws Exception {
    if (jarCopy == null) {
      Path jar = Path.of(System.getProperty("app.jar", "target/attendance-warehouse.jar"));
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException("the packaged jar is missing: " + jar.toAbsolutePath());
      }
      Path copy = Files.createTempFile("attendance-warehouse-", ".jar");
      copy.toFile().deleteOnExit();
      Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
      jarCopy = copy.toAbsolutePath();
    }
    return jarCopy;
  }

  /** The test build's JIT and collector choice for short-lived JVMs (see the root pom). */
  private static List<String> childJvmOptions() {
    String options = System.getProperty("child.jvm-options", "").strip();
    return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
  }
}
