package org.schoolattendance.transform.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.schoolattendance.transform.trend.MartSchoolTermFixture.AUTUMN_2024;
import static org.schoolattendance.transform.trend.MartSchoolTermFixture.THREE_SCHOOLS_TWO_TERMS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.transform.ParquetTables;
import org.schoolattendance.transform.SharedSpark;
import org.schoolattendance.transform.TransformSummary;

/**
 * End to end through Parquet files: DuckDB writes the snapshot as production does, and reads the
 * result.
 */
class TrendTransformRunnerTest {

  private static TrendTransformRunner runner;

  @TempDir Path work;

  @BeforeAll
  static void startSpark() {
    runner = new TrendTransformRunner(SharedSpark.session());
  }

  @Test
  void writesOneSortedParquetFileWithTheContractTypes() throws Exception {
    Path snapshotDir = work.resolve("snapshot");
    Path resultsDir = work.resolve("results");
    writeSnapshotWithDuckDb(snapshotDir, THREE_SCHOOLS_TWO_TERMS);

    TransformSummary summary = runner.run(snapshotDir, resultsDir);

    Path output = resultsDir.resolve("trend_la_term");
    assertThat(summary.inputRows()).isEqualTo(6);
    assertThat(summary.outputRows()).isEqualTo(4);
    assertThat(summary.output()).isEqualTo(output);
    assertThat(summary.elapsed()).isPositive();
    assertThat(parquetFilesIn(output)).hasSize(1);

    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckDb.createStatement()) {
      String result = "read_parquet('" + output.toAbsolutePath() + "/*.parquet')";
      assertThat(columnTypes(statement, result)).isEqualTo(expectedDuckDbTypes());
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT la_code, term_id, term_start, schools, possible_sessions,"
                  + " attendance_rate_pct, persistent_absence_rate_pct FROM "
                  + result)) {
        List<String> keys = new ArrayList<>();
        while (rows.next()) {
          keys.add(rows.getString("la_code") + " " + rows.getString("term_id"));
          if (keys.size() == 1) {
            assertThat(rows.getObject("term_start", LocalDate.class))
                .isEqualTo(AUTUMN_2024.start());
            assertThat(rows.getLong("schools")).isEqualTo(2);
            assertThat(rows.getLong("possible_sessions")).isEqualTo(11_000);
            assertThat(rows.getDouble("attendance_rate_pct"))
                .isCloseTo(100.0 * 10_300 / 11_000, within(1e-9));
            assertThat(rows.getDouble("persistent_absence_rate_pct")).isCloseTo(15.0, within(1e-9));
          }
        }
        assertThat(keys)
            .containsExactly(
                "202 2024/25-autumn",
                "202 2024/25-spring",
                "931 2024/25-autumn",
                "931 2024/25-spring");
      }
    }
  }

  @Test
  void aSecondRunReplacesThePreviousResult() throws Exception {
    Path snapshotDir = work.resolve("snapshot");
    Path resultsDir = work.resolve("results");
    writeSnapshotWithDuckDb(snapshotDir, THREE_SCHOOLS_TWO_TERMS);
    runner.run(snapshotDir, resultsDir);

    writeSnapshotWithDuckDb(
        snapshotDir,
        THREE_SCHOOLS_TWO_TERMS.stream().filter(r -> r.laCode().equals("931")).toList());
    TransformSummary second = runner.run(snapshotDir, resultsDir);

    assertThat(second.inputRows()).isEqualTo(2);
    assertThat(second.outputRows()).isEqualTo(2);
    assertThat(parquetFilesIn(second.output())).hasSize(1);
  }

  @Test
  void missingSnapshotFailsWithThePathItLookedFor() {
    Path snapshotDir = work.resolve("empty-snapshot");

    assertThatThrownBy(() -> runner.run(snapshotDir, work.resolve("results")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            ParquetTables.snapshotFile(snapshotDir, "mart_school_term").toString());
  }

  private static void writeSnapshotWithDuckDb(Path snapshotDir, List<SchoolTerm> rows)
      throws IOException, SQLException {
    Files.createDirectories(snapshotDir);
    Path file = ParquetTables.snapshotFile(snapshotDir, "mart_school_term");
    Files.deleteIfExists(file);
    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckDb.createStatement()) {
      statement.execute(
          "COPY ("
              + MartSchoolTermFixture.duckDbSelect(rows)
              + ") TO '"
              + file.toAbsolutePath()
              + "' (FORMAT parquet)");
    }
  }

  private static Map<String, String> columnTypes(Statement statement, String relation)
      throws SQLException {
    Map<String, String> types = new LinkedHashMap<>();
    try (ResultSet columns = statement.executeQuery("DESCRIBE SELECT * FROM " + relation)) {
      while (columns.next()) {
        types.put(columns.getString("column_name"), columns.getString("column_type"));
      }
    }
    return types;
  }

  private static Map<String, String> expectedDuckDbTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    List.of("la_code", "academic_year", "term", "term_id").forEach(c -> types.put(c, "VARCHAR"));
    types.put("term_start", "DATE");
    LaTermTrendTest.COUNT_COLUMNS.forEach(c -> types.put(c, "BIGINT"));
    LaTermTrendTest.RATE_COLUMNS.forEach(c -> types.put(c, "DOUBLE"));
    return types;
  }

  private static List<Path> parquetFilesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList();
    }
  }
}
