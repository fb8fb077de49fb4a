package org.schoolattendance.reports.school;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.schoolattendance.sql.model.ModelCatalog;
import org.schoolattendance.sql.model.ModelRunner;
import org.schoolattendance.sql.warehouse.DuckDbSettings;
import org.schoolattendance.sql.warehouse.RawSchema;
import org.schoolattendance.sql.warehouse.Warehouse;

/**
 * A small LA built by the sql module's real models from hand-made raw rows, plus an impact study
 * shaped like Spark's output. LA 307 has five primary schools (100001–100005) with 24 pupils each
 * (100005 has 3, so its groups are all small) over two academic years of three two-week terms.
 * Pupil {@code n} at a school misses session {@code k} (illness, I) when {@code (7n + 3k) mod 100 <
 * 4n}, so absence rises with {@code n}, except that pupil 23 at 100001 is coded O (absent in other
 * or unknown circumstances) instead of I; pupils 1–12 are girls, 13–24 boys; every third pupil is
 * FSM-eligible; pupil 2 has SEN support. A published England autumn 2023/24 primary figure exists,
 * so the benchmark path is exercised; no other period has one.
 *
 * <p>Spark's {@code trend_subgroup_period} holds hand-made rows: for spring 2024/25 and for the
 * 2024/25 year to date (compared with 2023/24-ytd-same-date, which the models build), 100001's
 * all-pupil differences (to the same period last year and to the LA) have intervals that include
 * zero, 100003's intervals exclude it, and 100002 and 100004 have no row; for autumn 2023/24, the
 * one period with a published England figure, 100001 has groups above and not above England and the
 * LA (see {@link #subgroupTrends}).
 */
final class PackWarehouseFixture {

  static final String LA = "307";
  static final int PUPILS = 24;

  private PackWarehouseFixture() {}

  static Path build(Path folder) throws SQLException {
    Path file = folder.resolve("warehouse.duckdb");
    if (Files.exists(file)) {
      return file;
    }
    try (Connection connection = new Warehouse(file, DuckDbSettings.defaults()).open();
        Statement sql = connection.createStatement()) {
      RawSchema.ensure(connection);
      schools(sql);
      calendar(sql);
      pupils(sql);
      marks(sql);
      contacts(sql);
      england(sql);
      new ModelRunner(ModelCatalog.fromClasspath()).run(connection, built -> {});
      impact(sql);
      subgroupTrends(sql);
    }
    return file;
  }

  /** The fixture's warehouse for this test JVM, built on first use, opened read-only. */
  static Connection openReadOnly() throws SQLException {
    Path file = build(Path.of("target", "pack-fixture-" + ProcessHandle.current().pid()));
    return new Warehouse(file, DuckDbSettings.defaults()).openReadOnly();
  }

  static String upn(String urn, int pupil) {
    return "A%s%05d".formatted(urn.substring(3), pupil) + "X";
  }

  private static void schools(Statement sql) throws SQLException {
    for (int school = 1; school <= 5; school++) {
      sql.execute(
          ("insert into raw_school values ('10000%d', '307', '200%d', 'School %s Primary',"
                  + " 'primary', 'head%d@school.example', 'clerk%d@school.example', 'W5 1AA', 1,"
                  + " 'schools.csv', %d)")
              .formatted(school, school, "ABCDE".charAt(school - 1), school, school, school + 1));
    }
  }

  private static void calendar(Statement sql) throws SQLException {
    String[][] terms = {
      {"2023/24", "autumn", "2023-09-04", "2023-09-15"},
      {"2023/24", "spring", "2024-01-08", "2024-01-19"},
      {"2023/24", "summer", "2024-04-15", "2024-04-26"},
      {"2024/25", "autumn", "2024-09-02", "2024-09-13"},
      {"2024/25", "spring", "2025-01-06", "2025-01-17"},
      {"2024/25", "summer", "2025-05-12", "2025-05-23"},
    };
    int line = 2;
    for (String[] term : terms) {
      sql.execute(
          "insert into raw_calendar values ('%s', 'term', '%s', '%s', '%s', null, 1, 'c.csv', %d)"
              .formatted(term[0], term[1], term[2], term[3], line++));
    }
  }

