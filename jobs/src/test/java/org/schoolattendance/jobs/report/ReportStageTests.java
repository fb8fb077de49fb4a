package org.schoolattendance.jobs.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.jobs.pipeline.ReportStage;
import org.schoolattendance.jobs.pipeline.StageFailedException;
import org.schoolattendance.reports.pack.Pack;
import org.schoolattendance.reports.pack.PackRequest;
import org.schoolattendance.sql.warehouse.DuckDbSettings;
import org.schoolattendance.sql.warehouse.Warehouse;

/** A request the warehouse cannot answer ends before rendering, in one line saying what to do. */
class ReportStageTests {

  @TempDir Path work;

  @Test
  void aMissingWarehouseSaysWhatToRunFirst() {
    assertThatThrownBy(() -> stage().run(request(null, null)))
        .isInstanceOf(StageFailedException.class)
        .hasMessageStartingWith("report: nothing to report yet: ")
        .hasMessageEndingWith(
            "warehouse.duckdb does not exist; run ingest and model first (or demo)");
  }

  @Test
  void aWarehouseWithoutModelsSaysWhatToRunFirst() throws Exception {
    sql("create table raw_mark (urn varchar)");

    assertThatThrownBy(() -> stage().run(request(null, null)))
        .hasMessage(
            "report: nothing to report yet: the warehouse has no models; run ingest and model"
                + " first (or demo)");
  }

  @Test
  void anUnknownTermIsNamedWithTheTermsThatHaveFigures() throws Exception {
    builtWarehouse();

    assertThatThrownBy(() -> stage().run(request("2025/26-autumn", null)))
        .hasMessage(
            "report: no figures for term 2025/26-autumn; give a term such as 2024/25-spring"
                + " (terms with figures: 2024/25-autumn, 2024/25-spring)");
  }

  @Test
  void anUnknownSchoolIsNamed() throws Exception {
    builtWarehouse();

    assertThatThrownBy(() -> stage().run(request("2024/25-autumn", "999999")))
        .hasMessage("report: no school with URN 999999 in the school directory (dim_school)");
  }

  @Test
  void deliverWithoutAReportRunSaysToRunReportFirst() {
    assertThatThrownBy(() -> stage().findRendered())
        .hasMessageStartingWith("deliver: no packs to deliver: ")
        .hasMessageEndingWith("manifest.tsv is missing; run report first");
  }

  private void builtWarehouse() throws Exception {
    sql(
        "create table dim_school (urn varchar, head_email varchar, clerk_email varchar)",
        "insert into dim_school values ('100001', 'h@a.example', 'c@a.example')",
        "create table mart_school_term (urn varchar, term_id varchar, term_start date)",
        "insert into mart_school_term values ('100001', '2024/25-spring', date '2025-01-06'),"
            + " ('100001', '2024/25-autumn', date '2024-09-02')");
  }

  private void sql(String... statements) throws Exception {
    try (Connection connection = warehouse().open();
        Statement sql = connection.createStatement()) {
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }

  private Warehouse warehouse() {
    return new Warehouse(work.resolve("warehouse.duckdb"), DuckDbSettings.defaults());
  }

  private ReportStage stage() {
    return new ReportStage(warehouse(), new AttendanceProperties(work, null, null, null, null));
  }

  private static PackRequest request(String term, String urn) {
    return new PackRequest(term, (LocalDate) null, urn, EnumSet.allOf(Pack.class), true);
  }
}
