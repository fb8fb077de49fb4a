package org.schoolattendance.sql.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schoolattendance.sql.model.Model;
import org.schoolattendance.sql.model.ModelCatalog;
import org.schoolattendance.sql.warehouse.SqlScript;

/** The contract beside each model: {@code models/<layer>/<name>.contract}. */
public final class ContractCatalog {

  private ContractCatalog() {}

  public static List<Contract> fromClasspath(ModelCatalog models) {
    List<Contract> contracts = new ArrayList<>();
    for (Model model : models.inDependencyOrder()) {
      contractOf(model).ifPresent(contracts::add);
    }
    return contracts;
  }

  public static Optional<Contract> contractOf(Model model) {
    String resource = "models/" + model.layer() + "/" + model.name() + ".contract";
    if (ContractCatalog.class.getClassLoader().getResource(resource) == null) {
      return Optional.empty();
    }
    return Optional.of(ContractParser.parse(model.name(), SqlScript.readResource(resource)));
  }
}
