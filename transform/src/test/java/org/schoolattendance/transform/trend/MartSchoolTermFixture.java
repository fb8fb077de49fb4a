package org.schoolattendance.transform.trend;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/** Builds {@code mart_school_term} inputs, as a Spark Dataset or as DuckDB SQL. */
public final class MartSchoolTermFixture {

  static final Term AUTUMN_2024 = new Term("2024/25", "autumn", LocalDate.of(2024, 9, 2));
  static final Term SPRING_2025 = new Term("2024/25", "spring", LocalDate.of(2025, 1, 6));

  /**
   * LA 202 has a large primary (100001) and a small secondary (100002) with much worse attendance;
   * LA 931 has one school (200001). Rows are deliberately out of order.
   *
   * <pre>
   * school  term    enrol possible attend auth unauth overall  PA severe | att%  PA%
   * 100001  autumn    100   10 000  9 500  300    200     500  10      1 | 95.0  10.0
   * 100002  autumn     20    1 000    800  120     80     200   8      2 | 80.0  40.0
   * 100001  spring    102    9 000  8 460  360    180     540  12      0 | 94.0  ~11.8
   * 100002  spring     18      900    630  150    120     270   9      3 | 70.0  50.0
   * 200001  autumn     50    4 000  3 700  200    100     300   5      0 | 92.5  10.0
   * 200001  spring     50    3 600  3 240  216    144     360   6      1 | 90.0  12.0
   *
   * LA 202 autumn: possible 11 000, attendance 10 300 -> 93.636..% (mean of school rates 87.5%)
   *   overall 700 -> 6.363..%, authorised 420 -> 3.818..%, unauthorised 280 -> 2.545..%
   *   enrolments 120, PA 18 -> 15.0% (mean 25.0%), severe 3 -> 2.5% (mean 5.5%)
   * LA 202 spring: possible 9 900, attendance 9 090 -> 91.818..% (mean of school rates 82.0%)
   *   overall 810 -> 8.1818..%, authorised 510 -> 5.1515..%, unauthorised 300 -> 3.0303..%
   *   enrolments 120, PA 21 -> 17.5%, severe 3 -> 2.5%
   * LA 931 has a single school, so its rates equal that school's.
   * </pre>
   */
  static final List<SchoolTerm> THREE_SCHOOLS_TWO_TERMS =
      List.of(
          SPRING_2025.school("931", "200001", "Primary", 50, 3_600, 3_240, 216, 144, 6, 1),
          SPRING_2025.school("202", "100002", "Secondary", 18, 900, 630, 150, 120, 9, 3),
          AUTUMN_2024.school("202", "100001", "Primary", 100, 10_000, 9_500, 300, 200, 10, 1),
          AUTUMN_2024.school("931", "200001", "Primary", 50, 4_000, 3_700, 200, 100, 5, 0),
          SPRING_2025.school("202", "100001", "Primary", 102, 9_000, 8_460, 360, 180, 12, 0),
          AUTUMN_2024.school("202", "100002", "Secondary", 20, 1_000, 800, 120, 80, 8, 2));

