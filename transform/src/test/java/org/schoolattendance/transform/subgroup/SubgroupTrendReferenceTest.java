package org.schoolattendance.transform.subgroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.sql.snapshot.ParquetSnapshot;
import org.schoolattendance.sql.snapshot.ReferenceQueries;
import org.schoolattendance.transform.SharedSpark;
import org.schoolattendance.transform.TransformSummary;

/**
 * Spark's subgroup trends against the DuckDB reference queries over the same mart, through the
 * production Parquet path: DuckDB exports the partitioned snapshot, Spark writes results, DuckDB
 * loads them back. Counts must be identical and rates within 1e-9.
 */
class SubgroupTrendReferenceTest {

  private static final List<String> KEYS =
      List.of("level", "la_code", "urn", "dimension", "group_value", "period_type", "period_id");

  private static final List<String> COUNTS =
      List.of(
          "enrolments",
          "possible_sessions",
          "attendance_sessions",
          "authorised_absence_sessions",
          "unauthorised_absence_sessions",
          "overall_absence_sessions",
          "late_before_close_sessions",
          "late_after_close_sessions",
          "persistent_absentees",
          "severe_absentees",
          "rest_enrolments",
          "comparison_period_id",
          "prev_enrolments");

  private static final List<String> RATES =
      List.of(
          "attendance_rate_pct",
          "overall_absence_rate_pct",
          "authorised_absence_rate_pct",
          "unauthorised_absence_rate_pct",
          "persistent_absence_rate_pct",
          "severe_absence_rate_pct",
          "late_before_close_rate_pct",
          "late_after_close_rate_pct",
          "overall_absence_gap_to_rest_pct",
          "persistent_absence_gap_to_rest_pct",
          "prev_overall_absence_rate_pct",
          "overall_absence_change_pct",
          "overall_absence_change_ci_low",
          "overall_absence_change_ci_high",
          "persistent_absence_change_pct",
          "severe_absence_change_pct");

  @TempDir static Path work;

  private static Connection duckDb;
  private static List<TransformSummary> summaries;

  @BeforeAll
  static void runSparkAndLoadResultsBack() throws Exception {
    duckDb = DriverManager.getConnection("jdbc:duckdb:");
    EnrolmentPeriodSnapshot.create(duckDb);
    Path snapshot = EnrolmentPeriodSnapshot.export(duckDb, work.resolve("snapshot"));
    writeNationalFigures(snapshot.getParent());
    summaries =
        new SubgroupTrendRunner(SharedSpark.session(), TrendSettings.defaults())
            .run(snapshot.getParent(), work.resolve("results"));
    for (TransformSummary summary : summaries) {
      ParquetSnapshot.load(duckDb, summary.output(), summary.output().getFileName().toString());
    }
  }

  @AfterAll
  static void close() throws SQLException {
    duckDb.close();
  }

  @Test
  void sparkReadsEveryRowOfThePartitionedSnapshot() throws SQLException {
    long martRows = single("select count(*) from mart_enrolment_period");

    assertThat(work.resolve("snapshot/mart_enrolment_period/year_key=2023-24")).isDirectory();
    assertThat(work.resolve("snapshot/mart_enrolment_period/year_key=2024-25")).isDirectory();
    assertThat(summaries).extracting(TransformSummary::inputRows).containsOnly(martRows);
  }

  @Test
  void everyCountAndRateEqualsTheSqlReference() throws SQLException {
    long reference = single("select count(*) from (" + ReferenceQueries.SUBGROUP_TREND.sql() + ")");
    long spark = single("select count(*) from trend_subgroup_period");
    // Two LAs; 2023/24 has 3 terms, the year and year to date, 2024/25 has 2 terms, year, ytd.
    long laAllPupils =
        single(
            "select count(*) from trend_subgroup_period"
                + " where level = 'la' and dimension = 'all_pupils'");

    assertThat(laAllPupils).isEqualTo(2 * (5 + 4));
    assertThat(spark).isEqualTo(reference);
    assertThat(
            mismatches(
                ReferenceQueries.SUBGROUP_TREND.sql(), "trend_subgroup_period", COUNTS, RATES))
        .isZero();
  }

