package org.schoolattendance.sql.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.schoolattendance.sql.warehouse.SqlScript;

/**
 * Seed tables: the attendance codes versioned by date, and the named parameters (thresholds, age
 * range, suppression size). Models join these instead of holding literals.
 */
public final class Seeds {

  private static final String CODES_COLUMNS =
      "{'code': 'VARCHAR', 'valid_from': 'DATE', 'valid_to': 'DATE', 'meaning': 'VARCHAR',"
          + " 'category': 'VARCHAR', 'is_possible': 'BOOLEAN', 'is_attendance': 'BOOLEAN',"
          + " 'is_authorised_absence': 'BOOLEAN', 'is_unauthorised_absence': 'BOOLEAN',"
          + " 'reason_group': 'VARCHAR'}";
  private static final String PARAMETER_COLUMNS =
      "{'name': 'VARCHAR', 'value': 'DOUBLE', 'meaning': 'VARCHAR'}";

  private Seeds() {}

  public static void load(Connection connection) throws SQLException {
    loadCsv(connection, "seed_attendance_code", "seeds/attendance_codes.csv", CODES_COLUMNS);
    loadCsv(connection, "seed_parameter", "seeds/parameters.csv", PARAMETER_COLUMNS);
  }

  private static void loadCsv(Connection connection, String table, String resource, String columns)
      throws SQLException {
    Path copy = copyToTempFile(resource);
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "create or replace table "
              + table
              + " as select * from read_csv('"
              + copy.toString().replace("'", "''")
              + "', header = true, quote = '\"', escape = '\"', columns = "
              + columns
              + ")");
    } finally {
      deleteQuietly(copy);
    }
  }

  private static Path copyToTempFile(String resource) {
    try {
      Path copy = Files.createTempFile("seed-", ".csv");
      Files.writeString(copy, SqlScript.readResource(resource), StandardCharsets.UTF_8);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage seed " + resource, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a leftover temp file is harmless
    }
  }
}
