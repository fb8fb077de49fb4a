package org.schoolattendance.ingest.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;

/** The temporary tables a register batch is staged, checked and merged through. */
final class RegisterWorkTables {

  private static final List<String> TABLES =
      List.of(
          "register_file",
          "register_rule",
          "register_bad_upn",
          "register_school_day",
          "register_checked",
          "register_repeated_key",
          "register_copy",
          "register_file_count",
          "register_current",
          "register_contested_key",
          "register_contested");

  private RegisterWorkTables() {}

  /** One row per readable file of the batch, and the rule texts quarantine rows carry. */
  static void create(Connection connection, List<RegisterBatchFile> files) throws SQLException {
    drop(connection);
    try (Statement sql = connection.createStatement()) {
      sql.execute(
          "create temp table register_file (file_id integer, file_path varchar,"
              + " file_name varchar, urn varchar, exported_at timestamp, load_id bigint,"
              + " accepted boolean)");
      sql.execute("create temp table register_rule (rule varchar, field varchar, message varchar)");
      sql.execute("create temp table register_bad_upn (upn varchar)");
      sql.execute(
          "create or replace temp macro register_unquote(field) as case"
              + " when length(field) >= 2 and starts_with(field, '\"') and ends_with(field, '\"')"
              + " then replace(field[2:-2], '\"\"', '\"') else field end");
    }
    try (PreparedStatement insert =
        connection.prepareStatement("insert into register_file values (?, ?, ?, ?, ?, ?, true)")) {
      for (RegisterBatchFile file : files) {
        insert.setInt(1, file.id());
        insert.setString(2, file.path());
        insert.setString(3, file.input().name());
        insert.setString(4, file.preamble().urn());
        insert.setTimestamp(5, Timestamp.valueOf(file.preamble().exportedAt()));
        insert.setLong(6, file.loadId());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        connection.prepareStatement("insert into register_rule values (?, ?, ?)")) {
      for (RegisterRule rule : RegisterRule.values()) {
        insert.setString(1, rule.name());
        insert.setString(2, rule.field());
        insert.setString(3, rule.message());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  static void setAccepted(Connection connection, int fileId, boolean accepted) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("update register_file set accepted = ? where file_id = ?")) {
      update.setBoolean(1, accepted);
      update.setInt(2, fileId);
      update.executeUpdate();
    }
  }

  static void drop(Connection connection) {
    try (Statement cleanup = connection.createStatement()) {
      cleanup.execute("drop view if exists register_valid");
      for (String table : TABLES) {
        cleanup.execute("drop table if exists " + table);
      }
    } catch (SQLException ignored) {
      // temp tables die with the connection; a failed drop must not hide the original error
    }
  }
}
