package org.schoolattendance.jobs.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.schoolattendance.jobs.pipeline.ReportStage;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Component
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Render each school's attendance pack (PDF) into <work-dir>/packs.")
class ReportCommand implements Callable<Integer> {

  private final ReportStage stage;

  @Mixin WorkDirOption workDir;

  @Option(names = "--term", description = "Term such as 2024/25-summer (default: the latest).")
  String term;

  @Option(names = "--school", description = "One school's URN (default: every school).")
  String urn;

  @Option(
      names = "--as-of",
      description = "The data date printed on the packs (default: the latest register date).")
  LocalDate asOf;

  @Option(names = "--synthetic", description = "Mark the packs as synthetic data.")
  boolean synthetic;

  ReportCommand(ReportStage stage) {
    this.stage = stage;
  }

  @Override
  public Integer call() {
    Summaries.printPacks(stage.run(term, urn, asOf, synthetic));
    return 0;
  }
}
