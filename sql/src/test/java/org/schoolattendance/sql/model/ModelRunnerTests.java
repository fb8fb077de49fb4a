package org.schoolattendance.sql.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warehouse built by an older release, where fct_session was a table and mart_school_term a view.
 */
class ModelRunnerTests {

  @TempDir Path folder;

  @Test
  void aModelStoredAsTheOtherKindIsReplaced() throws SQLException {
    try (Connection connection = RegisterFixture.emptyWarehouse(folder);
        Statement sql = connection.createStatement()) {
      sql.execute("create table fct_session as select 1 as old_column");
      sql.execute("create view mart_school_term as select 1 as old_column");

      new ModelRunner(ModelCatalog.fromClasspath()).run(connection, built -> {});

      assertThat(kind(sql, "fct_session")).isEqualTo("VIEW");
      assertThat(kind(sql, "mart_school_term")).isEqualTo("BASE TABLE");
    }
  }

  private static String kind(Statement sql, String name) throws SQLException {
    try (ResultSet row =
        sql.executeQuery(
            "select table_type from information_schema.tables where table_name = '" + name + "'")) {
      row.next();
      return row.getString(1);
    }
  }
}
