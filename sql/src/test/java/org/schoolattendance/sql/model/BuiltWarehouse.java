package org.schoolattendance.sql.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.sql.contract.ContractCatalog;
import org.schoolattendance.sql.contract.ContractRunner;

/**
 * A warehouse of hand-made raw rows with every model built, for tests worked out by hand: school
 * 100001 (Test Primary, LA 307) is in the directory, and each test class inserts the rest.
 */
abstract class BuiltWarehouse {

  @TempDir Path folder;
  Connection connection;

  /** Inserts the calendar, census and register rows the test works out by hand. */
  abstract void insertRawRows(Statement sql) throws SQLException;

  @BeforeEach
  void buildModels() throws SQLException {
    connection = RegisterFixture.emptyWarehouse(folder);
    try (Statement sql = connection.createStatement()) {
      RegisterFixture.insertPrimarySchool(sql, "100001", "2001", "Test Primary");
      insertRawRows(sql);
    }
    runModels();
  }

  void runModels() throws SQLException {
    new ModelRunner(ModelCatalog.fromClasspath()).run(connection, built -> {});
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void everyContractHoldsOnTheseRegisters() throws SQLException {
    assertThat(
            ContractRunner.run(
                connection, ContractCatalog.fromClasspath(ModelCatalog.fromClasspath())))
        .isEmpty();
  }

  List<Long> longs(String query) throws SQLException {
    return RegisterFixture.longs(connection, query);
  }
}
