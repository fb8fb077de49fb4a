package org.schoolattendance.sql.model;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.sql.warehouse.DuckDbSettings;
import org.schoolattendance.sql.warehouse.RawSchema;
import org.schoolattendance.sql.warehouse.Warehouse;

/** Inserts hand-made raw rows: census records and register marks, one line of SQL each. */
final class RegisterFixture {

  private RegisterFixture() {}

  /** A new warehouse in the folder, with the raw tables and seeds and nothing loaded. */
  static Connection emptyWarehouse(Path folder) throws SQLException {
    Connection connection =
        new Warehouse(folder.resolve("w.duckdb"), DuckDbSettings.defaults()).open();
    RawSchema.ensure(connection);
    return connection;
  }

  /** A primary school of LA 307 in the school directory. */
  static void insertPrimarySchool(Statement sql, String urn, String estab, String name)
      throws SQLException {
    sql.execute(
        String.format(
            "insert into raw_school values ('%s', '307', '%s', '%s', 'primary',"
                + " 'head@%s.example', 'clerk@%s.example', 'W5 1AA', 1, 'schools.csv', 2)",
            urn, estab, name, urn, urn));
  }

  /** An LA-wide autumn term of the academic year, from start to end (dates as yyyy-mm-dd). */
  static void insertAutumnTerm(Statement sql, String academicYear, String start, String end)
      throws SQLException {
    sql.execute(
        String.format(
            "insert into raw_calendar values ('%s', 'term', 'autumn', '%s', '%s', null, 2,"
                + " 'c.csv', 2)",
            academicYear, start, end));
  }

  /** An autumn census record at 100001 for pupil UPN-{pupil}, born on the date given. */
  static void insertCensus(Statement sql, String pupil, String dateOfBirth) throws SQLException {
    sql.execute(
        String.format(
            "insert into raw_census_pupil values ('100001', 'AUT', 2023, '2023-10-05', true,"
                + " 'UPN-%s', 'S', 'F', '%s', 'F', 'WBRI', 'ENG', false, 'N', 'C', '2023-09-01',"
                + " null, 'R', 4, 'census.xml', '/x')",
            pupil, dateOfBirth));
  }

  /** Marks as "date,session,mark" for pupil UPN-{pupil}'s enrolment at a school. */
  static void insertMarks(
      Statement sql, String urn, String pupil, String admitted, String left, List<String> marks)
      throws SQLException {
    for (String mark : marks) {
      String[] parts = mark.split(",");
      sql.execute(
          String.format(
              "insert into raw_mark values ('%s', 'UPN-%s', '%s', %s, '%s', '%s', '%s',"
                  + " null, '2023-09-08 17:00:00', 3, 'register.csv', 0)",
              urn,
              pupil,
              admitted,
              left == null ? "null" : "'" + left + "'",
              parts[0],
              parts[1],
              parts[2].replace("'", "''")));
    }
  }

  /** Every value of every row of a query, row by row, as longs. */
  static List<Long> longs(Connection connection, String query) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      List<Long> values = new ArrayList<>();
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int i = 1; i <= columns; i++) {
          values.add(rows.getLong(i));
        }
      }
      return values;
    }
  }
}
