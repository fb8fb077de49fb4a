package org.schoolattendance.jobs.cli;

import java.util.concurrent.Callable;
import org.schoolattendance.jobs.pipeline.ModelStage;
import org.schoolattendance.sql.model.ModelResult;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Component
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description = "Build the SQL models (staging, intermediate, marts) in dependency order.")
class ModelCommand implements Callable<Integer> {

  private final ModelStage stage;

  @Mixin WorkDirOption workDir;

  ModelCommand(ModelStage stage) {
    this.stage = stage;
  }

  @Override
  public Integer call() {
    for (ModelResult result : stage.run()) {
      System.out.printf(
          "  %-28s %,12d rows %8d ms%n", result.name(), result.rows(), result.elapsed().toMillis());
    }
    return 0;
  }
}
