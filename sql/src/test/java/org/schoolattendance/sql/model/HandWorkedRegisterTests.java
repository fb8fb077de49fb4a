package org.schoolattendance.sql.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.sql.warehouse.DuckDbSettings;
import org.schoolattendance.sql.warehouse.RawSchema;
import org.schoolattendance.sql.warehouse.Warehouse;

/**
 * A one-week term worked out by hand. School 100001, autumn 2023/24 from Mon 4 to Fri 8 September
 * 2023; Monday is an INSET day, so there are 4 school days = 8 sessions.
 *
 * <p>Pupil A (on roll all week): Tue / \, Wed I I, Thu J (before August 2024 an approved
 * educational activity, so attending) N, Fri Y (not possible) #. Possible 6, attending 3,
 * authorised 2, unauthorised 1: absence 3/6 = 50%, so persistent and severe.
 *
 * <p>Pupil B (admitted Thu 7th): Thu / and a missing PM mark (not possible, a data fault), Fri L
 * (present) G. Possible 3, attending 2, unauthorised 1: absence 1/3, persistent, not severe.
 *
 * <p>Pupil C (admitted Thu 7th, dual registered, at the other school every session): D D D D.
 * Possible 0, so the enrolment is left out.
 *
 * <p>School: possible 9, attending 5, authorised 2, unauthorised 2, overall 4: attendance 5/9 =
 * 55.5556%, overall absence 44.4444%, PA 2 of 2 = 100%, severe 1 of 2 = 50%.
 */
class HandWorkedRegisterTests {

  @TempDir Path folder;
  private Connection connection;

  @BeforeEach
  void loadFixture() throws SQLException {
    connection = new Warehouse(folder.resolve("w.duckdb"), DuckDbSettings.defaults()).open();
    RawSchema.ensure(connection);
    try (Statement sql = connection.createStatement()) {
      sql.execute(
          "insert into raw_school values ('100001', '307', '2001', 'Test Primary', 'primary',"
              + " 'head@test.example', 'clerk@test.example', 'W5 1AA', 1, 'schools.csv', 2)");
      sql.execute(
          "insert into raw_calendar values"
              + " ('2023/24', 'term', 'autumn', '2023-09-04', '2023-09-08', null, 2, 'c.csv', 2),"
              + " ('2023/24', 'inset', 'INSET', '2023-09-04', '2023-09-04', '100001', 2, 'c.csv',"
              + " 3)");
      insertMarks(
          sql,
          "A",
          "2023-09-01",
          List.of(
              "2023-09-05,AM,/",
              "2023-09-05,PM,\\",
              "2023-09-06,AM,I",
              "2023-09-06,PM,I",
              "2023-09-07,AM,J",
              "2023-09-07,PM,N",
              "2023-09-08,AM,Y",
              "2023-09-08,PM,#"));
      insertMarks(
          sql, "B", "2023-09-07", List.of("2023-09-07,AM,/", "2023-09-08,AM,L", "2023-09-08,PM,G"));
      insertMarks(
          sql,
          "C",
          "2023-09-07",
          List.of("2023-09-07,AM,D", "2023-09-07,PM,D", "2023-09-08,AM,D", "2023-09-08,PM,D"));
    }
    new ModelRunner(ModelCatalog.fromClasspath()).run(connection, built -> {});
  }

  private static void insertMarks(Statement sql, String pupil, String admitted, List<String> marks)
      throws SQLException {
    for (String mark : marks) {
      String[] parts = mark.split(",");
      sql.execute(
          String.format(
              "insert into raw_mark values ('100001', 'UPN-%s', '%s', null, '%s', '%s', '%s',"
                  + " null, '2023-09-08 17:00:00', 3, 'register.csv', 0)",
              pupil, admitted, parts[0], parts[1], parts[2].replace("'", "''")));
    }
  }

  @Test
  void schoolTermMeasuresAreRatiosOfSumsOverEnrolments() throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet row = sql.executeQuery("select * from mart_school_term")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString("term_id")).isEqualTo("2023/24-autumn");
      assertThat(row.getLong("enrolments")).isEqualTo(2);
      assertThat(row.getLong("possible_sessions")).isEqualTo(9);
      assertThat(row.getLong("attendance_sessions")).isEqualTo(5);
      assertThat(row.getLong("authorised_absence_sessions")).isEqualTo(2);
      assertThat(row.getLong("unauthorised_absence_sessions")).isEqualTo(2);
      assertThat(row.getLong("overall_absence_sessions")).isEqualTo(4);
      assertThat(row.getDouble("attendance_rate_pct")).isCloseTo(100.0 * 5 / 9, within(1e-9));
      assertThat(row.getDouble("overall_absence_rate_pct")).isCloseTo(100.0 * 4 / 9, within(1e-9));
      assertThat(row.getLong("persistent_absentees")).isEqualTo(2);
      assertThat(row.getDouble("persistent_absence_rate_pct")).isCloseTo(100.0, within(1e-9));
      assertThat(row.getLong("severe_absentees")).isEqualTo(1);
      assertThat(row.getDouble("severe_absence_rate_pct")).isCloseTo(50.0, within(1e-9));
      assertThat(row.next()).isFalse();
    }
  }

  @Test
  void sessionFactHasOneRowPerOnRollSessionWithMissingMarksAsNull() throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet row =
            sql.executeQuery(
                "select count(*), count(*) filter (where mark is null),"
                    + " count(*) filter (where category = 'missing'),"
                    + " count(*) filter (where is_possible) from fct_session")) {
      row.next();
      // A: 8 sessions; B: 4 sessions from Thursday; C: 4 sessions from Thursday
      assertThat(row.getLong(1)).isEqualTo(16);
      assertThat(row.getLong(2)).isEqualTo(1);
      assertThat(row.getLong(3)).isEqualTo(1);
      assertThat(row.getLong(4)).isEqualTo(9);
    }
  }

  @Test
  void rebuildingTheModelsGivesTheSameTables() throws SQLException {
    new ModelRunner(ModelCatalog.fromClasspath()).run(connection, built -> {});
    try (Statement sql = connection.createStatement();
        ResultSet row =
            sql.executeQuery("select count(*), sum(possible_sessions) from mart_school_term")) {
      row.next();
      assertThat(row.getLong(1)).isEqualTo(1);
      assertThat(row.getLong(2)).isEqualTo(9);
    }
  }
}
