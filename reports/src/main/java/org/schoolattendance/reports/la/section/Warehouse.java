package org.schoolattendance.reports.la.section;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for the read-only queries of the LA pack. */
final class Warehouse {

  /** Maps the current row of a result set. */
  interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private final Connection connection;

  Warehouse(Connection connection) {
    this.connection = connection;
  }

  /** Whether a table or view exists: Spark's results are missing when their input was. */
  boolean hasTable(String name) throws SQLException {
    return !list("select 1 from information_schema.tables where table_name = ?", row -> true, name)
        .isEmpty();
  }

  <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          rows.add(mapper.map(row));
        }
      }
      return rows;
    }
  }

  /** A nullable double column. */
  static Double nullableDouble(ResultSet row, String column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }
}
