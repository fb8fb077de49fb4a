package org.schoolattendance.reports.la;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.schoolattendance.reports.pack.PackPeriod;

/**
 * A small hand-made warehouse for LA 307 in the autumn term of 2023/24: the marts the LA pack reads
 * (rows as the sql module's models write them), Spark's result tables and a few published DfE rows.
 * Every expected figure in the tests is worked out by hand from these rows.
 *
 * <p>Primary schools: Damson Infants has 3 pupils (fewer than 5, so hidden) and Cedar Primary, the
 * next smallest, is hidden with it so the phase total cannot reveal Damson. Counts of persistent
 * and severe absentees are each rate's share of the pupils to the nearest pupil: Alder's, Birch's
 * and Elm's severe absentees (2, 3 and 3) are fewer than 5. Secondary: one school's name starts
 * with "=" to check the workbook never stores it as a formula.
 */
final class LaWarehouseFixture {

  static final String LA = "307";
  static final PackPeriod AUTUMN_2023 =
      new PackPeriod(
          "2023/24-autumn",
          "2023/24 autumn term",
          "2023/24",
          LocalDate.of(2023, 9, 4),
          LocalDate.of(2023, 12, 19),
          false);

  /** A pupil's identifiers: in dim_pupil only; they must appear nowhere in the pack. */
  static final String UPN = "A123456789012";

  static final String FORENAME = "Zebedee";
  static final String SURNAME = "Quartermaine";
  static final String DATE_OF_BIRTH = "2012-03-04";

  static final String FORMULA_SCHOOL = "=1+2 Formula Academy";

  private LaWarehouseFixture() {}

