package org.schoolattendance.sql.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.schoolattendance.sql.model.Model;
import org.schoolattendance.sql.model.ModelCatalog;

class DataDictionaryTests {

  @Test
  void everyModelHasAContractAndEveryMartListsItsColumns() {
    for (Model model : ModelCatalog.fromClasspath().inDependencyOrder()) {
      Contract contract = ContractCatalog.contractOf(model).orElse(null);
      assertThat(contract).as("contract of %s", model.name()).isNotNull();
      if (model.layer().equals("marts")) {
        assertThat(contract.columns()).as("columns of %s", model.name()).isNotEmpty();
        assertThat(contract.columns())
            .as("meaning, unit and source of every column of %s", model.name())
            .allMatch(c -> !c.meaning().isEmpty() && !c.unit().isEmpty() && !c.source().isEmpty());
      }
    }
  }

  @Test
  void theCommittedDictionaryIsTheOneTheContractsGenerate() throws IOException {
    String generated =
        DataDictionary.render(ContractCatalog.fromClasspath(ModelCatalog.fromClasspath()));
    assertThat(Files.readString(Path.of("../docs/data-dictionary.md")))
        .as(
            "docs/data-dictionary.md is out of date: run"
                + " org.schoolattendance.sql.contract.DataDictionary from the repository root")
        .isEqualTo(generated);
  }
}
