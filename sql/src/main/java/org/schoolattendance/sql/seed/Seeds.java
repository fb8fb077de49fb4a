package org.schoolattendance.sql.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.schoolattendance.sql.warehouse.SqlScript;

/**
 * Seed tables: the attendance codes versioned by date, the named parameters (thresholds, age range,
 * suppression size) and the code lists that group census values. Models join these instead of
 * holding literals.
 */
public final class Seeds {

  private static final List<SeedTable> TABLES =
      List.of(
          new SeedTable(
              "seed_attendance_code",
              "attendance_codes.csv",
              "{'code': 'VARCHAR', 'valid_from': 'DATE', 'valid_to': 'DATE', 'meaning': 'VARCHAR',"
                  + " 'category': 'VARCHAR', 'is_possible': 'BOOLEAN', 'is_attendance': 'BOOLEAN',"
                  + " 'is_authorised_absence': 'BOOLEAN', 'is_unauthorised_absence': 'BOOLEAN',"
                  + " 'reason_group': 'VARCHAR', 'needs_resolution': 'BOOLEAN',"
                  + " 'is_late_before_close': 'BOOLEAN', 'is_late_after_close': 'BOOLEAN'}"),
          new SeedTable(
              "seed_parameter",
              "parameters.csv",
              "{'name': 'VARCHAR', 'value': 'DOUBLE', 'meaning': 'VARCHAR'}"),
          new SeedTable(
              "seed_ethnicity",
              "ethnicity.csv",
              "{'code': 'VARCHAR', 'main_code': 'VARCHAR', 'minor_group': 'VARCHAR',"
                  + " 'major_group': 'VARCHAR'}"),
          new SeedTable(
              "seed_first_language",
              "first_language.csv",
              "{'code': 'VARCHAR', 'language_group': 'VARCHAR'}"),
          new SeedTable(
              "seed_contact_type",
              "contact_type.csv",
              "{'contact_type': 'VARCHAR', 'contact_mode': 'VARCHAR', 'is_in_person': 'BOOLEAN',"
                  + " 'meaning': 'VARCHAR'}"),
          new SeedTable(
              "seed_headline_phase",
              "headline_phase.csv",
              "{'phase': 'VARCHAR', 'is_state_funded_headline': 'BOOLEAN',"
                  + " 'reported_as': 'VARCHAR'}"),
          new SeedTable(
              "seed_dfe_published_rate",
              "dfe_published_rate.csv",
              "{'datasets': 'VARCHAR', 'rate_measure': 'VARCHAR', 'numerator_measure': 'VARCHAR',"
                  + " 'denominator_measure': 'VARCHAR', 'counts_dataset': 'VARCHAR',"
                  + " 'rate_kind': 'VARCHAR', 'published_decimals': 'INTEGER',"
                  + " 'total_rows': 'VARCHAR', 'rounded_count_levels': 'VARCHAR',"
                  + " 'meaning': 'VARCHAR'}"),
          new SeedTable(
              "seed_census_term",
              "census_term.csv",
              "{'census_term_code': 'VARCHAR', 'term': 'VARCHAR', 'meaning': 'VARCHAR'}"));

  private Seeds() {}

  public static void load(Connection connection) throws SQLException {
    for (SeedTable table : TABLES) {
      loadCsv(connection, table);
    }
  }

  private static void loadCsv(Connection connection, SeedTable table) throws SQLException {
    Path copy = copyToTempFile("seeds/" + table.resource());
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "create or replace table "
              + table.name()
              + " as select * from read_csv('"
              + copy.toString().replace("'", "''")
              + "', header = true, quote = '\"', escape = '\"', columns = "
              + table.columns()
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

  private record SeedTable(String name, String resource, String columns) {}
}