  static Connection create(Path folder) throws SQLException {
    Connection connection =
        DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("warehouse.duckdb"));
    try (Statement sql = connection.createStatement()) {
      for (String statement : SCHEMA.split(";\n")) {
        if (!statement.isBlank()) {
          sql.execute(statement);
        }
      }
    }
    schools(connection);
    groups(connection);
    published(connection);
    return connection;
  }

  private static final String SCHEMA =
      """
      create table seed_parameter (name varchar, value varchar, meaning varchar);
      insert into seed_parameter values ('suppression_min_enrolments', '5', 'packs');
      create table dim_date (date_day date, academic_year varchar, year_start date);
      insert into dim_date values ('2023-12-19', '2023/24', '2023-09-01');
      create table dim_school (urn varchar, la_code varchar, school_name varchar, phase varchar,
        head_email varchar, latest_register_date date);
      create table dim_pupil (pupil_key bigint, upn varchar, forename varchar, surname varchar,
        date_of_birth date);
      insert into dim_pupil values (1, 'A123456789012', 'Zebedee', 'Quartermaine', '2012-03-04');
      create table mart_group_period (geography_level varchar, la_code varchar, urn varchar,
        phase varchar, cohort varchar, dimension varchar, group_value varchar,
        academic_year varchar, period_type varchar, period_id varchar, period_start date,
        period_end date, enrolments bigint, attendance_rate_pct double,
        overall_absence_rate_pct double, authorised_absence_rate_pct double,
        unauthorised_absence_rate_pct double, persistent_absence_rate_pct double,
        severe_absence_rate_pct double, persistent_absentees bigint, severe_absentees bigint);
      create table mart_school_register_quality (la_code varchar, urn varchar,
        school_name varchar, latest_register_date date, la_latest_register_date date,
        school_days_behind_la bigint, missing_mark_sessions bigint,
        overdue_missing_mark_sessions bigint, unresolved_code_sessions bigint,
        overdue_unresolved_code_sessions bigint);
      create table mart_school_census_reconciliation (urn varchar, term_id varchar,
        census_pupils bigint, pupils_with_totals_differing bigint, pupils_in_census_only bigint,
        pupils_in_register_only bigint);
      create table mart_absence_band (la_code varchar, urn varchar, geography_level varchar,
        cohort varchar, academic_year varchar, period_type varchar, period_id varchar,
        band integer, band_lower_pct double, band_upper_pct double, enrolments bigint);
      insert into mart_absence_band
        select '307', null, 'la', 'headline', '2023/24', 'term', '2023/24-autumn', b, b * 5,
          least(b * 5 + 5, 100),
          case b when 0 then 1500 when 1 then 800 when 2 then 400 when 3 then 200
            when 4 then 100 when 10 then 2 when 20 then 0 else 20 end
        from range(0, 21) t(b);
      create table fct_contact (contact_key bigint, pupil_key bigint, urn varchar,
        contact_date date, contact_type varchar, contact_mode varchar, is_in_person boolean,
        visitor_role varchar, reason varchar, staff_present integer, risk_assessed boolean,
        outcome varchar);
      insert into fct_contact
        select i, 1000 + i % 40, '100010', date '2023-10-02' + cast(i as integer),
          'home_visit', 'home_visit', true, 'EWO', 'attendance', 2, true, 'seen'
        from range(0, 60) t(i);
      insert into fct_contact values
        (100, 2000, '100001', '2023-11-01', 'phone_call', 'phone', false, 'EWO', 'attendance', 1,
          false, 'spoke'),
        (101, 2001, '100001', '2023-11-02', 'letter_1', 'letter', false, null, 'attendance', 0,
          false, 'sent'),
        (102, 2002, '100002', '2023-11-03', 'home_visit', 'home_visit', true, 'EWO',
          'attendance', 2, true, 'seen'),
        (103, 2003, '100010', '2022-11-03', 'home_visit', 'home_visit', true, 'EWO',
          'attendance', 2, true, 'last year: not counted');
      create table trend_subgroup_period (level varchar, la_code varchar, urn varchar,
        dimension varchar, group_value varchar, period_type varchar, period_id varchar,
        enrolments bigint, rest_enrolments bigint, overall_absence_rate_pct double,
        overall_absence_gap_to_rest_pct double, overall_absence_gap_to_rest_pct_ci_low double,
        overall_absence_gap_to_rest_pct_ci_high double, is_suppressed boolean);
      insert into trend_subgroup_period values
        ('school', '307', '100001', 'fsm', 'FSM', 'term', '2023/24-autumn', 90, 330, 6.4,
          2.4, 0.8, 4.0, false),
        ('school', '307', '100002', 'fsm', 'FSM', 'term', '2023/24-autumn', 70, 230, 6.65,
          0.6, -1.1, 2.3, false),
        ('school', '307', '100004', 'fsm', 'FSM', 'term', '2023/24-autumn', 1, 2, 9.0,
          1.0, -20, 22, true),
        ('school', '307', '100010', 'sex', 'M', 'term', '2023/24-autumn', 498, 502, 8.9,
          1.56, 0.4, 2.7, false),
        ('la', '307', null, 'all_pupils', 'All pupils', 'term', '2023/24-autumn', 3263, 0,
          6.6, null, null, null, false),
        ('la', '307', null, 'fsm', 'FSM', 'term', '2023/24-autumn', 700, 2563, 8.0, 1.8, 1.0,
          2.6, false),
        ('la', '307', null, 'fsm', 'Not FSM', 'term', '2023/24-autumn', 2563, 700, 6.2, -1.8,
          -2.6, -1.0, false),
        ('la', '307', null, 'sex', 'M', 'term', '2023/24-autumn', 1630, 1633, 6.7, 0.2, -0.3,
          0.7, false),
        ('la', '307', null, 'sex', 'F', 'term', '2023/24-autumn', 1633, 1630, 6.5, -0.2, -0.7,
          0.3, false);
      create table impact_event_study (analysis varchar, breakdown varchar,
        breakdown_value varchar, relative_month integer, is_pre_period boolean,
        effect_points double, effect_ci_low double, effect_ci_high double,
        naive_points double, naive_ci_low double, naive_ci_high double, treated_pupils bigint,
        matched_treated_pupils bigint, comparison_matches bigint, treated_sessions bigint,
        replicates integer);
      insert into impact_event_study
        select 'in_person', 'all', 'all', m, m < 0,
          case when m < 0 then 0.1 * m when m = 3 then 2.14 else 1.5 + 0.1 * m end,
          case when m < 0 then -1.0 when m = 3 then 0.9 else 0.3 end,
          case when m < 0 then 1.0 when m = 3 then 3.3 else 2.9 + 0.1 * m end,
          case when m = 3 then 5.4 else 4.0 end, null, null, 140 - 5 * greatest(m, 0), 130,
          900, 5000, 200
        from range(-3, 10) t(m);
      insert into impact_event_study values
        ('placebo', 'all', 'all', 0, false, 0.0, -0.9, 0.9, 0.5, null, null, 300, 290, 2000,
          9000, 200),
        ('placebo', 'all', 'all', 3, false, 0.1, -0.8, 1.0, 0.6, null, null, 280, 270, 1900,
          8000, 200),
        ('phone', 'all', 'all', 0, false, 0.0, -1.0, 1.0, 1.0, null, null, 3, 3, 10, 90, 200),
        ('phone', 'all', 'all', 3, false, 0.2, -0.9, 1.3, 1.1, null, null, 3, 3, 10, 90, 200),
        ('in_person', 'school', '100010', 3, false, 2.5, 0.2, 4.8, 6.0, null, null, 35, 33,
          200, 1200, 200);
      create table raw_dfe_statistical_neighbour (la_code varchar, la_name varchar,
        neighbour_rank integer, neighbour_la_code varchar, neighbour_la_name varchar);
      insert into raw_dfe_statistical_neighbour values
        ('307', 'Ealing', 1, '304', 'Brent'), ('307', 'Ealing', 2, '306', 'Croydon'),
        ('307', 'Ealing', 3, '313', 'Hounslow');
      create table raw_dfe_statistic (source_file varchar, source_line bigint, dataset varchar,
        time_period varchar, time_identifier varchar, period_type varchar,
        geographic_level varchar, country_code varchar, region_code varchar,
        region_name varchar, la_code varchar, new_la_code varchar, la_name varchar,
        school_type varchar, characteristic varchar, population varchar, measure varchar,
        value double, symbol varchar);
      """;

  private static void schools(Connection connection) throws SQLException {
    school(connection, "100001", "Alder Primary", "primary", 420, 4.5, 10.0, 0.5, 5.0);
    school(connection, "100002", "Birch Primary", "primary", 300, 6.2, 15.0, 1.0, 6.0);
    school(connection, "100003", "Cedar Primary", "primary", 210, 5.1, 12.0, 2.0, null);
    school(connection, "100004", "Damson Infants", "primary", 3, 9.0, 33.3, 0.0, null);
    school(connection, "100006", "Elm Primary", "primary", 250, 5.8, 14.0, 1.2, 5.9);
    school(connection, "100007", "Fir Primary", "primary", 280, 7.0, 20.0, 3.0, 7.5);
    school(connection, "100010", "Hazel Academy", "secondary", 1000, 8.1, 22.0, 3.5, 8.0);
    school(connection, "100011", "Ivy High", "secondary", 800, 7.4, 19.0, 2.8, 7.4);
    school(connection, "100012", FORMULA_SCHOOL, "secondary", 600, 6.9, 18.0, 2.0, 7.0);
    try (Statement sql = connection.createStatement()) {
      sql.execute("update dim_school set latest_register_date = '2023-12-12' where urn = '100007'");
      sql.execute(
          "insert into mart_school_register_quality select la_code, urn, school_name,"
              + " latest_register_date, date '2023-12-19',"
              + " case when urn = '100007' then 5 else 0 end,"
              + " case when urn = '100002' then 12 else 0 end,"
              + " case when urn = '100002' then 4 else 0 end,"
              + " case when urn = '100010' then 30 else 2 end,"
              + " case when urn = '100010' then 9 else 0 end from dim_school");
      sql.execute(
          "insert into mart_school_census_reconciliation values"
              + " ('100001', '2023/24-autumn', 418, 3, 1, 2),"
              + " ('100001', '2022/23-summer', 410, 9, 0, 0),"
              + " ('100010', '2022/23-summer', 990, 7, 2, 1)");
    }
  }

  private static void school(
      Connection connection,
      String urn,
      String name,
      String phase,
      long pupils,
      double overall,
      double persistent,
      double severe,
      Double previousOverall)
      throws SQLException {
    insert(
        connection,
        "insert into dim_school values (?, '307', ?, ?, 'head@school.example', date '2023-12-19')",
        urn,
        name,
        phase);
    group(
        connection,
        "school",
        urn,
        phase,
        "all_enrolments",
        "2023/24-autumn",
        pupils,
        overall,
        persistent,
        severe);
    if (previousOverall != null) {
      group(
          connection,
          "school",
          urn,
          phase,
          "all_enrolments",
          "2022/23-autumn",
          pupils,
          previousOverall,
          persistent,
          severe);
    }
  }

  /**
   * LA and LA-phase rows: all enrolments for the ranking table, the headline cohort for England.
   */
  private static void groups(Connection connection) throws SQLException {
    group(connection, "la", null, "all", "all_enrolments", "2023/24-autumn", 3863, 6.7, 17.8, 2.3);
    group(connection, "la", null, "all", "all_enrolments", "2022/23-autumn", 3800, 7.0, 18.0, 2.4);
    group(
        connection,
        "la_phase",
        null,
        "primary",
        "all_enrolments",
        "2023/24-autumn",
        1463,
        5.8,
        14.0,
        1.3);
    group(
        connection,
        "la_phase",
        null,
        "secondary",
        "all_enrolments",
        "2023/24-autumn",
        2400,
        7.6,
        20.1,
        2.9);
    group(connection, "la", null, "all", "headline", "2023/24-autumn", 3263, 6.6, 17.5, 2.2);
    group(connection, "la", null, "all", "headline", "2022/23-autumn", 3200, 6.9, 18.0, 2.3);
    group(connection, "la", null, "all", "headline", "2022/23-spring", 3210, 7.3, 19.0, 2.4);
    group(connection, "la", null, "all", "headline", "2022/23-summer", 3190, 6.1, 16.0, 2.1);
    group(
        connection,
        "la_phase",
        null,
        "primary",
        "headline",
        "2023/24-autumn",
        1263,
        5.9,
        13.0,
        1.2);
    group(
        connection,
        "la_phase",
        null,
        "secondary",
        "headline",
        "2023/24-autumn",
        2000,
        7.8,
        21.0,
        3.0);
    try (Statement sql = connection.createStatement()) {
      sql.execute(
          "update mart_group_period set authorised_absence_rate_pct = overall_absence_rate_pct"
              + " * 0.7, unauthorised_absence_rate_pct = overall_absence_rate_pct * 0.3");
    }
  }

  private static void group(
      Connection connection,
      String level,
      String urn,
      String phase,
      String cohort,
      String periodId,
      long pupils,
      double overall,
      double persistent,
      double severe)
      throws SQLException {
    String year = periodId.substring(0, 7);
    LocalDate start =
        switch (periodId.substring(8)) {
          case "autumn" -> LocalDate.of(Integer.parseInt(year.substring(0, 4)), 9, 4);
          case "spring" -> LocalDate.of(Integer.parseInt(year.substring(0, 4)) + 1, 1, 4);
          default -> LocalDate.of(Integer.parseInt(year.substring(0, 4)) + 1, 4, 17);
        };
    insert(
        connection,
        "insert into mart_group_period values (?, '307', ?, ?, ?, 'all', 'all', ?, 'term', ?, ?, ?,"
            + " ?, ?, ?, null, null, ?, ?, ?, ?)",
        level,
        urn,
        phase,
        cohort,
        year,
        periodId,
        start,
        start.plusWeeks(15),
        pupils,
        100 - overall,
        overall,
        persistent,
        severe,
        pupilsAt(persistent, pupils),
        pupilsAt(severe, pupils));
  }

  /** The pupils a share counts, to the nearest pupil (Alder's 0.5% severe of 420 is 2). */
  private static long pupilsAt(double percent, long pupils) {
    return Math.round(percent * pupils / 100);
  }

  private static void insert(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 1, values[i]);
      }
      insert.execute();
    }
  }

  /**
   * Autumn 2023/24 as the DfE published it (values chosen for the test): England 6.9%, London 6.2%;
   * LAs 201 5.0, 202 8.0, 304 6.4, 306 7.0, 313 suppressed (c); 307's own published 6.0 is replaced
   * by the LA's figure from its registers.
   */
  private static void published(Connection connection) throws SQLException {
    String file = "attendance-2023-24-to-2024-01-12/EES_aut_data.csv";
    try (Statement sql = connection.createStatement()) {
      sql.execute(
          "insert into raw_dfe_statistic (source_file, source_line, dataset, time_period,"
              + " time_identifier, period_type, geographic_level, region_name, la_code,"
              + " school_type, characteristic, population, measure, value, symbol)"
              + " select '"
              + file
              + "', 2, 'EES_aut_data', '202324', 'Autumn term', 'term', level,"
              + " region, la, type, null, 'all_pupils', measure, value, symbol from (values"
              + " ('National', null, null, 'Total', 'overall_absence_perc', 6.9, null),"
              + " ('National', null, null, 'Primary', 'overall_absence_perc', 5.5, null),"
              + " ('National', null, null, 'Secondary', 'overall_absence_perc', 8.4, null),"
              + " ('National', null, null, 'Total', 'pa_perc', 20.3, null),"
              + " ('Regional', 'London', null, 'Total', 'overall_absence_perc', 6.2, null),"
              + " ('Regional', 'North West', null, 'Total', 'overall_absence_perc', 7.7, null),"
              + " ('Local authority', 'London', '307', 'Total', 'overall_absence_perc', 6.0,"
              + " null),"
              + " ('Local authority', 'London', '304', 'Total', 'overall_absence_perc', 6.4,"
              + " null),"
              + " ('Local authority', 'London', '306', 'Total', 'overall_absence_perc', 7.0,"
              + " null),"
              + " ('Local authority', 'London', '313', 'Total', 'overall_absence_perc', null,"
              + " 'c'),"
              + " ('Local authority', 'London', '201', 'Total', 'overall_absence_perc', 5.0,"
              + " null),"
              + " ('Local authority', 'North West', '202', 'Total', 'overall_absence_perc', 8.0,"
              + " null)) t(level, region, la, type, measure, value, symbol)");
      sql.execute(
          "insert into raw_dfe_statistic (source_file, source_line, dataset, time_period,"
              + " time_identifier, period_type, geographic_level, school_type, population,"
              + " measure, value) values ('attendance-2023-24-to-2024-01-12/EES_ytd_data.csv',"
              + " 2, 'EES_ytd_data', '202324', 'Academic year', 'year_to_date', 'National',"
              + " 'Total', 'all_pupils', 'overall_absence_perc', 6.8)");
    }
  }
}
