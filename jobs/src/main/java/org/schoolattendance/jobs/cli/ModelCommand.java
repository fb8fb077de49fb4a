package org.schoolattendance.jobs.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.schoolattendance.jobs.pipeline.ModelStage;
import org.schoolattendance.sql.contract.ContractRunner;
import org.schoolattendance.sql.model.ModelResult;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Component
@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description = {
      "Build the SQL models (staging, intermediate, marts) in dependency order.",
      "With --check, then run every model's contract (grain, keys, relationships, accepted"
          + " values, invariants) and exit 1 if any test returns rows."
    })
class ModelCommand implements Callable<Integer> {

  private final ModelStage stage;

  @Mixin WorkDirOption workDir;

  @Option(names = "--check", description = "Run the models' contracts after building them.")
  boolean check;

  ModelCommand(ModelStage stage) {
    this.stage = stage;
  }

  @Override
  public Integer call() {
    long totalMillis = 0;
    for (ModelResult result : stage.run()) {
      totalMillis += result.elapsed().toMillis();
      System.out.printf(
          "  %-36s %17s %8d ms%n", result.name(), result.built(), result.elapsed().toMillis());
    }
    System.out.printf("  %-36s %17s %8d ms%n", "total", "", totalMillis);
    if (!check) {
      return 0;
    }
    List<ContractRunner.Failure> failures = stage.check();
    if (failures.isEmpty()) {
      System.out.println("Every contract holds.");
      return 0;
    }
    System.out.println(failures.size() + " contract tests failed:");
    failures.forEach(failure -> System.out.println("  " + failure));
    return 1;
  }
}
