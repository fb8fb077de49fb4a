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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.reports.PdfText;
import org.schoolattendance.reports.pack.Pack;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackPeriod;
import org.schoolattendance.reports.pack.PackRequest;

/**
 * A year to date is compared with the year before it to the same school week. The fixture's autumn
 * 2023/24 rows become the year to date (to Tuesday 19 December 2023) and its autumn 2022/23 rows
 * become 2022/23-ytd-same-date: a year before is Monday 19 December 2022, in the school week Monday
 * 19 to Sunday 25 December 2022, so its period_end is 25 December 2022.
 */
class LaYearToDateComparisonTest {

  private static final PackPeriod YEAR_TO_DATE =
      new PackPeriod(
          "2023/24-ytd-2023-12-19",
          "2023/24 year to date (to 2023-12-19)",
          "2023/24",
          LocalDate.of(2023, 9, 1),
          LocalDate.of(2023, 12, 19),
          true);

  @TempDir Path folder;

  @Test
  void ranksSchoolsWithTheirChangeAgainstLastYearToTheSameSchoolWeek()
      throws SQLException, IOException {
    String text;
    try (Connection warehouse = LaWarehouseFixture.create(folder)) {
      try (Statement sql = warehouse.createStatement()) {
        yearToDateFromAutumn(sql);
        sql.execute(
            "insert into mart_group_period select * replace ('year_to_date_last_year' as"
                + " period_type, '2022/23-ytd-same-date' as period_id,"
                + " date '2022-12-25' as period_end)"
                + " from mart_group_period where period_id = '2022/23-autumn'");
      }
      text = render(warehouse);
    }

    // LA 6.7% against 7.0%; Alder 4.5% against 5.0%, Birch 6.2% against 6.0%. Alder's 2 and
    // Birch's 3 severely absent pupils are fewer than 5: c.
    assertThat(text)
        .contains(
            "Overall absence across the LA's 9 schools was 6.7% in the 2023/24 year to date (to"
                + " 2023-12-19), 0.3 percentage points lower than 2022/23 to 25 December 2022,"
                + " the same school week a year earlier (7.0%).")
        .contains("Alder Primary (100001) 420 4.5% 1 of 4 A 10.0% 1 of 4 A c c c -0.5")
        .contains("Birch Primary (100002) 300 6.2% 3 of 4 C 15.0% 3 of 4 C c c c +0.2")
        .contains("All schools in the LA 3,863 6.7% 17.8% 2.3% -0.3")
        .contains(
            "Change: against 2022/23 to 25 December 2022, the same school week a year earlier"
                + " (n/a: not available).")
        .doesNotContain("the same period last year");
  }

  @Test
  void withoutTheComparisonRowsTheChangeIsNotAvailable() throws SQLException, IOException {
    String text;
    try (Connection warehouse = LaWarehouseFixture.create(folder)) {
      try (Statement sql = warehouse.createStatement()) {
        // A warehouse whose models predate year_to_date_last_year: the year to date only.
        yearToDateFromAutumn(sql);
      }
      text = render(warehouse);
    }

    assertThat(text)
        .contains(
            "Overall absence across the LA's 9 schools was 6.7% in the 2023/24 year to date (to"
                + " 2023-12-19).")
        .contains("Alder Primary (100001) 420 4.5% 1 of 4 A 10.0% 1 of 4 A c c c n/a")
        .contains("Change: against the same period last year (n/a: not available).")
        .doesNotContain("same school week");
  }

  private static void yearToDateFromAutumn(Statement sql) throws SQLException {
    sql.execute(
        "insert into mart_group_period select * replace ('year_to_date' as period_type,"
            + " '2023/24-ytd' as period_id, date '2023-12-19' as period_end)"
            + " from mart_group_period where period_id = '2023/24-autumn'");
  }

  private String render(Connection warehouse) throws SQLException, IOException {
    List<PackFile> files =
        new LaPacks()
            .render(
                warehouse,
                new PackRequest(null, YEAR_TO_DATE.end(), null, Set.of(Pack.LA), false),
                YEAR_TO_DATE,
                folder.resolve("packs"));
    return PdfText.all(files.get(0).path());
  }
}
