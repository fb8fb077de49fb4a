package org.schoolattendance.jobs.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.jobs.pipeline.TransformStage;
import org.schoolattendance.sql.warehouse.DuckDbSettings;
import org.schoolattendance.sql.warehouse.Warehouse;

/**
 * The transform stage on a hand-made warehouse: one school, one term, two enrolments.
 *
 * <pre>
 * enrolment  sex fsm  possible  absent (auth+unauth)  PA   own rate
 *     1       M   y      100        5  (3 + 2)         no    5.0%  -> band 5
 *     2       F   n       80       20  (12 + 8)        yes  25.0%  -> band 25
 * school and LA, all pupils: 2 enrolments, 180 possible, 25 absent -> 13.888..%, PA 1 of 2
 * </pre>
 *
 * With no {@code fct_contact} the impact study is skipped and says why.
 */
class TransformStageTests {

  @TempDir Path work;

  @Test
  void loadsTheTrendsBackAndNamesTheSkippedImpactStudy() throws Exception {
    Warehouse warehouse =
        new Warehouse(work.resolve("warehouse.duckdb"), DuckDbSettings.defaults());
    try (Connection connection = warehouse.open();
        Statement statement = connection.createStatement()) {
      statement.execute(MART_SCHOOL_TERM);
      statement.execute(MART_ENROLMENT_PERIOD);
    }
    TransformStage stage =
        new TransformStage(
            warehouse,
            new AttendanceProperties(
                work,
                null,
                new AttendanceProperties.Spark("local[2]", 2, work.resolve("spark")),
                null,
                null));

    TransformStage.Result result = stage.run();

    Map<String, Long> loaded =
        result.loaded().stream()
            .collect(
                Collectors.toMap(
                    TransformStage.LoadedResult::table, TransformStage.LoadedResult::rows));
    // 12 groups per level: all, sex 2, fsm 2, SEN, ethnicity major and minor, language,
    // NC year, phase, White British FSM boys; bands: 2 where both pupils are in the group.
    assertThat(result.rowsLoaded()).isEqualTo(1);
    assertThat(loaded)
        .containsEntry("trend_subgroup_period", 24L)
        .containsEntry("trend_absence_band", 38L);
    assertThat(result.skipped()).singleElement().asString().contains("home-visit impact");
    assertThat(work.resolve("snapshot/mart_enrolment_period/year_key=2024-25")).isDirectory();
    try (Connection connection = warehouse.open();
        Statement statement = connection.createStatement();
        ResultSet la =
            statement.executeQuery(
                "select enrolments, possible_sessions, overall_absence_sessions,"
                    + " overall_absence_rate_pct, persistent_absence_rate_pct, is_suppressed"
                    + " from trend_subgroup_period where level = 'la' and dimension = 'all_pupils'")) {
      assertThat(la.next()).isTrue();
      assertThat(la.getLong(1)).isEqualTo(2);
      assertThat(la.getLong(2)).isEqualTo(180);
      assertThat(la.getLong(3)).isEqualTo(25);
      assertThat(la.getDouble(4)).isCloseTo(100.0 * 25 / 180, within(1e-9));
      assertThat(la.getDouble(5)).isCloseTo(50.0, within(1e-9));
      assertThat(la.getBoolean(6)).isTrue();
      assertThat(la.next()).isFalse();
    }
    assertThat(bands(warehouse)).isEqualTo("5:1,25:1");
  }

  private static String bands(Warehouse warehouse) throws SQLException {
    try (Connection connection = warehouse.open();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select string_agg(band_lower_pct || ':' || enrolments, ',' order by band_lower_pct)"
                    + " from trend_absence_band where level = 'school' and dimension = 'all_pupils'")) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static final String MART_SCHOOL_TERM =
      """
      create table mart_school_term as select
        '307' as la_code, '100001' as urn, 'Test School' as school_name, 'secondary' as phase,
        '2024/25' as academic_year, 'autumn' as term, '2024/25-autumn' as term_id,
        date '2024-09-02' as term_start, 2::bigint as enrolments, 180::bigint as possible_sessions,
        155::bigint as attendance_sessions, 15::bigint as authorised_absence_sessions,
        10::bigint as unauthorised_absence_sessions, 25::bigint as overall_absence_sessions,
        1::bigint as persistent_absentees, 0::bigint as severe_absentees,
        100.0 * 155 / 180 as attendance_rate_pct, 100.0 * 25 / 180 as overall_absence_rate_pct,
        100.0 * 15 / 180 as authorised_absence_rate_pct,
        100.0 * 10 / 180 as unauthorised_absence_rate_pct, 50.0 as persistent_absence_rate_pct,
        0.0 as severe_absence_rate_pct
      """;

  private static final String MART_ENROLMENT_PERIOD =
      """
      create table mart_enrolment_period as
      select
        e::bigint as enrolment_key, e::bigint as pupil_key, '100001' as urn, '307' as la_code,
        'secondary' as phase, '2024/25' as academic_year, '2024-25' as year_key,
        'term' as period_type, '2024/25-autumn' as period_id, date '2024-09-02' as period_start,
        date '2024-12-20' as period_end, possible::bigint as possible_sessions,
        (possible - auth - unauth)::bigint as attendance_sessions,
        auth::bigint as authorised_absence_sessions, unauth::bigint as unauthorised_absence_sessions,
        (auth + unauth)::bigint as overall_absence_sessions, 0::bigint as late_before_close_sessions,
        0::bigint as late_after_close_sessions, (auth + unauth) >= 0.1 * possible
          as is_persistent_absentee, (auth + unauth) >= 0.5 * possible as is_severe_absentee,
        true as in_headline_cohort, 12 as age_at_31_august, '8' as nc_year, sex,
        fsm as fsm_eligible, 'N' as sen_provision, 'WBRI' as ethnicity_minor,
        'White' as ethnicity_major, 'English' as first_language_group,
        date '2024-10-03' as characteristics_as_of
      from (values (1, 100, 3, 2, 'M', true), (2, 80, 12, 8, 'F', false))
        as t(e, possible, auth, unauth, sex, fsm)
      """;
}
