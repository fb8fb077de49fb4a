package org.schoolattendance.reports.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the packs' read-only warehouse queries with positional parameters and maps each row; the
 * school packs and the LA pack share it.
 */
public final class WarehouseQuery {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private final Connection connection;

  public WarehouseQuery(Connection connection) {
    this.connection = connection;
  }

  public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(mapper.map(rows));
        }
        return result;
      }
    }
  }

  public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters)
      throws SQLException {
    List<T> rows = list(sql, mapper, parameters);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Whether a table or view exists: Spark's results are missing when their input was. */
  public boolean tableExists(String table) throws SQLException {
    return first("select 1 from information_schema.tables where table_name = ?", row -> true, table)
        .isPresent();
  }

  /** Whether a table or view exists with every one of these columns. */
  public boolean hasColumns(String table, List<String> columns) throws SQLException {
    List<String> present =
        list(
            "select column_name from information_schema.columns where table_name = ?",
            row -> row.getString(1),
            table);
    return !present.isEmpty() && present.containsAll(columns);
  }

  /** A nullable double column. */
  public static Double nullableDouble(ResultSet row, String column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }
}
