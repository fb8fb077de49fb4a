package org.schoolattendance.jobs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.ingest.common.IngestReport;
import org.schoolattendance.jobs.pipeline.IngestStage;
import org.springframework.stereotype.Component;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Component
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Load input files into the warehouse through the Spring Batch jobs, with the DfE statistics"
          + " shipped with the product. Exit status 3 when a file was rejected.",
      "--input DIR: a folder laid out as docs/formats.md says (schools.csv, calendar/, census/,"
          + " register/, interventions/).",
      "--inbox DIR: every new file in DIR, recognised by its content; loaded files move to"
          + " DIR/archive, the others to DIR/failed with a .error.txt saying why.",
      "--report: the latest loads and the quarantine counts by rule."
    })
class IngestCommand implements Callable<Integer> {

  private final IngestStage stage;

  @Mixin WorkDirOption workDir;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static class Source {
    @Option(names = "--input", description = "A folder laid out as docs/formats.md describes.")
    Path input;

    @Option(names = "--inbox", description = "An inbox folder of files of any kind.")
    Path inbox;

    @Option(names = "--report", description = "List recent loads and counts by rule.")
    boolean report;
  }

  @Option(names = "--limit", description = "Loads listed by --report (default: 20).")
  int limit = 20;

  IngestCommand(IngestStage stage) {
    this.stage = stage;
  }

  @Override
  public Integer call() {
    if (source.report) {
      printReport(stage.report(limit));
      return 0;
    }
    List<FileLoadResult> results =
        source.input != null ? stage.run(source.input) : stage.runInbox(source.inbox);
    Summaries.printIngest(results);
    return results.stream().anyMatch(r -> r.status() == FileLoadResult.Status.REJECTED) ? 3 : 0;
  }

  private static void printReport(IngestStage.Report report) {
    System.out.println("Latest loads (newest first):");
    System.out.printf(
        "  %6s  %-20s %-46s %-14s %10s %10s %10s %8s%n",
        "load", "kind", "file", "status", "read", "loaded", "quarant.", "queries");
    for (IngestReport.Load load : report.loads()) {
      System.out.printf(
          "  %6d  %-20s %-46s %-14s %,10d %,10d %,10d %,8d%s%n",
          load.loadId(),
          load.kind(),
          load.file(),
          load.status(),
          load.read(),
          load.loaded(),
          load.quarantined(),
          load.queried(),
          load.message() == null ? "" : "  " + load.message());
    }
    System.out.println("Quarantine and queries by rule (all loads):");
    for (IngestReport.RuleCount rule : report.rules()) {
      System.out.printf(
          "  %-7s %-6s %,9d entries in %,5d files  %s%n",
          rule.ruleCode(), rule.severity(), rule.rows(), rule.files(), rule.message());
    }
  }
}
