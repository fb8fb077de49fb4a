package org.schoolattendance.sql.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolattendance.sql.model.RegisterFixture.insertAutumnTerm;
import static org.schoolattendance.sql.model.RegisterFixture.insertMarks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pupil P is in two censuses: autumn 2023 as Ayo Okafor, spring 2024 as Ayo Okafor-Reid. The
 * warehouse keeps the latest name in dim_pupil, for the head's annex, and nowhere else.
 */
class PupilNameTests extends BuiltWarehouse {

  @Override
  void insertRawRows(Statement sql) throws SQLException {
    insertAutumnTerm(sql, "2023/24", "2023-09-04", "2023-09-08");
    insertCensusName(sql, "2023-10-05", "Okafor");
    insertCensusName(sql, "2024-01-18", "Okafor-Reid");
    insertMarks(sql, "100001", "P", "2023-09-01", null, List.of("2023-09-04,AM,/"));
  }

  private static void insertCensusName(Statement sql, String censusDay, String surname)
      throws SQLException {
    sql.execute(
        String.format(
            "insert into raw_census_pupil values ('100001', 'AUT', 2023, '%s', true, 'UPN-P',"
                + " '%s', 'Ayo', '2015-01-01', 'F', 'WBRI', 'ENG', false, 'N', 'C', '2023-09-01',"
                + " null, '3', 4, 'census.xml', '/x')",
            censusDay, surname));
  }

  @Test
  void dimPupilCarriesTheNameFromTheLatestCensus() throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet row =
            sql.executeQuery("select forename, surname from dim_pupil where upn = 'UPN-P'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString("forename")).isEqualTo("Ayo");
      assertThat(row.getString("surname")).isEqualTo("Okafor-Reid");
    }
  }

  @Test
  void noOtherModelHoldsAName() throws SQLException {
    List<String> tablesWithNames = new ArrayList<>();
    try (Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select distinct table_name from information_schema.columns"
                    + " where column_name in ('forename', 'surname')"
                    + " and table_name not like 'raw%' order by table_name")) {
      while (rows.next()) {
        tablesWithNames.add(rows.getString(1));
      }
    }
    assertThat(tablesWithNames).containsExactly("dim_pupil", "stg_census_pupil_name");
  }
}
