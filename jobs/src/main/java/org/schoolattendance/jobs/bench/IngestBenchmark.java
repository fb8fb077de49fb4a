package org.schoolattendance.jobs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.schoolattendance.ingest.IngestRunner;
import org.schoolattendance.ingest.common.FileKind;
import org.schoolattendance.ingest.common.FileLoadListener;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.ingest.common.InputFile;
import org.schoolattendance.synthetic.GenerationListener;
import org.schoolattendance.synthetic.GeneratorOptions;
import org.schoolattendance.synthetic.SyntheticLaGenerator;
import org.springframework.stereotype.Component;

/**
 * Loads a preset's register exports through the Spring Batch jobs (validation, quarantine, merge by
 * export time), then reads the same files with DuckDB's own {@code read_csv} into a table of the
 * same shape, and prints both speeds and their ratio. Needs a fresh warehouse: run it with a
 * --work-dir of its own.
 */
@Component
class IngestBenchmark implements Benchmark {

  private final IngestRunner runner;

  IngestBenchmark(IngestRunner runner) {
    this.runner = runner;
  }

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public String description() {
    return "register exports through the Batch jobs against DuckDB read_csv of the same files";
  }

  @Override
  public List<BenchFigure> run(BenchContext context) throws Exception {
    Path la = context.workDir().resolve("la-" + context.preset());
    if (!Files.exists(la.resolve("README.txt"))) {
      new SyntheticLaGenerator(GenerationListener.silent())
          .generate(GeneratorOptions.preset(context.preset(), la));
    }
    Path manifests = context.workDir().resolve("manifests");
    Map<FileKind, List<InputFile>> setup = new EnumMap<>(FileKind.class);
    Map<FileKind, List<InputFile>> prerequisites = new EnumMap<>(FileKind.class);
    prerequisites.put(FileKind.CALENDAR, files(la.resolve("calendar")));
    prerequisites.put(FileKind.CENSUS, files(la.resolve("census")));
    runner.ingest(prerequisites, manifests, FileLoadListener.NONE);
    List<Path> registers;
    try (var files = Files.list(la.resolve("register"))) {
      registers = files.sorted().toList();
    }
    setup.put(FileKind.REGISTER, registers.stream().map(InputFile::of).toList());

    PeakHeap.reset();
    long start = System.nanoTime();
    double cpuStart = ProcessCpu.seconds();
    List<FileLoadResult> results = runner.ingest(setup, manifests, FileLoadListener.NONE);
    double batchSeconds = (System.nanoTime() - start) / 1e9;
    double batchCpuSeconds = ProcessCpu.seconds() - cpuStart;
    BenchFigure batchHeap = PeakHeap.figure("during the Batch load");
    long rows = results.stream().mapToLong(FileLoadResult::rowsRead).sum();

    start = System.nanoTime();
    cpuStart = ProcessCpu.seconds();
    long referenceRows = readCsv(context.workDir().resolve("reference.duckdb"), registers);
    double referenceSeconds = (System.nanoTime() - start) / 1e9;
    double referenceCpuSeconds = ProcessCpu.seconds() - cpuStart;

    double batchRate = rows / batchSeconds;
    double referenceRate = referenceRows / referenceSeconds;
    double batchCpuRate = rows / batchCpuSeconds;
    double referenceCpuRate = referenceRows / referenceCpuSeconds;
    return List.of(
        new BenchFigure("register files", registers.size(), "files", "preset " + context.preset()),
        new BenchFigure("rows through Spring Batch", rows, "rows", "into raw_mark"),
        new BenchFigure("Spring Batch rows per second", batchRate, "rows/s", "validate + merge"),
        new BenchFigure("DuckDB read_csv rows per second", referenceRate, "rows/s", "same files"),
        BenchFigure.ratio("Batch / read_csv (target >= 0.5)", batchRate, referenceRate),
        new BenchFigure("Spring Batch rows per CPU second", batchCpuRate, "rows/s", "all threads"),
        new BenchFigure("read_csv rows per CPU second", referenceCpuRate, "rows/s", "all threads"),
        // on a machine shared with other work, the wall-clock ratio moves with their load
        BenchFigure.ratio("Batch / read_csv in CPU time", batchCpuRate, referenceCpuRate),
        batchHeap,
        PeakHeap.maxHeap());
  }

  private static List<InputFile> files(Path folder) throws Exception {
    try (var paths = Files.list(folder)) {
      return paths.sorted().map(InputFile::of).toList();
    }
  }

  private static long readCsv(Path database, List<Path> files) throws Exception {
    Files.deleteIfExists(database);
    String list =
        files.stream()
            .map(file -> "'" + file.toString().replace("'", "''") + "'")
            .collect(Collectors.joining(", ", "[", "]"));
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
        Statement sql = connection.createStatement()) {
      sql.execute("set threads = 2");
      sql.execute(
          "create table raw_mark as select urn, upn, admission_date, leaving_date,"
              + " date as session_date, session, mark, minutes_late, filename as source_file"
              + " from read_csv("
              + list
              + ", skip = 1, header = true, filename = true, columns = {'urn': 'VARCHAR',"
              + " 'upn': 'VARCHAR', 'admission_date': 'DATE', 'leaving_date': 'DATE',"
              + " 'date': 'DATE', 'session': 'VARCHAR', 'mark': 'VARCHAR',"
              + " 'minutes_late': 'INTEGER'}, ignore_errors = true)");
      try (ResultSet count = sql.executeQuery("select count(*) from raw_mark")) {
        count.next();
        return count.getLong(1);
      }
    } finally {
      Files.deleteIfExists(database);
    }
  }
}