  private static void pupils(Statement sql) throws SQLException {
    String[][] censuses = {{"AUT", "2023", "2023-10-05"}, {"AUT", "2024", "2024-10-03"}};
    for (String[] census : censuses) {
      sql.execute(
          ("insert into raw_census_pupil select s.urn, '%s', %s, '%s', true,"
                  + " 'A' || substr(s.urn, 4) || lpad(p::varchar, 5, '0') || 'X',"
                  + " 'Surname' || p, 'Forename' || p, date '2016-01-15' + p::int,"
                  + " case when p <= 12 then 'F' else 'M' end,"
                  + " case when p %% 4 = 0 then 'BCRB' else 'WBRI' end,"
                  + " case when p %% 5 = 0 then 'POL' else 'ENG' end, p %% 3 = 0,"
                  + " case when p = 2 then 'K' else 'N' end, 'C', date '2022-09-01', null,"
                  + " case when p %% 2 = 0 then '3' else '4' end, 1, 'census.xml', '/x'"
                  + " from (select '10000' || i as urn from range(1, 6) t(i)) s,"
                  + " range(1, %d) t(p) where s.urn <> '100005' or p <= 3")
              .formatted(census[0], census[1], census[2], PUPILS + 1));
    }
  }

  private static void marks(Statement sql) throws SQLException {
    sql.execute(
        "insert into raw_mark select s.urn, 'A' || substr(s.urn, 4) || lpad(p::varchar, 5, '0')"
            + " || 'X', date '2022-09-01', null, d.day, x.session,"
            + " case when (7 * p + 3 * (row_number() over (partition by s.urn, p order by d.day,"
            + " x.session))) % 100 < p then 'I' else '/' end, null,"
            + " timestamp '2025-04-25 17:00:00', 1, 'register.csv', 0"
            + " from (select '10000' || i as urn from range(1, 6) t(i)) s,"
            + " range(1, "
            + (PUPILS + 1)
            + ") t(p),"
            + " (select c.start_date + i::int as day from raw_calendar c, range(0, 12) t(i)"
            + " where isodow(c.start_date + i::int) < 6) d,"
            + " (values ('AM'), ('PM')) x(session)"
            + " where s.urn <> '100005' or p <= 3");
    sql.execute(
        "update raw_mark set mark = 'O' where mark = 'I' and upn = '" + upn("100001", 23) + "'");
  }

  private static void contacts(Statement sql) throws SQLException {
    sql.execute(
        "insert into raw_contact select '"
            + upn("100001", 20)
            + "', '100001', date '2025-01-08', 'home_visit',"
            + " 'attendance officer', 2, true, 'low attendance', 'agreed plan', null, 1,"
            + " 'contacts.csv', 2, null, '2024/25', date '2025-04-25'");
    sql.execute(
        "insert into raw_contact select '"
            + upn("100001", 21)
            + "', '100001', date '2025-01-09', 'phone_call',"
            + " 'attendance officer', 1, false, 'low attendance', 'no answer', null, 1,"
            + " 'contacts.csv', 3, null, '2024/25', date '2025-04-25'");
  }

  private static void england(Statement sql) throws SQLException {
    String[][] cells = {
      {"attendance_perc", "94.1"},
      {"overall_absence_perc", "5.9"},
      {"authorised_absence_perc", "4.3"},
      {"unauthorised_absence_perc", "1.6"},
      {"pa_perc", "14.8"},
    };
    for (String[] cell : cells) {
      sql.execute(
          ("insert into raw_dfe_statistic values ('EES_aut_data.csv', 2, 'EES_aut_data', '202324',"
                  + " 'Autumn term', 'term', 'National', 'E92000001', null, null, null, null, null,"
                  + " 'Primary', null, 'all_pupils', '%s', %s, null, 1)")
              .formatted(cell[0], cell[1]));
    }
  }

