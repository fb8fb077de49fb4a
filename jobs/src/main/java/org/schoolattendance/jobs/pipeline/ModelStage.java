package org.schoolattendance.jobs.pipeline;

import java.sql.Connection;
import java.util.List;
import org.schoolattendance.jobs.progress.Progress;
import org.schoolattendance.sql.model.ModelCatalog;
import org.schoolattendance.sql.model.ModelResult;
import org.schoolattendance.sql.model.ModelRunner;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.springframework.stereotype.Component;

/** Builds every SQL model in dependency order. */
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
}
