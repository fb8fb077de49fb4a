package org.schoolattendance.ingest.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The load ledger and quarantine tables in the warehouse. */
public final class LoadLedger {

  private LoadLedger() {}

  public static boolean alreadyLoaded(Connection connection, FileKind kind, InputFile file)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select count(*) from load_ledger where file_kind = ? and file_sha256 = ?"
                + " and status = 'LOADED'")) {
      query.setString(1, kind.name());
      query.setString(2, file.sha256());
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    }
  }

  public static long nextLoadId(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select nextval('load_id_seq')")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  public static void record(
      Connection connection, long loadId, InputFile file, FileLoadResult result)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into load_ledger values (?, ?, ?, ?, ?, ?,"
                + " current_timestamp - (? * interval '1 millisecond'), current_timestamp,"
                + " ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, loadId);
      insert.setString(2, result.kind().jobName());
      insert.setString(3, result.kind().name());
      insert.setString(4, file.name());
      insert.setString(5, file.path().toString());
      insert.setString(6, file.sha256());
      insert.setLong(7, result.elapsed().toMillis());
      insert.setString(8, result.status().name());
      insert.setLong(9, result.rowsRead());
      insert.setLong(10, result.rowsLoaded());
      insert.setLong(11, result.rowsQuarantined());
      insert.setLong(12, result.rowsQueried());
      insert.setString(13, result.message());
      insert.executeUpdate();
    }
  }

  public static void quarantine(
      Connection connection, long loadId, InputFile file, List<QuarantineEntry> entries)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("insert into raw_quarantine values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (QuarantineEntry entry : entries) {
        insert.setLong(1, loadId);
        insert.setString(2, file.name());
        insert.setLong(3, entry.line());
        insert.setString(4, entry.field());
        insert.setString(5, entry.ruleCode());
        insert.setString(6, entry.severity().name().toLowerCase(java.util.Locale.ROOT));
        insert.setString(7, entry.message());
        insert.setString(8, entry.rawText());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
