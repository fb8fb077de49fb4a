package org.schoolattendance.sql.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.schoolattendance.sql.model.ModelCatalog;

/**
 * Renders {@code docs/data-dictionary.md} from the contracts: every column of every model whose
 * contract lists its columns, with meaning, unit and source. Run {@link #main} to regenerate it.
 */
public final class DataDictionary {

  private DataDictionary() {}

  public static String render(List<Contract> contracts) {
    StringBuilder out = new StringBuilder();
    out.append("# Data dictionary\n\n")
        .append("Generated from the contract files beside each model in")
        .append(" `sql/src/main/resources/models/` by")
        .append(" `org.schoolattendance.sql.contract.DataDictionary`; do not edit by hand.\n")
        .append("Each model's tests (unique, not null, relationships, accepted values and")
        .append(" invariants) are in the same contract files and run as queries that must")
        .append(" return no rows.\n");
    for (Contract contract : contracts) {
      if (contract.columns().isEmpty()) {
        continue;
      }
      appendModel(out, contract);
    }
    appendMacros(out, contracts);
    return out.toString();
  }

  private static void appendMacros(StringBuilder out, List<Contract> contracts) {
    out.append("\n## Macros\n\n")
        .append("Created by the model runner with the models. Every rate in the marts, and the")
        .append(" reproduction of published DfE figures, is computed by these, so each measure is")
        .append(" defined once. Table macros take the name of a table (or CTE) of rows to work on,")
        .append(" except `group_period_year_to_date`, which the reports call with a date.\n\n")
        .append("| call | returns |\n|---|---|\n");
    for (Contract contract : contracts) {
      if (contract.isMacro()) {
        out.append("| `")
            .append(cell(contract.macroCall()))
            .append("` | ")
            .append(cell(contract.grain()))
            .append(" |\n");
      }
    }
  }

  private static void appendModel(StringBuilder out, Contract contract) {
    out.append("\n## ").append(contract.model()).append("\n\n");
    out.append("Grain: ").append(contract.grain()).append(".");
    if (!contract.uniqueKey().isEmpty()) {
      out.append(" Unique key: `").append(String.join(", ", contract.uniqueKey())).append("`.");
    }
    out.append("\n\n| column | meaning | unit | source | checks |\n|---|---|---|---|---|\n");
    for (Contract.Column column : contract.columns()) {
      out.append("| `")
          .append(column.name())
          .append("` | ")
          .append(cell(column.meaning()))
          .append(" | ")
          .append(cell(column.unit()))
          .append(" | ")
          .append(cell(column.source()))
          .append(" | ")
          .append(cell(String.join(", ", column.checks())))
          .append(" |\n");
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  /** Writes the dictionary to the path given (default {@code docs/data-dictionary.md}). */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "docs/data-dictionary.md");
    Files.writeString(
        target,
        render(ContractCatalog.fromClasspath(ModelCatalog.fromClasspath())),
        StandardCharsets.UTF_8);
  }
}
