package org.schoolattendance.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.sql.warehouse.Warehouse;

/** Reads the first column of a query as text, for exact assertions on table contents. */
final class WarehouseQueries {

  private WarehouseQueries() {}

  static List<String> column(Warehouse warehouse, String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection connection = warehouse.open();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
