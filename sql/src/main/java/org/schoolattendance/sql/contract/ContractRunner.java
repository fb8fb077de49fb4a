package org.schoolattendance.sql.contract;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Runs every data test of the given contracts and reports those that returned rows. */
public final class ContractRunner {

  private ContractRunner() {}

  /** A test that failed: how many rows broke it, and the query to see them. */
  public record Failure(String model, String test, long rows, String sql) {
    @Override
    public String toString() {
      return model + ": " + test + " failed on " + rows + " rows\n  " + sql.replace("\n", " ");
    }
  }

  public static List<Failure> run(Connection connection, List<Contract> contracts)
      throws SQLException {
    List<Failure> failures = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      for (Contract contract : contracts) {
        checkColumnsMatch(statement, contract, failures);
        for (DataTest test : ContractTests.of(contract)) {
          long rows = count(statement, "select count(*) from (" + test.sql() + ")", test);
          if (rows > 0) {
            failures.add(new Failure(test.model(), test.name(), rows, test.sql()));
          }
        }
      }
    }
    return failures;
  }

  private static void checkColumnsMatch(
      Statement statement, Contract contract, List<Failure> failures) throws SQLException {
    if (contract.columns().isEmpty()) {
      return;
    }
    Set<String> actual = new LinkedHashSet<>();
    try (ResultSet rows =
        statement.executeQuery(
            "select column_name from information_schema.columns where table_name = '"
                + contract.model()
                + "' order by ordinal_position")) {
      while (rows.next()) {
        actual.add(rows.getString(1));
      }
    }
    List<String> declared = contract.columns().stream().map(Contract.Column::name).toList();
    if (!new ArrayList<>(actual).equals(declared)) {
      failures.add(
          new Failure(
              contract.model(),
              "columns as declared",
              1,
              "declared " + declared + " but the table has " + actual));
    }
  }

  private static long count(Statement statement, String sql, DataTest test) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new SQLException(
          "data test '" + test.name() + "' of " + test.model() + " cannot run: " + e.getMessage(),
          e);
    }
  }
}
