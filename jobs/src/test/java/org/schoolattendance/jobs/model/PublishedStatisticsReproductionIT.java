package org.schoolattendance.jobs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolattendance.jobs.model.ModelledWarehouse.single;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The DfE files the product ships, loaded by the real ingest and recomputed by the marts' own
 * measure macros (mart_published_reproduction). Every rate reproduces to its published precision
 * except the classes the data README (ingest/src/main/resources/dfe/README.md and the shared copy
 * it was taken from) says cannot; those are counted here, with the counts derived from the README's
 * own row counts, never skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedStatisticsReproductionIT {

  private Connection connection;
  private Statement sql;

  @BeforeAll
  void open() throws Exception {
    connection = ModelledWarehouse.get().open();
    sql = connection.createStatement();
  }

  @AfterAll
  void close() throws Exception {
    sql.close();
    connection.close();
  }

  @Test
  void everyPublishedRateCellWithADefinitionHasOneRow() throws Exception {
    assertThat(count("true"))
        .isEqualTo(
            single(
                sql,
                "select count(*) from raw_dfe_statistic as cell join (select unnest(string_split("
                    + "datasets, '|')) as dataset, rate_measure from seed_dfe_published_rate) as"
                    + " defined on defined.dataset = cell.dataset and defined.rate_measure ="
                    + " lower(cell.measure)"));
  }

  @Test
  void noRateThatCanBeCheckedFailsItsCheck() throws Exception {
    assertThat(count("reproduces = false")).isZero();
    assertThat(
            count(
                "reproduces is null and reproduction_class in ('same_definition',"
                    + " 'enrolment_weighted_total', 'half_way_rounding')"))
        .isZero();
  }

  @Test
  void nationalCharacteristicsReproduceExceptPersistentAbsenceOverRoundedEnrolments()
      throws Exception {
    String file = "dataset = 'absence_natcharacteristics' and ";
    // 1,308 rows with values (one of the 1,309 is x throughout) x 6 session rates.
    assertThat(count(file + "reproduction_class = 'same_definition' and reproduces"))
        .isEqualTo(1_308 * 6);
    assertThat(count(file + "reproduction_class = 'rate_not_published'")).isEqualTo(7);
    // Enrolment counts are rounded to 5: 246 of the 1,308 persistent absence rates do not
    // reproduce from them (README), the rest still round to the published value.
    assertThat(count(file + "reproduction_class = 'rounded_counts'")).isEqualTo(1_308);
    assertThat(count(file + "reproduction_class = 'rounded_counts' and" + differsWhenRounded()))
        .isEqualTo(246);
  }

  @Test
  void attendanceDashboardPhaseRowsReproduceAndTotalsAreEnrolmentWeightedMeans() throws Exception {
    // Phase rows: 2022/23 year to date 487 rows less 10 totals (England and 9 regions) x 17
    // rates; weekly 2,916 rows less 6 x 10 totals x 17, less week 42's 6 rows with no possible
    // sessions (z); 2023/24 year to date and autumn 493 less 10 totals x (16 rates + persistent
    // absence), less the 8 single-school rows published as c.
    assertThat(count("dataset like 'EES%' and reproduction_class = 'same_definition'"))
        .isEqualTo(477 * 17 + (2_856 * 17 - 6 * 17) + 2 * (483 * 17 - 8 * 17));
    assertThat(count("dataset like 'EES%' and reproduction_class = 'rate_not_published'"))
        .isEqualTo(6 * 17 + 2 * 8 * 17);
    // Totals: 10 geographies x 17 rates in the 2022/23 year to date, 6 weeks of it, and the
    // 2023/24 year to date and autumn term.
    assertThat(count("reproduction_class = 'enrolment_weighted_total' and reproduces"))
        .isEqualTo(170 + 6 * 170 + 2 * 170);
    // Pooled, the England total is not the published figure (6.33907 against 6.36441).
    assertThat(
            single(
                sql,
                "select round(recomputed_pct, 5) * 100000 from mart_published_reproduction where"
                    + " source_file = 'attendance-2022-23-to-2022-10-21/EES_ytd_data.csv' and"
                    + " geographic_level = 'National' and school_type = 'Total' and measure ="
                    + " 'overall_absence_perc'"))
        .isEqualTo(633_907);
  }

  @Test
  void childrenInNeedRatesReproduceAtLaLevelWhileRegionalCountsAreRoundedToTen() throws Exception {
    String file = "dataset = 'absence_la' and ";
    assertThat(
            count(
                file
                    + "measure = 'pt_overall' and geographic_level = 'Regional' and"
                    + " reproduction_class = 'rounded_counts' and"
                    + differsWhenRounded()))
        .isEqualTo(33);
    assertThat(
            count(
                file
                    + "geographic_level = 'Local authority' and reproduction_class ="
                    + " 'rounded_counts'"))
        .isZero();
    assertThat(count(file + "reproduction_class = 'half_way_rounding'"))
        .isEqualTo(exactlyHalfWayLocalAuthorityRates());
    // The README's example: 246 / 480 = 51.25, published as 51.2.
    assertThat(
            count(
                file
                    + "reproduction_class = 'half_way_rounding' and numerator = 246 and"
                    + " denominator = 480 and published_pct = 51.2"))
        .isPositive();
  }

  /** Counted in exact decimal arithmetic, independently of the model's floating-point rule. */
  private long exactlyHalfWayLocalAuthorityRates() throws Exception {
    long halfWay = 0;
    try (ResultSet rows =
        sql.executeQuery(
            "select numerator, denominator from mart_published_reproduction where dataset ="
                + " 'absence_la' and geographic_level = 'Local authority' and published_pct is not"
                + " null and numerator is not null and denominator > 0")) {
      while (rows.next()) {
        BigDecimal tenths =
            BigDecimal.valueOf(rows.getLong(1))
                .multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(rows.getLong(2)), 20, java.math.RoundingMode.DOWN);
        if (tenths.remainder(BigDecimal.ONE).compareTo(new BigDecimal("0.5")) == 0) {
          halfWay++;
        }
      }
    }
    return halfWay;
  }

  private static String differsWhenRounded() {
    return " recomputed_rounded_pct <> published_pct";
  }

  private long count(String where) throws Exception {
    return single(sql, "select count(*) from mart_published_reproduction where " + where);
  }
}
