package org.schoolattendance.jobs.cli;

import java.util.concurrent.Callable;
import org.schoolattendance.jobs.pipeline.TransformStage;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Component
@Command(
    name = "transform",
    mixinStandardHelpOptions = true,
    description =
        "Snapshot the marts to Parquet, run the Spark transforms, load their results back.")
class TransformCommand implements Callable<Integer> {

  private final TransformStage stage;

  @Mixin WorkDirOption workDir;

  TransformCommand(TransformStage stage) {
    this.stage = stage;
  }

  @Override
  public Integer call() {
    Summaries.printTransform(stage.run());
    return 0;
  }
}
