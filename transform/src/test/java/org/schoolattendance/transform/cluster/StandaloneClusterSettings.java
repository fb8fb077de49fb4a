package org.schoolattendance.transform.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** What the build hands the cluster test: the plain transform jar, Spark's jars, the add-opens. */
final class StandaloneClusterSettings {

  private StandaloneClusterSettings() {}

  /** The plain (not Spring Boot) module jar that is submitted. */
  static Path transformJar() {
    return existing(System.getProperty("transform.jar"), "transform.jar");
  }

  /** Spark and every other runtime dependency, as resolved by Maven (no test jars). */
  static List<Path> runtimeJars() throws IOException {
    Path file = existing(System.getProperty("runtime.classpath.file"), "runtime.classpath.file");
    return Arrays.stream(Files.readString(file).strip().split(java.io.File.pathSeparator))
        .map(Path::of)
        .toList();
  }

  static List<String> addOpens() {
    String opens = System.getProperty("spark.add-opens", "");
    return opens.isBlank() ? List.of() : List.of(opens.strip().split("\\s+"));
  }

  /** The test build's JIT and collector choice for short-lived JVMs (see the root pom). */
  static List<String> childJvmOptions() {
    String options = System.getProperty("child.jvm-options", "").strip();
    return options.isBlank() ? List.of() : List.of(options.split("\\s+"));
  }

  static List<String> executorJvmOptions() {
    List<String> options = new java.util.ArrayList<>(addOpens());
    options.addAll(childJvmOptions());
    return options;
  }

  /** A port nothing listens on now (the OS's choice), so parallel builds never collide. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static Path existing(String value, String property) {
    if (value == null) {
      throw new IllegalStateException(
          "system property " + property + " is not set: run this test through Maven (failsafe)");
    }
    Path path = Path.of(value);
    if (!Files.exists(path)) {
      throw new IllegalStateException(property + " does not exist: " + path);
    }
    return path;
  }
}
