package org.schoolattendance.jobs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schoolattendance.jobs.pipeline.GenerateStage;
import org.schoolattendance.jobs.pipeline.IngestStage;
import org.schoolattendance.jobs.pipeline.ModelStage;
import org.schoolattendance.jobs.pipeline.TransformStage;
import org.schoolattendance.reports.pack.Pack;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackRequest;
import org.schoolattendance.reports.pack.Packs;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.schoolattendance.synthetic.GeneratorOptions;
import org.springframework.stereotype.Component;

/**
 * Renders every pack (governor, head with its annex, Ofsted, LA PDF and XLSX) for the latest term
 * of the warehouse in the working folder, one pack at a time, and prints the time per pack, the
 * total and peak heap. Point --work-dir at a built borough warehouse for the target figure; when
 * the warehouse has no marts yet it builds the small preset first (generate, ingest, model,
 * transform).
 */
@Component
class ReportBenchmark implements Benchmark {

  static final int TARGET_SECONDS = 60;
  private static final String FALLBACK_PRESET = "small";

  private final Warehouse warehouse;
  private final GenerateStage generate;
  private final IngestStage ingest;
  private final ModelStage model;
  private final TransformStage transform;

  ReportBenchmark(
      Warehouse warehouse,
      GenerateStage generate,
      IngestStage ingest,
      ModelStage model,
      TransformStage transform) {
    this.warehouse = warehouse;
    this.generate = generate;
    this.ingest = ingest;
    this.model = model;
    this.transform = transform;
  }

  @Override
  public String name() {
    return "report";
  }

  @Override
  public String description() {
    return "every pack for every school and the LA (PDF and XLSX), time per pack, total and heap";
  }

  @Override
  public List<BenchFigure> run(BenchContext context) throws Exception {
    if (schools() == 0) {
      buildFallbackWarehouse(context.workDir().resolve("la-" + FALLBACK_PRESET));
    }
    Path output = Files.createDirectories(context.workDir().resolve("packs"));
    List<BenchFigure> figures = new ArrayList<>();
    figures.add(new BenchFigure("schools", schools(), "schools", "warehouse " + warehouse.file()));
    PeakHeap.reset();
    double totalSeconds = 0;
    double totalCpuSeconds = 0;
    Map<String, Integer> files = new TreeMap<>();
    long bytes = 0;
    try (Connection connection = warehouse.openReadOnly()) {
      for (Pack pack : Pack.values()) {
        long start = System.nanoTime();
        double cpuStart = ProcessCpu.seconds();
        List<PackFile> rendered =
            new Packs()
                .render(
                    connection, new PackRequest(null, null, null, EnumSet.of(pack), true), output);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = ProcessCpu.seconds() - cpuStart;
        totalSeconds += seconds;
        totalCpuSeconds += cpuSeconds;
        figures.add(
            new BenchFigure(
                pack.cliName() + " pack",
                seconds,
                "s",
                String.format(
                    "%d files %s, %.1f s CPU", rendered.size(), pack.documents(), cpuSeconds)));
        for (PackFile file : rendered) {
          files.merge(file.document().name(), 1, Integer::sum);
          bytes += Files.size(file.path());
        }
      }
    }
    figures.add(
        new BenchFigure(
            "all packs", totalSeconds, "s", "target < " + TARGET_SECONDS + " s on borough"));
    figures.add(
        new BenchFigure(
            "all packs, process CPU",
            totalCpuSeconds,
            "s",
            "rendering pool, DuckDB and GC threads; / 2 bounds the wall time on 2 idle cores"));
    figures.add(
        new BenchFigure(
            "files written",
            files.values().stream().mapToInt(i -> i).sum(),
            "files",
            files.toString()));
    figures.add(
        new BenchFigure("bytes written", bytes / (1024.0 * 1024.0), "MiB", output.toString()));
    figures.add(PeakHeap.figure("JVM heap while rendering"));
    figures.add(PeakHeap.maxHeap());
    return figures;
  }

  private void buildFallbackWarehouse(Path input) {
    if (!Files.exists(input.resolve("README.txt"))) {
      generate.run(GeneratorOptions.preset(FALLBACK_PRESET, input));
    }
    ingest.run(input);
    model.run();
    transform.run();
  }

  private long schools() throws Exception {
    if (!Files.isRegularFile(warehouse.file())) {
      return 0;
    }
    try (Connection connection = warehouse.openReadOnly();
        Statement sql = connection.createStatement();
        ResultSet table =
            sql.executeQuery(
                "select count(*) from information_schema.tables"
                    + " where table_name in ('mart_school_term', 'dim_school')")) {
      table.next();
      if (table.getLong(1) < 2) {
        return 0;
      }
      try (ResultSet count = sql.executeQuery("select count(distinct urn) from mart_school_term")) {
        count.next();
        return count.getLong(1);
      }
    }
  }
}
