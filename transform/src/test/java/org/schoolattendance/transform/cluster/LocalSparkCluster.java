package org.schoolattendance.transform.cluster;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on this machine: a master and one worker, each in its own JVM started
 * from Spark's jars, on ports the OS reports free. The worker launches executors in further JVMs
 * from {@code SPARK_HOME/jars}, a folder of links to the Maven-resolved runtime jars. Closing it
 * stops the worker (and its executors) and the master.
 */
final class LocalSparkCluster implements AutoCloseable {

  static final String HOST = "127.0.0.1";
  private static final Pattern ALIVE_WORKER = Pattern.compile("\"aliveworkers\"\\s*:\\s*[1-9]");
  private static final long START_SECONDS = 90;

  private final Path sparkHome;
  private final String masterUrl;
  private JvmProcess master;
  private JvmProcess worker;

  private LocalSparkCluster(Path sparkHome, String masterUrl) {
    this.sparkHome = sparkHome;
    this.masterUrl = masterUrl;
  }

  static LocalSparkCluster start(Path folder) throws Exception {
    Path sparkHome = sparkHome(folder.resolve("spark-home"));
    int masterPort = StandaloneClusterSettings.freePort();
    int masterUiPort = StandaloneClusterSettings.freePort();
    LocalSparkCluster cluster =
        new LocalSparkCluster(sparkHome, "spark://" + HOST + ":" + masterPort);
    try {
      cluster.master =
          JvmProcess.start(
              "master",
              folder,
              "512m",
              classpath(sparkHome),
              environment(sparkHome),
              "org.apache.spark.deploy.master.Master",
              "--host",
              HOST,
              "--port",
              String.valueOf(masterPort),
              "--webui-port",
              String.valueOf(masterUiPort));
      cluster.master.await(
          "its status page", () -> !statusOf(masterUiPort).isEmpty(), START_SECONDS);
      cluster.worker =
          JvmProcess.start(
              "worker",
              folder,
              "512m",
              classpath(sparkHome),
              environment(sparkHome),
              "org.apache.spark.deploy.worker.Worker",
              "--host",
              HOST,
              "--port",
              String.valueOf(StandaloneClusterSettings.freePort()),
              "--webui-port",
              String.valueOf(StandaloneClusterSettings.freePort()),
              "--cores",
              "2",
              "--memory",
              "1g",
              "--work-dir",
              sparkHome.resolve("work").toString(),
              cluster.masterUrl);
      // Spark logs through SLF4J, which has no backend on this classpath: ask the master instead.
      cluster.master.await(
          "a live worker",
          () -> ALIVE_WORKER.matcher(statusOf(masterUiPort)).find(),
          START_SECONDS);
      return cluster;
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
  }

  /** The master's status page as JSON, or "" while it does not answer yet. */
  private static String statusOf(int uiPort) {
    try (var in = URI.create("http://" + HOST + ":" + uiPort + "/json/").toURL().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  String masterUrl() {
    return masterUrl;
  }

  /** How many executors the worker has launched so far (one folder each under its work dir). */
  long executorsLaunched() throws IOException {
    Path work = sparkHome.resolve("work");
    if (!Files.isDirectory(work)) {
      return 0;
    }
    try (var apps = Files.list(work)) {
      return apps.filter(Files::isDirectory).mapToLong(LocalSparkCluster::childFolders).sum();
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (worker != null) {
      worker.close();
    }
    if (master != null) {
      master.close();
    }
  }

  private static long childFolders(Path app) {
    try (var executors = Files.list(app)) {
      return executors.filter(Files::isDirectory).count();
    } catch (IOException e) {
      return 0;
    }
  }

  /** {@code SPARK_HOME/jars} as links to the runtime jars: what a worker puts on executors. */
  private static Path sparkHome(Path sparkHome) throws IOException {
    Path jars = sparkHome.resolve("jars");
    Files.createDirectories(jars);
    for (Path jar : StandaloneClusterSettings.runtimeJars()) {
      Path link = jars.resolve(jar.getFileName());
      if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, jar.toAbsolutePath());
      }
    }
    return sparkHome;
  }

  static String classpath(Path sparkHome) {
    return sparkHome.resolve("jars") + "/*";
  }

  /** Without SPARK_SCALA_VERSION the worker looks for a Spark source build and fails. */
  static Map<String, String> environment(Path sparkHome) {
    return Map.of(
        "SPARK_HOME",
        sparkHome.toString(),
        "SPARK_SCALA_VERSION",
        "2.13",
        "SPARK_LOCAL_IP",
        HOST,
        "SPARK_LOG_DIR",
        sparkHome.resolve("logs").toString());
  }
}
