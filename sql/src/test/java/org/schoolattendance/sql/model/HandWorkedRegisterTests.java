package org.schoolattendance.sql.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.schoolattendance.sql.model.RegisterFixture.insertCensus;
import static org.schoolattendance.sql.model.RegisterFixture.insertMarks;
import static org.schoolattendance.sql.model.RegisterFixture.insertPrimarySchool;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A one-week term worked out by hand. Autumn 2023/24 runs from Mon 4 to Fri 8 September 2023.
 * Monday is an INSET day at school 100001 only, so it has 4 school days = 8 sessions; school 100002
 * has 5.
 *
 * <p>Pupil A at 100001 (on roll all week; 4 on 31 August 2023, turning 5 in the year, so outside
 * the headline cohort): Tue / \, Wed I I, Thu J (before August 2024 an approved educational
 * activity, so attending) N, Fri Y (not possible) #. Possible 6, attending 3, authorised 2,
 * unauthorised 1: absence 3/6 = 50%, so persistent and (exactly on the line) severe.
 *
 * <p>Pupil B at 100001 (admitted Thu 7th; 5 on 31 August, in the headline cohort): Thu / and a
 * missing PM mark (not possible, a data fault), Fri L (present) G. Possible 3, attending 2,
 * unauthorised 1: absence 1/3, persistent, not severe.
 *
 * <p>Pupil C, dual registered from Thu 7th: D D D D at 100001 (possible 0, so the enrolment is left
 * out there) and / \ / \ at 100002 (possible 4, attending 4).
 *
 * <p>Pupil E at 100001 leaves on Wed 6th: Tue / \, Wed / and an N later corrected to M (the latest
 * export wins). Possible 4, attending 3, authorised 1: absence 1/4, persistent.
 *
 * <p>School 100001: enrolments 3 (A, B, E), possible 13, attending 8, authorised 3, unauthorised 2,
 * overall 5: attendance 8/13, overall absence 5/13, PA 3 of 3, severe 1 of 3. Headline cohort (B
 * only): possible 3, absence 1.
 */
class HandWorkedRegisterTests extends BuiltWarehouse {

  @Override
  void insertRawRows(Statement sql) throws SQLException {
    insertPrimarySchool(sql, "100002", "2002", "Other Primary");
    sql.execute(
        "insert into raw_calendar values"
            + " ('2023/24', 'term', 'autumn', '2023-09-04', '2023-09-08', null, 2, 'c.csv', 2),"
            + " ('2023/24', 'inset', 'INSET', '2023-09-04', '2023-09-04', '100001', 2, 'c.csv',"
            + " 3)");
    insertCensus(sql, "A", "2018-09-15");
    insertCensus(sql, "B", "2018-08-20");
    insertMarks(
        sql,
        "100001",
        "A",
        "2023-09-01",
        null,
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
        sql,
        "100001",
        "B",
        "2023-09-07",
        null,
        List.of("2023-09-07,AM,/", "2023-09-08,AM,L", "2023-09-08,PM,G"));
    insertMarks(
        sql,
        "100001",
        "C",
        "2023-09-07",
        null,
        List.of("2023-09-07,AM,D", "2023-09-07,PM,D", "2023-09-08,AM,D", "2023-09-08,PM,D"));
    insertMarks(
        sql,
        "100002",
        "C",
        "2023-09-07",
        null,
        List.of("2023-09-07,AM,/", "2023-09-07,PM,\\", "2023-09-08,AM,/", "2023-09-08,PM,\\"));
    insertMarks(
        sql,
        "100001",
        "E",
        "2023-09-01",
        "2023-09-06",
        List.of("2023-09-05,AM,/", "2023-09-05,PM,\\", "2023-09-06,AM,/", "2023-09-06,PM,M"));
  }

