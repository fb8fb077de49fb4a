package org.schoolattendance.transform.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.schoolattendance.transform.trend.MartSchoolTermFixture.AUTUMN_2024;
import static org.schoolattendance.transform.trend.MartSchoolTermFixture.THREE_SCHOOLS_TWO_TERMS;

import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schoolattendance.transform.SharedSpark;

class LaTermTrendTest {

  private static final double TOLERANCE = 1e-9;

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SharedSpark.session();
  }

  @Test
  void sumsCountsPerLaAndTermInLaThenTermOrder() {
    List<Row> rows = trendOf(THREE_SCHOOLS_TWO_TERMS);

    assertThat(rows)
        .extracting(r -> r.getAs("la_code") + " " + r.getAs("term_id"))
        .containsExactly(
            "202 2024/25-autumn", "202 2024/25-spring", "931 2024/25-autumn", "931 2024/25-spring");
    Row laAutumn = rows.get(0);
    assertThat(laAutumn.<String>getAs("academic_year")).isEqualTo("2024/25");
    assertThat(laAutumn.<String>getAs("term")).isEqualTo("autumn");
    assertThat(laAutumn.<Date>getAs("term_start").toLocalDate()).isEqualTo(AUTUMN_2024.start());
    assertThat(counts(laAutumn))
        .containsExactly(2L, 120L, 11_000L, 10_300L, 420L, 280L, 700L, 18L, 3L);
    assertThat(counts(rows.get(1)))
        .containsExactly(2L, 120L, 9_900L, 9_090L, 510L, 300L, 810L, 21L, 3L);
    assertThat(counts(rows.get(2)))
        .containsExactly(1L, 50L, 4_000L, 3_700L, 200L, 100L, 300L, 5L, 0L);
  }

  @Test
  void ratesAreRatiosOfSumsNotMeansOfSchoolRates() {
    Map<String, Row> byTerm =
        trendOf(THREE_SCHOOLS_TWO_TERMS).stream()
            .filter(r -> r.getAs("la_code").equals("202"))
            .collect(Collectors.toMap(r -> r.getAs("term"), r -> r));

    Row autumn = byTerm.get("autumn");
    assertRate(autumn, "attendance_rate_pct", 100.0 * 10_300 / 11_000);
    assertRate(autumn, "overall_absence_rate_pct", 100.0 * 700 / 11_000);
    assertRate(autumn, "authorised_absence_rate_pct", 100.0 * 420 / 11_000);
    assertRate(autumn, "unauthorised_absence_rate_pct", 100.0 * 280 / 11_000);
    assertRate(autumn, "persistent_absence_rate_pct", 15.0);
    assertRate(autumn, "severe_absence_rate_pct", 2.5);
    assertThat(autumn.<Double>getAs("attendance_rate_pct")).isNotCloseTo(87.5, within(1.0));

    Row spring = byTerm.get("spring");
    assertRate(spring, "attendance_rate_pct", 100.0 * 9_090 / 9_900);
    assertRate(spring, "overall_absence_rate_pct", 100.0 * 810 / 9_900);
    assertRate(spring, "authorised_absence_rate_pct", 100.0 * 510 / 9_900);
    assertRate(spring, "unauthorised_absence_rate_pct", 100.0 * 300 / 9_900);
    assertRate(spring, "persistent_absence_rate_pct", 17.5);
    assertRate(spring, "severe_absence_rate_pct", 2.5);
  }

  @Test
  void singleSchoolLaKeepsTheSchoolsOwnRates() {
    Row autumn = trendOf(THREE_SCHOOLS_TWO_TERMS).get(2);

    assertRate(autumn, "attendance_rate_pct", 92.5);
    assertRate(autumn, "overall_absence_rate_pct", 7.5);
    assertRate(autumn, "authorised_absence_rate_pct", 5.0);
    assertRate(autumn, "unauthorised_absence_rate_pct", 2.5);
    assertRate(autumn, "persistent_absence_rate_pct", 10.0);
    assertRate(autumn, "severe_absence_rate_pct", 0.0);
  }

  @Test
  void zeroPossibleSessionsAndEnrolmentsGiveNullRatesNotAnError() {
    List<SchoolTerm> input =
        List.of(
            AUTUMN_2024.school("202", "100001", "Primary", 0, 0, 0, 0, 0, 0, 0),
            AUTUMN_2024.school("931", "200001", "Primary", 50, 4_000, 3_700, 200, 100, 5, 0));

    List<Row> rows = trendOf(input);

    Row empty = rows.get(0);
    assertThat(empty.<String>getAs("la_code")).isEqualTo("202");
    assertThat(counts(empty)).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    for (String rate : RATE_COLUMNS) {
      assertThat(empty.isNullAt(empty.fieldIndex(rate))).as(rate).isTrue();
    }
    assertRate(rows.get(1), "attendance_rate_pct", 92.5);
  }

  @Test
  void outputHasTheContractColumnsAndTypes() {
    Dataset<Row> trend =
        LaTermTrend.apply(MartSchoolTermFixture.dataset(spark, THREE_SCHOOLS_TWO_TERMS));

    assertThat(trend.schema().fields())
        .extracting(StructField::name, StructField::dataType)
        .containsExactlyElementsOf(
            EXPECTED_SCHEMA.entrySet().stream().map(e -> tuple(e.getKey(), e.getValue())).toList());
  }

  static final List<String> COUNT_COLUMNS =
      List.of(
          "schools",
          "enrolments",
          "possible_sessions",
          "attendance_sessions",
          "authorised_absence_sessions",
          "unauthorised_absence_sessions",
          "overall_absence_sessions",
          "persistent_absentees",
          "severe_absentees");

  static final List<String> RATE_COLUMNS =
      List.of(
          "attendance_rate_pct",
          "overall_absence_rate_pct",
          "authorised_absence_rate_pct",
          "unauthorised_absence_rate_pct",
          "persistent_absence_rate_pct",
          "severe_absence_rate_pct");

  private static final Map<String, DataType> EXPECTED_SCHEMA = expectedSchema();

  private static Map<String, DataType> expectedSchema() {
    Map<String, DataType> schema = new LinkedHashMap<>();
    schema.put("la_code", DataTypes.StringType);
    schema.put("academic_year", DataTypes.StringType);
    schema.put("term", DataTypes.StringType);
    schema.put("term_id", DataTypes.StringType);
    schema.put("term_start", DataTypes.DateType);
    COUNT_COLUMNS.forEach(c -> schema.put(c, DataTypes.LongType));
    RATE_COLUMNS.forEach(c -> schema.put(c, DataTypes.DoubleType));
    return schema;
  }

  private static List<Row> trendOf(List<SchoolTerm> input) {
    return LaTermTrend.apply(MartSchoolTermFixture.dataset(spark, input)).collectAsList();
  }

  private static List<Long> counts(Row row) {
    return COUNT_COLUMNS.stream().map(c -> row.<Long>getAs(c)).toList();
  }

  private static void assertRate(Row row, String column, double expected) {
    assertThat(row.<Double>getAs(column)).as(column).isCloseTo(expected, within(TOLERANCE));
  }
}