  @Test
  void aYearToDateIsComparedWithTheEarlierYearToTheSameDate() throws SQLException {
    // LA 202's headline cohort in 2023/24-ytd-same-date, straight from the fixture mart
    String earlier =
        " from mart_enrolment_period where in_headline_cohort and la_code = '202'"
            + " and period_id = '2023/24-ytd-same-date'";
    long earlierEnrolments = single("select count(*)" + earlier);
    long laChangeOff =
        single(
            "select count(*) from trend_subgroup_period t, (select"
                + " 100.0 * sum(overall_absence_sessions) / sum(possible_sessions) as rate"
                + earlier
                + ") e where t.level = 'la' and t.la_code = '202' and t.dimension = 'all_pupils'"
                + " and t.period_id = '2024/25-ytd'"
                + " and not (t.comparison_period_id = '2023/24-ytd-same-date'"
                + " and t.prev_enrolments = "
                + earlierEnrolments
                + " and abs(t.overall_absence_change_pct - (t.overall_absence_rate_pct - e.rate))"
                + " < 1e-9 and t.overall_absence_change_ci_low < t.overall_absence_change_pct"
                + " and t.overall_absence_change_ci_high > t.overall_absence_change_pct"
                + " and t.overall_absence_change_p is not null)");
    // Groups every school and LA has in both years: all pupils (2 LAs, 5 schools), sex (twice
    // that) and phase (one per school; LA 202 has three phases, LA 931 one)
    String broadGroups =
        "select count(*) from trend_subgroup_period where period_id = '2024/25-ytd'"
            + " and dimension in ('all_pupils', 'sex', 'phase')";
    long broadChanges =
        single(
            broadGroups
                + " and comparison_period_id = '2023/24-ytd-same-date'"
                + " and overall_absence_change_pct is not null"
                + " and persistent_absence_change_pct is not null"
                + " and severe_absence_change_pct is not null");
    long reportedComparisons =
        single(
            "select count(*) from trend_subgroup_period"
                + " where period_type = 'year_to_date_last_year'"
                + " or (period_id = '2023/24-ytd' and comparison_period_id is not null)");

    assertThat(earlierEnrolments).isGreaterThan(100);
    assertThat(laChangeOff).isZero();
    assertThat(single(broadGroups)).isEqualTo(7 + 14 + 9);
    assertThat(broadChanges).isEqualTo(7 + 14 + 9);
    assertThat(reportedComparisons)
        .as("comparison periods are not reported; 2023/24 has no earlier year")
        .isZero();
  }

  @Test
  void laCellsAreTheSumOfTheirSchools() throws SQLException {
    long unbalanced =
        single(
            "select count(*) from trend_subgroup_period la join ("
                + " select la_code, dimension, group_value, period_id, sum(enrolments) e,"
                + " sum(possible_sessions) p, sum(overall_absence_sessions) a"
                + " from trend_subgroup_period where level = 'school' group by all) s"
                + " using (la_code, dimension, group_value, period_id)"
                + " where la.level = 'la' and (la.enrolments <> s.e or la.possible_sessions <> s.p"
                + " or la.overall_absence_sessions <> s.a)");

    assertThat(unbalanced).isZero();
  }

  @Test
  void absenceBandsEqualTheSqlReferenceAndSumToEnrolments() throws SQLException {
    String dimensions = " where dimension in ('all_pupils', 'sex')";
    long reference = single("select count(*) from (" + ReferenceQueries.ABSENCE_BANDS.sql() + ")");
    long spark = single("select count(*) from trend_absence_band" + dimensions);
    long bandTotalsOff =
        single(
            "select count(*) from trend_subgroup_period t join ("
                + " select level, la_code, urn, dimension, group_value, period_id,"
                + " sum(enrolments) as banded from trend_absence_band group by all) b"
                + " on t.level = b.level and t.la_code = b.la_code"
                + " and t.urn is not distinct from b.urn and t.dimension = b.dimension"
                + " and t.group_value = b.group_value and t.period_id = b.period_id"
                + " where t.enrolments <> b.banded");

    assertThat(spark).isEqualTo(reference);
    assertThat(
            mismatches(
                ReferenceQueries.ABSENCE_BANDS.sql(),
                "(select * from trend_absence_band" + dimensions + ")",
                List.of("enrolments"),
                List.of(),
                "band_lower_pct"))
        .isZero();
    assertThat(bandTotalsOff).isZero();
  }

