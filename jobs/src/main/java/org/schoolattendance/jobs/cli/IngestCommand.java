package org.schoolattendance.jobs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.jobs.pipeline.IngestStage;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Component
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Load a folder of input files (schools.csv, calendar/, census/, register/) into the"
            + " warehouse.")
class IngestCommand implements Callable<Integer> {

  private final IngestStage stage;

  @Mixin WorkDirOption workDir;

  @Option(names = "--input", required = true, description = "The folder to load.")
  Path input;

  IngestCommand(IngestStage stage) {
    this.stage = stage;
  }

  @Override
  public Integer call() {
    List<FileLoadResult> results = stage.run(input);
    Summaries.printIngest(results);
    return results.stream().anyMatch(r -> r.status() == FileLoadResult.Status.REJECTED) ? 3 : 0;
  }
}
