package org.schoolattendance.transform.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A Java process of the test's own (a Spark master, worker or driver), logging to one file. */
final class JvmProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;

  private JvmProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Starts {@code java <add-opens> -Xmx.. -cp classpath mainClass args} in {@code folder}. */
  static JvmProcess start(
      String name,
      Path folder,
      String heap,
      String classpath,
      Map<String, String> environment,
      String mainClass,
      String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(StandaloneClusterSettings.addOpens());
    command.addAll(StandaloneClusterSettings.childJvmOptions());
    command.add("-Xmx" + heap);
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.addAll(Arrays.asList(args));
    Path log = folder.resolve(name + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().putAll(environment);
    return new JvmProcess(name, builder.start(), log);
  }

  /** Waits for the process to end; fails with its log when it fails or overruns. */
  void awaitSuccess(long timeoutSeconds) throws Exception {
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      close();
      throw new IllegalStateException(
          name + " did not finish in " + timeoutSeconds + " s\n" + tail());
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(name + " exited " + process.exitValue() + "\n" + tail());
    }
  }

  /** Waits until {@code ready} holds; fails with the log if the process dies first. */
  void await(String what, BooleanSupplier ready, long timeoutSeconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (System.nanoTime() < deadline) {
      if (ready.getAsBoolean()) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " ended before " + what + "\n" + tail());
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        name + ": no " + what + " in " + timeoutSeconds + " s\n" + tail());
  }

  private String tail() throws IOException {
    String text = Files.readString(log);
    return text.substring(Math.max(0, text.length() - 4_000));
  }

  /** Stops the process and everything it started (a worker's executors), forcibly if need be. */
  @Override
  public void close() throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