  @Test
  void schoolTermMeasuresAreRatiosOfSumsOverEnrolments() throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet row = sql.executeQuery("select * from mart_school_term order by urn")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString("term_id")).isEqualTo("2023/24-autumn");
      assertThat(row.getString("term")).isEqualTo("autumn");
      assertThat(row.getLong("enrolments")).isEqualTo(3);
      assertThat(row.getLong("possible_sessions")).isEqualTo(13);
      assertThat(row.getLong("attendance_sessions")).isEqualTo(8);
      assertThat(row.getLong("authorised_absence_sessions")).isEqualTo(3);
      assertThat(row.getLong("unauthorised_absence_sessions")).isEqualTo(2);
      assertThat(row.getLong("overall_absence_sessions")).isEqualTo(5);
      assertThat(row.getDouble("attendance_rate_pct")).isCloseTo(100.0 * 8 / 13, within(1e-9));
      assertThat(row.getDouble("overall_absence_rate_pct")).isCloseTo(100.0 * 5 / 13, within(1e-9));
      assertThat(row.getLong("persistent_absentees")).isEqualTo(3);
      assertThat(row.getLong("severe_absentees")).isEqualTo(1);
      assertThat(row.getDouble("severe_absence_rate_pct")).isCloseTo(100.0 / 3, within(1e-9));
      assertThat(row.next()).isTrue();
      assertThat(row.getString("urn")).isEqualTo("100002");
      assertThat(row.getLong("enrolments")).isEqualTo(1);
      assertThat(row.getLong("possible_sessions")).isEqualTo(4);
      assertThat(row.getLong("attendance_sessions")).isEqualTo(4);
      assertThat(row.getLong("persistent_absentees")).isZero();
      assertThat(row.next()).isFalse();
    }
  }

  @Test
  void sessionFactHasOneRowPerOnRollSessionWithMissingMarksAsNull() throws SQLException {
    // 100001: A 8, B 4, C 4, E 4 (leaves Wednesday); 100002: C 4
    assertThat(
            longs(
                "select count(*), count(*) filter (where mark is null),"
                    + " count(*) filter (where is_missing_mark), count(*) filter (where"
                    + " is_possible) from fct_session"))
        .containsExactly(24L, 1L, 1L, 17L);
  }

  @Test
  void headlineCohortTakesAgeAtThirtyFirstAugustFromTheCensus() throws SQLException {
    assertThat(
            longs(
                "select age_at_31_august, cast(in_headline_cohort as int) from"
                    + " mart_enrolment_period join dim_pupil using (pupil_key) where period_type ="
                    + " 'term' and upn in ('UPN-A', 'UPN-B') order by upn"))
        .containsExactly(4L, 0L, 5L, 1L);
    assertThat(
            longs(
                "select enrolments, possible_sessions, overall_absence_sessions from"
                    + " mart_group_period where geography_level = 'la' and cohort = 'headline'"
                    + " and dimension = 'all' and period_type = 'term'"))
        .containsExactly(1L, 3L, 1L);
  }

  @Test
  void everyPeriodOfTheWeekHoldsTheSameSessions() throws SQLException {
    assertThat(
            longs(
                "select count(distinct period_type), count(distinct possible_sessions) from"
                    + " mart_enrolment_period where urn = '100001' and pupil_key = (select"
                    + " pupil_key from dim_pupil where upn = 'UPN-A')"))
        .containsExactly(6L, 1L);
  }

  @Test
  void yearToDateAsAtAnyDateJudgesEachEnrolmentOnItsSessionsToThatDate() throws SQLException {
    // As at Wed 6th at 100001: A has / \ I I (possible 4, attending 2, authorised 2: 50%, PA and
    // severe) and E has / \ / M (possible 4, attending 3, authorised 1: 25%, PA); B and C are not
    // admitted yet, so 100002 has no row and the headline cohort (B) is empty.
    assertThat(
            longs(
                "select enrolments, possible_sessions, attendance_sessions,"
                    + " authorised_absence_sessions, unauthorised_absence_sessions,"
                    + " persistent_absentees, severe_absentees from"
                    + " group_period_year_to_date(date '2023-09-06') where geography_level ="
                    + " 'school' and cohort = 'all_enrolments' and dimension = 'all'"))
        .containsExactly(2L, 8L, 5L, 3L, 0L, 2L, 1L);
    try (Statement sql = connection.createStatement();
        ResultSet row =
            sql.executeQuery(
                "select period_id, period_start, period_end, overall_absence_rate_pct,"
                    + " persistent_absence_rate_pct from group_period_year_to_date(date '2023-09-06') where geography_level"
                    + " = 'la' and cohort = 'all_enrolments' and dimension = 'all'")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString("period_id")).isEqualTo("2023/24-ytd-2023-09-06");
      assertThat(row.getString("period_start")).isEqualTo("2023-09-01");
      assertThat(row.getString("period_end")).isEqualTo("2023-09-06");
      assertThat(row.getDouble("overall_absence_rate_pct")).isCloseTo(100.0 * 3 / 8, within(1e-9));
      assertThat(row.getDouble("persistent_absence_rate_pct")).isEqualTo(100.0);
      assertThat(row.next()).isFalse();
    }
    assertThat(
            longs(
                "select count(*) from group_period_year_to_date(date '2023-09-06')"
                    + " where cohort = 'headline' or urn = '100002'"))
        .containsExactly(0L);
  }

  @Test
  void yearToDateAsAtTheLastRegisterDateIsTheStoredYearToDate() throws SQLException {
    assertThat(
            longs(
                "select count(*), sum(possible_sessions), sum(persistent_absentees) from"
                    + " group_period_year_to_date(date '2023-09-08')"))
        .isEqualTo(
            longs(
                "select count(*), sum(possible_sessions), sum(persistent_absentees) from"
                    + " mart_group_period where period_type = 'year_to_date'"));
    assertThat(
            longs(
                "select possible_sessions, overall_absence_sessions from"
                    + " group_period_year_to_date(date '2023-09-08') where geography_level ="
                    + " 'school' and urn = '100001' and cohort = 'all_enrolments' and dimension"
                    + " = 'all'"))
        .containsExactly(13L, 5L);
  }

  @Test
  void rebuildingTheModelsGivesTheSameTables() throws SQLException {
    runModels();
    assertThat(longs("select count(*), sum(possible_sessions) from mart_school_term"))
        .containsExactly(2L, 17L);
  }
}
