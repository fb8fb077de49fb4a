package org.schoolattendance.reports.la;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.reports.pack.Pack;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackPeriod;
import org.schoolattendance.reports.pack.PackRequest;

/** Missing inputs are a normal state: the pack says "not available" where it cannot compare. */
class LaPackNotAvailableTest {

  @TempDir Path folder;

  @Test
  void saysNotAvailableForAnUnpublishedCodeAndMissingSparkResults()
      throws SQLException, IOException {
    String text;
    try (Connection warehouse = LaWarehouseFixture.create(folder)) {
      try (Statement sql = warehouse.createStatement()) {
        for (String table :
            List.of(
                "dim_school",
                "mart_group_period",
                "mart_school_register_quality",
                "mart_absence_band")) {
          sql.execute("update " + table + " set la_code = '999'");
        }
        sql.execute("drop table trend_subgroup_period");
        sql.execute("drop table impact_event_study");
      }
      text = render(warehouse, LaWarehouseFixture.AUTUMN_2023);
    }

    assertThat(text)
        .contains("LA 999")
        .contains("Alder Primary (100001) 420 4.5% 1 of 4 A")
        // No region and no neighbours for code 999; ranked among all published LAs, now
        // including 307 (6.0): 5.0, 6.0, 6.4, 6.6, 7.0, 8.0 → 4 of 6; Q3 = 6.9 → band C.
        .contains("Overall absence, total 6.6% 6.9% n/a n/a n/a -0.3 4 of 6 C")
        .contains("Region: not available (the LA code matches no published LA).")
        .contains(
            "Not available: the subgroup trends have not been computed (run the"
                + " transform stage).")
        .contains("Not available: the impact study has not been run")
        .contains("Hazel Academy (100010) 40 c 0 0 0 0 n/a n/a n/a");
  }

  @Test
  void comparesWithEnglandOnlyForAMatchingPeriod() throws SQLException, IOException {
    PackPeriod summer =
        new PackPeriod(
            "2022/23-summer",
            "2022/23 summer term",
            "2022/23",
            LocalDate.of(2023, 4, 17),
            LocalDate.of(2023, 7, 21),
            false);
    String text;
    try (Connection warehouse = LaWarehouseFixture.create(folder)) {
      text = render(warehouse, summer);
    }

    assertThat(text)
        .contains(
            "Not available: the DfE has published no figures for the 2022/23 summer term"
                + " among the files loaded (published periods: autumn term 2023/24; 2023/24 year"
                + " to date to 2024-01-12)");
  }

  @Test
  void comparesAYearToDateOnlyWhenTheFiguresEndOnTheAsOfDate() throws SQLException, IOException {
    PackPeriod toNovember =
        new PackPeriod(
            "2023/24-ytd-2023-11-30",
            "2023/24 year to date (to 2023-11-30)",
            "2023/24",
            LocalDate.of(2023, 9, 1),
            LocalDate.of(2023, 11, 30),
            true);
    String text;
    try (Connection warehouse = LaWarehouseFixture.create(folder)) {
      try (Statement sql = warehouse.createStatement()) {
        // The mart's year to date runs to the latest register date, 19 December.
        sql.execute(
            "insert into mart_group_period select * replace ('year_to_date' as"
                + " period_type, '2023/24-ytd' as period_id, date '2023-12-19' as period_end)"
                + " from mart_group_period where period_id = '2023/24-autumn'");
      }
      text = render(warehouse, toNovember);
    }

    assertThat(text)
        .contains(
            "Year-to-date figures run to the latest register date in the year, 19 December"
                + " 2023, not to the as-of date.")
        .contains(
            "Not available: the LA's year-to-date figures run to 19 December 2023, not to"
                + " the as-of date, so no published figure can match them.");
  }

  private Path renderTo(Connection warehouse, PackPeriod period) throws SQLException {
    List<PackFile> files =
        new LaPacks()
            .render(
                warehouse,
                new PackRequest(period.id(), null, null, Set.of(Pack.LA), false),
                period,
                folder.resolve("packs"));
    return files.get(0).path();
  }

  private String render(Connection warehouse, PackPeriod period) throws SQLException, IOException {
    try (PDDocument pdf = Loader.loadPDF(renderTo(warehouse, period).toFile())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s*\\R", " ");
    }
  }
}
