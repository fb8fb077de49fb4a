package org.schoolattendance.ingest.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** What {@code ingest --report} shows: the latest loads, and quarantine counts by rule. */
public final class IngestReport {

  public record Load(
      long loadId,
      String kind,
      String file,
      String status,
      LocalDateTime finishedAt,
      long read,
      long loaded,
      long quarantined,
      long queried,
      String message) {}

  public record RuleCount(
      String ruleCode, String severity, String message, long rows, long files) {}

  private IngestReport() {}

  public static List<Load> recentLoads(Connection connection, int limit) throws SQLException {
    List<Load> loads = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select load_id, file_kind, file_name, status, finished_at, rows_read, rows_loaded,"
                + " rows_quarantined, rows_queried, message from load_ledger"
                + " order by load_id desc limit ?")) {
      query.setInt(1, limit);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          Timestamp finished = rows.getTimestamp(5);
          loads.add(
              new Load(
                  rows.getLong(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  finished == null ? null : finished.toLocalDateTime(),
                  rows.getLong(6),
                  rows.getLong(7),
                  rows.getLong(8),
                  rows.getLong(9),
                  rows.getString(10)));
        }
      }
    }
    return loads;
  }

  /** Rows per rule; a query's message carries its row count, so queries count entries. */
  public static List<RuleCount> countsByRule(Connection connection) throws SQLException {
    List<RuleCount> counts = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select rule_code, severity, min(regexp_replace(message, ' \\(.*\\)$', '')),"
                + " count(*), count(distinct load_id) from raw_quarantine"
                + " group by rule_code, severity order by severity, rule_code")) {
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          counts.add(
              new RuleCount(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getLong(4),
                  rows.getLong(5)));
        }
      }
    }
    return counts;
  }
}
