package org.schoolattendance.sql.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a contract into its data tests. Column checks: {@code not_null}, {@code unique}, {@code
 * references table.column}, {@code accepted(a, b, ...)} and {@code between(low, high)}.
 */
public final class ContractTests {

  private ContractTests() {}

  public static List<DataTest> of(Contract contract) {
    String model = contract.model();
    List<DataTest> tests = new ArrayList<>();
    if (!contract.uniqueKey().isEmpty()) {
      String key = String.join(", ", contract.uniqueKey());
      tests.add(
          new DataTest(
              model,
              "unique(" + key + ")",
              "select " + key + " from " + model + " group by all having count(*) > 1"));
    }
    for (Contract.Column column : contract.columns()) {
      for (String check : column.checks()) {
        tests.add(
            new DataTest(model, column.name() + " " + check, sql(model, column.name(), check)));
      }
    }
    tests.addAll(contract.tests());
    return tests;
  }

  static String sql(String model, String column, String check) {
    if (check.equals("not_null")) {
      return "select * from " + model + " where " + column + " is null";
    }
    if (check.equals("unique")) {
      return "select " + column + " from " + model + " group by all having count(*) > 1";
    }
    if (check.startsWith("references ")) {
      String target = check.substring("references ".length()).strip();
      String table = target.substring(0, target.indexOf('.'));
      String targetColumn = target.substring(target.indexOf('.') + 1);
      return "select * from "
          + model
          + " as m where m."
          + column
          + " is not null"
          + " and not exists (select 1 from "
          + table
          + " as t where t."
          + targetColumn
          + " = m."
          + column
          + ")";
    }
    if (check.startsWith("accepted(") && check.endsWith(")")) {
      String values =
          ContractParser.list(check.substring("accepted(".length(), check.length() - 1)).stream()
              .map(v -> "'" + v.replace("'", "''") + "'")
              .collect(Collectors.joining(", "));
      return "select * from "
          + model
          + " where cast("
          + column
          + " as varchar) not in ("
          + values
          + ")";
    }
    if (check.startsWith("between(") && check.endsWith(")")) {
      List<String> bounds =
          ContractParser.list(check.substring("between(".length(), check.length() - 1));
      return "select * from "
          + model
          + " where "
          + column
          + " < "
          + bounds.get(0)
          + " or "
          + column
          + " > "
          + bounds.get(1);
    }
    throw new IllegalArgumentException(
        "contract of " + model + ": unknown check '" + check + "' on " + column);
  }
}