  private record Column(String name, DataType sparkType, String duckDbType) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("la_code", StringType, "VARCHAR"),
          new Column("urn", StringType, "VARCHAR"),
          new Column("school_name", StringType, "VARCHAR"),
          new Column("phase", StringType, "VARCHAR"),
          new Column("academic_year", StringType, "VARCHAR"),
          new Column("term", StringType, "VARCHAR"),
          new Column("term_id", StringType, "VARCHAR"),
          new Column("term_start", DateType, "DATE"),
          new Column("enrolments", LongType, "BIGINT"),
          new Column("possible_sessions", LongType, "BIGINT"),
          new Column("attendance_sessions", LongType, "BIGINT"),
          new Column("authorised_absence_sessions", LongType, "BIGINT"),
          new Column("unauthorised_absence_sessions", LongType, "BIGINT"),
          new Column("overall_absence_sessions", LongType, "BIGINT"),
          new Column("persistent_absentees", LongType, "BIGINT"),
          new Column("severe_absentees", LongType, "BIGINT"),
          new Column("attendance_rate_pct", DoubleType, "DOUBLE"),
          new Column("overall_absence_rate_pct", DoubleType, "DOUBLE"),
          new Column("authorised_absence_rate_pct", DoubleType, "DOUBLE"),
          new Column("unauthorised_absence_rate_pct", DoubleType, "DOUBLE"),
          new Column("persistent_absence_rate_pct", DoubleType, "DOUBLE"),
          new Column("severe_absence_rate_pct", DoubleType, "DOUBLE"));

  private MartSchoolTermFixture() {}

  /** A school term of the mart's calendar; {@code school(...)} gives one school's row in it. */
  record Term(String academicYear, String term, LocalDate start) {

    SchoolTerm school(
        String laCode,
        String urn,
        String phase,
        long enrolments,
        long possible,
        long attendance,
        long authorised,
        long unauthorised,
        long persistent,
        long severe) {
      return new SchoolTerm(
          laCode,
          urn,
          "School " + urn,
          phase,
          academicYear,
          term,
          start,
          enrolments,
          possible,
          attendance,
          authorised,
          unauthorised,
          persistent,
          severe);
    }
  }

  /** {@link #THREE_SCHOOLS_TWO_TERMS} as a Dataset, for tests outside this package. */
  public static Dataset<Row> threeSchoolsTwoTerms(SparkSession spark) {
    return dataset(spark, THREE_SCHOOLS_TWO_TERMS);
  }

  static Dataset<Row> dataset(SparkSession spark, List<SchoolTerm> rows) {
    StructType schema = new StructType();
    for (Column column : COLUMNS) {
      schema = schema.add(column.name(), column.sparkType(), true);
    }
    List<Row> sparkRows = rows.stream().map(MartSchoolTermFixture::sparkRow).toList();
    return spark.createDataFrame(sparkRows, schema);
  }

  /** A DuckDB query returning {@code rows} with the mart's exact column types. */
  static String duckDbSelect(List<SchoolTerm> rows) {
    String values =
        rows.stream()
            .map(row -> "(" + duckDbValues(row) + ")")
            .collect(Collectors.joining(",\n  "));
    String casts =
        COLUMNS.stream()
            .map(c -> "CAST(" + c.name() + " AS " + c.duckDbType() + ") AS " + c.name())
            .collect(Collectors.joining(", "));
    String names = COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));
    return "SELECT " + casts + " FROM (VALUES\n  " + values + "\n) AS t(" + names + ")";
  }

  private static Row sparkRow(SchoolTerm row) {
    return RowFactory.create(fieldValues(row).toArray());
  }

  private static String duckDbValues(SchoolTerm row) {
    return fieldValues(row).stream()
        .map(MartSchoolTermFixture::sqlLiteral)
        .collect(Collectors.joining(", "));
  }

  private static List<Object> fieldValues(SchoolTerm row) {
    return Arrays.asList(
        row.laCode(),
        row.urn(),
        row.schoolName(),
        row.phase(),
        row.academicYear(),
        row.term(),
        row.termId(),
        Date.valueOf(row.termStart()),
        row.enrolments(),
        row.possibleSessions(),
        row.attendanceSessions(),
        row.authorisedAbsenceSessions(),
        row.unauthorisedAbsenceSessions(),
        row.overallAbsenceSessions(),
        row.persistentAbsentees(),
        row.severeAbsentees(),
        row.attendanceRatePct(),
        row.overallAbsenceRatePct(),
        row.authorisedAbsenceRatePct(),
        row.unauthorisedAbsenceRatePct(),
        row.persistentAbsenceRatePct(),
        row.severeAbsenceRatePct());
  }

  private static String sqlLiteral(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof String || value instanceof Date) {
      return "'" + value.toString().replace("'", "''") + "'";
    }
    return value.toString();
  }
}