  /**
   * Published England figures as the snapshot holds them: autumn 2023/24 for all pupils and for
   * primary schools, the 2023/24 year to date ending when the fixture's does (19 July 2024), and a
   * 2024/25 year to date ending on 14 March 2025, three weeks before the fixture's (4 April).
   */
  private static void writeNationalFigures(Path snapshot) throws SQLException {
    try (Statement statement = duckDb.createStatement()) {
      statement.execute(
          "copy (select * from (values"
              + " ('term', '2023/24-autumn', null::date, 'all_pupils', 'All pupils', 5.0, 20.0,"
              + " 'aut all'),"
              + " ('term', '2023/24-autumn', null, 'phase', 'primary', 4.0, 15.0, 'aut primary'),"
              + " ('year_to_date', '2023/24-ytd', date '2024-07-19', 'all_pupils', 'All pupils',"
              + " 6.0, 21.0, 'ytd 2023'),"
              + " ('year_to_date', '2024/25-ytd', date '2025-03-14', 'all_pupils', 'All pupils',"
              + " 7.0, 22.0, 'ytd 2024'))"
              + " t(period_type, period_id, period_end, dimension, group_value,"
              + " national_overall_absence_rate_pct, national_persistent_absence_rate_pct,"
              + " national_source)) to '"
              + snapshot.resolve("national_figures.parquet")
              + "' (format parquet)");
    }
  }

  @Test
  void theGapToEnglandIsFilledOnlyWhereThePublishedPeriodMatches() throws SQLException {
    String matching =
        " from trend_subgroup_period where (dimension, group_value, period_type, period_id) in"
            + " (('all_pupils', 'All pupils', 'term', '2023/24-autumn'),"
            + " ('phase', 'primary', 'term', '2023/24-autumn'),"
            + " ('all_pupils', 'All pupils', 'year_to_date', '2023/24-ytd'))";
    long expected = single("select count(*)" + matching);
    long matched =
        single(
            "select count(*) from trend_subgroup_period"
                + " where national_comparison like 'published England figure: %'");
    long wrongGaps =
        single(
            "select count(*)"
                + matching
                + " and not (abs(overall_absence_gap_to_national_pct"
                + " - (overall_absence_rate_pct - national_overall_absence_rate_pct)) < 1e-9"
                + " and abs(overall_absence_gap_to_national_pct_ci_low"
                + " - (overall_absence_ci_low_pct - national_overall_absence_rate_pct)) < 1e-9"
                + " and abs(persistent_absence_gap_to_national_pct"
                + " - (persistent_absence_rate_pct - national_persistent_absence_rate_pct)) < 1e-9"
                + " and national_overall_absence_rate_pct = case"
                + " when period_type = 'year_to_date' then 6.0"
                + " when dimension = 'phase' then 4.0 else 5.0 end)");

    // Two LAs and the schools with pupils in each matching cell: counted from the rows themselves
    assertThat(expected).isEqualTo(2 + 5 + 2 + 3 + 2 + 5);
    assertThat(matched).isEqualTo(expected);
    assertThat(wrongGaps).isZero();
  }

  @Test
  void everyOtherRowSaysTheNationalFigureIsNotAvailable() throws SQLException {
    long notAvailable =
        single(
            "select count(*) from trend_subgroup_period"
                + " where national_comparison like 'not available: %'"
                + " and national_overall_absence_rate_pct is null"
                + " and overall_absence_gap_to_national_pct is null"
                + " and persistent_absence_gap_to_national_pct_ci_high is null");
    long total = single("select count(*) from trend_subgroup_period");
    long matched =
        single(
            "select count(*) from trend_subgroup_period"
                + " where national_overall_absence_rate_pct is not null");
    // The 2024/25 year to date has a published row, but it ends three weeks earlier than the LA's
    long laterYearToDate =
        single(
            "select count(*) from trend_subgroup_period where period_id = '2024/25-ytd'"
                + " and national_overall_absence_rate_pct is not null");

    assertThat(notAvailable).isEqualTo(total - matched);
    assertThat(laterYearToDate).isZero();
  }

  private static long mismatches(
      String referenceSql,
      String sparkTable,
      List<String> counts,
      List<String> rates,
      String... extraKeys)
      throws SQLException {
    List<String> keys = new java.util.ArrayList<>(KEYS);
    keys.addAll(List.of(extraKeys));
    String join =
        keys.stream()
            .map(k -> "r." + k + " is not distinct from s." + k)
            .collect(Collectors.joining(" and "));
    String differs =
        "s.level is null or r.level is null"
            + counts.stream()
                .map(c -> " or r." + c + " is distinct from s." + c)
                .collect(Collectors.joining())
            + rates.stream()
                .map(
                    c ->
                        " or coalesce(abs(r."
                            + c
                            + " - s."
                            + c
                            + ") > 1e-9, r."
                            + c
                            + " is distinct from s."
                            + c
                            + ")")
                .collect(Collectors.joining());
    return single(
        "select count(*) from ("
            + referenceSql
            + ") r full join "
            + sparkTable
            + " s on "
            + join
            + " where "
            + differs);
  }

  private static long single(String sql) throws SQLException {
    try (Statement statement = duckDb.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
