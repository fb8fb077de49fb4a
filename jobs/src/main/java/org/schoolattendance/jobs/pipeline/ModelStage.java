package org.schoolattendance.jobs.pipeline;

import java.sql.Connection;
import java.util.List;
import org.schoolattendance.jobs.progress.Progress;
import org.schoolattendance.sql.contract.ContractCatalog;
import org.schoolattendance.sql.contract.ContractRunner;
import org.schoolattendance.sql.model.ModelCatalog;
import org.schoolattendance.sql.model.ModelResult;
import org.schoolattendance.sql.model.ModelRunner;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.springframework.stereotype.Component;

/** Builds every SQL model in dependency order, and checks the models' contracts. */
@Component
public class ModelStage {

  private final Warehouse warehouse;

  public ModelStage(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  public List<ModelResult> run() {
    ModelCatalog catalog = ModelCatalog.fromClasspath();
    try (Connection connection = warehouse.open();
        Progress progress = Progress.start("model", catalog.inDependencyOrder().size())) {
      return new ModelRunner(catalog).run(connection, built -> progress.step());
    } catch (Exception e) {
      throw new StageFailedException("model", e.getMessage() + " (" + warehouse.file() + ")", e);
    }
  }

  /** Runs every contract's data tests on the built models; returns the tests that failed. */
  public List<ContractRunner.Failure> check() {
    try (Connection connection = warehouse.open()) {
      return ContractRunner.run(
          connection, ContractCatalog.fromClasspath(ModelCatalog.fromClasspath()));
    } catch (Exception e) {
      throw new StageFailedException(
          "model check", e.getMessage() + " (" + warehouse.file() + ")", e);
    }
  }
}
