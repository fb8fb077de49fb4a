package org.schoolattendance.jobs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.ingest.IngestRunner;
import org.schoolattendance.ingest.common.FileLoadListener;
import org.schoolattendance.sql.model.ModelCatalog;
import org.schoolattendance.sql.model.ModelResult;
import org.schoolattendance.sql.model.ModelRunner;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.schoolattendance.synthetic.GenerationListener;
import org.schoolattendance.synthetic.GeneratorOptions;
import org.schoolattendance.synthetic.SyntheticLaGenerator;
import org.springframework.stereotype.Component;

/**
 * Builds every model on the warehouse of the working folder and prints the time per model, the
 * total, peak memory, and one plain DuckDB pass over the same register rows as a reference. When
 * the warehouse holds no register rows yet, it first generates the preset and ingests it (slow for
 * borough: run it once with a --work-dir of its own and reuse that folder).
 */
@Component
class ModelBenchmark implements Benchmark {

  private final Warehouse warehouse;
  private final IngestRunner ingest;

  ModelBenchmark(Warehouse warehouse, IngestRunner ingest) {
    this.warehouse = warehouse;
    this.ingest = ingest;
  }

  @Override
  public String name() {
    return "model";
  }

  @Override
  public String description() {
    return "every SQL model in dependency order against one DuckDB pass over the register rows";
  }

  @Override
  public List<BenchFigure> run(BenchContext context) throws Exception {
    if (registerRows() == 0) {
      Path la = context.workDir().resolve("la-" + context.preset());
      if (!Files.exists(la.resolve("README.txt"))) {
        new SyntheticLaGenerator(GenerationListener.silent())
            .generate(GeneratorOptions.preset(context.preset(), la));
      }
      ingest.ingestFolder(la, context.workDir().resolve("manifests"), FileLoadListener.NONE);
    }
    List<BenchFigure> figures = new ArrayList<>();
    PeakHeap.reset();
    ResidentMemory.resetPeak();
    List<ModelResult> results;
    double cpuBefore = ProcessCpu.seconds();
    try (Connection connection = warehouse.open()) {
      results = new ModelRunner(ModelCatalog.fromClasspath()).run(connection, built -> {});
    }
    double buildCpuSeconds = ProcessCpu.seconds() - cpuBefore;
    double totalSeconds = 0;
    for (ModelResult result : results) {
      double seconds = result.elapsed().toNanos() / 1e9;
      totalSeconds += seconds;
      figures.add(new BenchFigure(result.name(), seconds, "s", result.built()));
    }
    double referenceSeconds = referencePass();
    long sessions = registerRows();
    figures.add(new BenchFigure("register rows", sessions, "rows", "raw_mark"));
    figures.add(
        new BenchFigure("model build total", totalSeconds, "s", "target < 30 s on borough"));
    // On a shared machine wall time depends on the load; CPU time (DuckDB's threads included)
    // does not, and over the worker threads it bounds the wall time on an idle machine.
    figures.add(
        new BenchFigure(
            "model build CPU time", buildCpuSeconds, "s", "process, all threads; / 2 on 2 cores"));
    figures.add(
        new BenchFigure(
            "one DuckDB pass over the marks", referenceSeconds, "s", "group by pupil and term"));
    figures.add(BenchFigure.ratio("model build / one pass", totalSeconds, referenceSeconds));
    figures.add(PeakHeap.figure("JVM heap during the build"));
    figures.add(ResidentMemory.peakFigure("process peak resident memory, DuckDB included"));
    figures.add(PeakHeap.maxHeap());
    return figures;
  }

  private long registerRows() throws Exception {
    try (Connection connection = warehouse.open();
        Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select count(*) from information_schema.tables where table_name = 'raw_mark'")) {
      rows.next();
      if (rows.getLong(1) == 0) {
        return 0;
      }
      try (ResultSet count = sql.executeQuery("select count(*) from raw_mark")) {
        count.next();
        return count.getLong(1);
      }
    }
  }

  private double referencePass() throws Exception {
    long start = System.nanoTime();
    try (Connection connection = warehouse.open();
        Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select count(*) from (select urn, upn, year(session_date), count(*),"
                    + " count(*) filter (where mark in ('/', '\\')) from raw_mark group by all)")) {
      rows.next();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** The process's peak resident set (Linux), which unlike the heap includes DuckDB's memory. */
  static final class ResidentMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ResidentMemory() {}

    static void resetPeak() {
      try {
        Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      } catch (IOException | UnsupportedOperationException e) {
        // not Linux or not allowed: the peak then covers the whole process life
      }
    }

    static BenchFigure peakFigure(String note) throws IOException {
      if (!Files.isReadable(STATUS)) {
        return new BenchFigure("peak resident memory", Double.NaN, "MiB", "not available here");
      }
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmHWM:")) {
          double kib = Double.parseDouble(line.replaceAll("[^0-9]", ""));
          return new BenchFigure("peak resident memory", kib / 1024.0, "MiB", note);
        }
      }
      return new BenchFigure("peak resident memory", Double.NaN, "MiB", "not available here");
    }
  }
}