  /**
   * Spark's {@code trend_subgroup_period}, only the columns the school packs read. Spring 2024/25
   * rows take their differences from the marts (all enrolments), so the intervals sit around the
   * differences the packs show. Autumn 2023/24 rows for 100001 are hand-made: all pupils (the phase
   * row, against England's primary schools) above England (interval 0.6 to 3.4) in overall absence
   * but not in persistent absence (−9.0 to 21.0), and not above England's all-school figure (the
   * all-pupil row, −0.2 to 2.6); boys above the LA in both measures; girls and pupils not eligible
   * for FSM not above it; FSM pupils above it but too few for Spark's analysis (is_suppressed).
   */
  private static void subgroupTrends(Statement sql) throws SQLException {
    StringBuilder columns = new StringBuilder();
    for (String measure : List.of("overall_absence", "persistent_absence")) {
      for (String column :
          List.of(
              "%s_rate_pct",
              "%s_change_pct",
              "%s_change_ci_low",
              "%s_change_ci_high",
              "la_%s_rate_pct",
              "%s_gap_to_la_pct",
              "%s_gap_to_la_pct_ci_low",
              "%s_gap_to_la_pct_ci_high",
              "national_%s_rate_pct",
              "%s_gap_to_national_pct",
              "%s_gap_to_national_pct_ci_low",
              "%s_gap_to_national_pct_ci_high")) {
        columns.append(", ").append(column.formatted(measure)).append(" double");
      }
    }
    sql.execute(
        "create table trend_subgroup_period (level varchar, la_code varchar, urn varchar,"
            + " dimension varchar, group_value varchar, period_type varchar, period_id varchar,"
            + " enrolments bigint, persistent_absentees bigint, is_suppressed boolean"
            + columns
            + ")");
    // An interval around a difference d, its half-width a share of |d|.
    sql.execute("create temp macro low_limit(d, share) as d - abs(d) * share");
    sql.execute("create temp macro high_limit(d, share) as d + abs(d) * share");
    for (String[] periods :
        List.of(
            new String[] {"term", "2024/25-spring", "term", "2023/24-spring"},
            new String[] {
              "year_to_date", "2024/25-ytd", "year_to_date_last_year", "2023/24-ytd-same-date"
            })) {
      sql.execute(
          """
        insert into trend_subgroup_period by name
        select 'school' as level, cur.la_code, cur.urn, 'all_pupils' as dimension,
          'All pupils' as group_value, cur.period_type, cur.period_id, cur.enrolments,
          cur.persistent_absentees, false as is_suppressed,
          cur.overall_absence_rate_pct,
          cur.overall_absence_rate_pct - prev.overall_absence_rate_pct
            as overall_absence_change_pct,
          la.overall_absence_rate_pct as la_overall_absence_rate_pct,
          cur.overall_absence_rate_pct - la.overall_absence_rate_pct
            as overall_absence_gap_to_la_pct,
          low_limit(overall_absence_change_pct, w.share) as overall_absence_change_ci_low,
          high_limit(overall_absence_change_pct, w.share) as overall_absence_change_ci_high,
          low_limit(overall_absence_gap_to_la_pct, w.share)
            as overall_absence_gap_to_la_pct_ci_low,
          high_limit(overall_absence_gap_to_la_pct, w.share)
            as overall_absence_gap_to_la_pct_ci_high,
          cur.persistent_absence_rate_pct
        from mart_group_period cur
        join mart_group_period prev
          using (geography_level, urn, cohort, dimension, group_value)
        join mart_group_period la on la.geography_level = 'la' and la.phase = 'all'
          and la.la_code = cur.la_code and la.cohort = cur.cohort and la.dimension = 'all'
          and la.period_type = cur.period_type and la.period_id = cur.period_id
        -- half-width as a share of the difference: 2 includes zero, 0.5 excludes it
        join (values ('100001', 2.0), ('100003', 0.5)) w(urn, share) on w.urn = cur.urn
        where cur.geography_level = 'school' and cur.cohort = 'all_enrolments'
          and cur.dimension = 'all' and cur.period_type = '%s' and cur.period_id = '%s'
          and prev.period_type = '%s' and prev.period_id = '%s'
        """
              .formatted((Object[]) periods));
    }
    sql.execute(
        """
        insert into trend_subgroup_period by name
        select 'school' as level, '307' as la_code, '100001' as urn, dimension, group_value,
          'term' as period_type, '2023/24-autumn' as period_id, enrolments, is_suppressed,
          overall_absence_rate_pct, la_overall_absence_rate_pct, overall_absence_gap_to_la_pct,
          overall_absence_gap_to_la_pct_ci_low, overall_absence_gap_to_la_pct_ci_high,
          national_overall_absence_rate_pct, overall_absence_gap_to_national_pct,
          overall_absence_gap_to_national_pct_ci_low, overall_absence_gap_to_national_pct_ci_high,
          persistent_absence_rate_pct, la_persistent_absence_rate_pct,
          persistent_absence_gap_to_la_pct, persistent_absence_gap_to_la_pct_ci_low,
          persistent_absence_gap_to_la_pct_ci_high, national_persistent_absence_rate_pct,
          persistent_absence_gap_to_national_pct, persistent_absence_gap_to_national_pct_ci_low,
          persistent_absence_gap_to_national_pct_ci_high
        from (values
          ('all_pupils', 'All pupils', 24, false, 7.9, 6.8, 1.1, -0.3, 2.5, 6.7, 1.2, -0.2, 2.6,
            20.8, 18.0, 2.8, -5.1, 10.7, 20.0, 0.8, -14.0, 15.6),
          ('sex', 'M', 12, false, 9.6, 7.0, 2.6, 0.4, 4.8, null, null, null, null,
            25.0, 16.0, 9.0, 1.2, 16.8, null, null, null, null),
          ('sex', 'F', 12, false, 6.2, 6.6, -0.4, -2.0, 1.2, null, null, null, null,
            16.7, 20.0, -3.3, -18.0, 11.4, null, null, null, null),
          ('fsm', 'FSM', 8, true, 12.5, 8.0, 4.5, 1.0, 8.0, null, null, null, null,
            37.5, 20.0, 17.5, 2.0, 33.0, null, null, null, null),
          ('fsm', 'Not FSM', 16, false, 5.6, 6.4, -0.8, -2.4, 0.8, null, null, null, null,
            12.5, 17.0, -4.5, -16.0, 7.0, null, null, null, null))
          t(dimension, group_value, enrolments, is_suppressed, overall_absence_rate_pct,
            la_overall_absence_rate_pct, overall_absence_gap_to_la_pct,
            overall_absence_gap_to_la_pct_ci_low, overall_absence_gap_to_la_pct_ci_high,
            national_overall_absence_rate_pct, overall_absence_gap_to_national_pct,
            overall_absence_gap_to_national_pct_ci_low,
            overall_absence_gap_to_national_pct_ci_high, persistent_absence_rate_pct,
            la_persistent_absence_rate_pct, persistent_absence_gap_to_la_pct,
            persistent_absence_gap_to_la_pct_ci_low, persistent_absence_gap_to_la_pct_ci_high,
            national_persistent_absence_rate_pct, persistent_absence_gap_to_national_pct,
            persistent_absence_gap_to_national_pct_ci_low,
            persistent_absence_gap_to_national_pct_ci_high)
        """);
    // The hand-made rows' counts from their rates: 5 of 24, 3 and 2 of 12, 3 of 8, 2 of 16.
    sql.execute(
        "update trend_subgroup_period set persistent_absentees ="
            + " round(persistent_absence_rate_pct * enrolments / 100)"
            + " where persistent_absentees is null");
    sql.execute(
        "insert into trend_subgroup_period select * replace ('phase' as dimension, 'primary' as"
            + " group_value, 5.9 as national_overall_absence_rate_pct, 2.0 as"
            + " overall_absence_gap_to_national_pct, 0.6 as"
            + " overall_absence_gap_to_national_pct_ci_low, 3.4 as"
            + " overall_absence_gap_to_national_pct_ci_high, 14.8 as"
            + " national_persistent_absence_rate_pct, 6.0 as"
            + " persistent_absence_gap_to_national_pct, -9.0 as"
            + " persistent_absence_gap_to_national_pct_ci_low, 21.0 as"
            + " persistent_absence_gap_to_national_pct_ci_high) from trend_subgroup_period"
            + " where period_id = '2023/24-autumn' and dimension = 'all_pupils'");
  }

  /** Spark's {@code impact_event_study} for the pooled home-visit analysis, months −3 to +6. */
  private static void impact(Statement sql) throws SQLException {
    sql.execute(
        "create table impact_event_study as select 'home_visit' as analysis, 'all' as breakdown,"
            + " 'all' as breakdown_value, m::int as relative_month, m < 0 as is_pre_period,"
            + " case when m < 0 then 0.1 * m else 4.25 end as effect_points,"
            + " case when m < 0 then 0.1 * m - 1.0 else 2.5 end as effect_ci_low,"
            + " case when m < 0 then 0.1 * m + 1.0 else 6.0 end as effect_ci_high,"
            + " 6.3 as naive_points, 5.0 as naive_ci_low, 7.6 as naive_ci_high,"
            + " 412::bigint as treated_pupils, 400::bigint as matched_treated_pupils,"
            + " 3100::bigint as comparison_matches, 9000::bigint as treated_sessions,"
            + " 200 as replicates from range(-3, 7) t(m)");
  }
}
