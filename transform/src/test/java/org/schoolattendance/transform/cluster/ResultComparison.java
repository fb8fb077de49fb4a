package org.schoolattendance.transform.cluster;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares one result table written by two runs, in DuckDB: every row of one run must have a row in
 * the other with every non-double column identical and every double within {@link #TOLERANCE}.
 */
final class ResultComparison {

  static final double TOLERANCE = 1e-9;

  /**
   * @param matchedRows local rows with an equal cluster row (all three equal when the runs agree)
   */
  record Outcome(String table, long localRows, long clusterRows, long matchedRows) {}

  private ResultComparison() {}

  static Outcome compare(String table, Path localResults, Path clusterResults) throws SQLException {
    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duckDb.createStatement()) {
      sql.execute("create table l as " + read(localResults, table));
      sql.execute("create table k as " + read(clusterResults, table));
      List<String> conditions = new ArrayList<>();
      try (ResultSet columns =
          sql.executeQuery(
              "select column_name, data_type from information_schema.columns"
                  + " where table_name = 'l' order by ordinal_position")) {
        while (columns.next()) {
          String name = '"' + columns.getString(1) + '"';
          conditions.add(
              columns.getString(2).equals("DOUBLE")
                  ? "((l.%1$s is null and k.%1$s is null) or abs(l.%1$s - k.%1$s) <= %2$s)"
                      .formatted(name, TOLERANCE)
                  : "l.%1$s is not distinct from k.%1$s".formatted(name));
        }
      }
      try (ResultSet counts =
          sql.executeQuery(
              "select (select count(*) from l), (select count(*) from k),"
                  + " (select count(*) from l where exists (select 1 from k where "
                  + String.join(" and ", conditions)
                  + "))")) {
        counts.next();
        return new Outcome(table, counts.getLong(1), counts.getLong(2), counts.getLong(3));
      }
    }
  }

  private static String read(Path results, String table) {
    return "select * from read_parquet('" + results.resolve(table) + "/*.parquet')";
  }
}
