package org.schoolattendance.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.ingest.common.FileLoadListener;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.ingest.common.FileLoadResult.Status;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The shipped DfE files, loaded for real; expected figures are read off the published CSVs. */
@SpringJUnitConfig(IngestTestConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PublishedStatisticsTests {

  @Autowired IngestRunner runner;
  @Autowired Warehouse warehouse;
  @TempDir static Path work;

  static List<FileLoadResult> results;

  @Test
  void loadsEveryShippedFileOnceWithRowCountsThatReconcile() throws Exception {
    load();
    assertThat(results).extracting(FileLoadResult::status).containsOnly(Status.LOADED);
    assertThat(results)
        .extracting(FileLoadResult::rowsRead)
        .containsExactly(1309L, 17220L, 487L, 2916L, 493L, 493L, 618L, 618L, 152L);
    // 40 columns, 7 of them dimensions: 33 measures per row
    assertThat(
            query(
                "select count(*) from raw_dfe_statistic where dataset = 'absence_natcharacteristics'"))
        .containsExactly(String.valueOf(1309 * 33));
    List<FileLoadResult> again =
        runner.ingestPublishedStatistics(
            work.resolve("dfe"), work.resolve("m"), FileLoadListener.NONE);
    assertThat(again).isEmpty();
  }

  @Test
  void keepsGeographyPhaseCharacteristicPeriodAndPopulation() throws Exception {
    load();
    // published: 201617, National, Total, Total: sess_overall_percent 4.7, enrolments 6899770
    assertThat(
            query(
                "select measure || '=' || value from raw_dfe_statistic"
                    + " where dataset = 'absence_natcharacteristics' and time_period = '201617'"
                    + " and school_type = 'Total' and characteristic = 'Total'"
                    + " and measure in ('enrolments', 'sess_overall_percent') order by measure"))
        .containsExactly("enrolments=6899770.0", "sess_overall_percent=4.7");
    assertThat(
            query(
                "select distinct period_type || '/' || population from raw_dfe_statistic"
                    + " where dataset = 'absence_la' order by 1"))
        .containsExactly(
            "full_year/child_protection_plan",
            "full_year/children_in_need",
            "full_year/looked_after");
    // 202425 national CINO total: t_pupils 120250, pt_overall 17.4
    assertThat(
            query(
                "select value from raw_dfe_statistic where dataset = 'absence_la'"
                    + " and time_period = '202425' and geographic_level = 'National'"
                    + " and population = 'children_in_need' and school_type = 'Total'"
                    + " and measure = 'pt_overall'"))
        .containsExactly("17.4");
    assertThat(
            query(
                "select distinct period_type from raw_dfe_statistic"
                    + " where source_file like 'attendance-2023-24%' order by 1"))
        .containsExactly("term", "year_to_date");
  }

  @Test
  void keepsSuppressedCellsAsNullWithTheirSymbol() throws Exception {
    load();
    assertThat(
            query(
                "select symbol || ':' || count(*) from raw_dfe_statistic"
                    + " where value is null and symbol is not null group by symbol order by symbol"))
        .isNotEmpty()
        .allMatch(entry -> entry.matches("(x|c|z|k|\\.|NA):\\d+"));
    assertThat(query("select count(*) from raw_dfe_statistic where value is null and symbol = '1'"))
        .containsExactly("0");
  }

  @Test
  void loadsTenNeighboursPerLaClosestFirst() throws Exception {
    load();
    assertThat(
            query(
                "select count(*) || ' ' || count(distinct la_code) from raw_dfe_statistical_neighbour"))
        .containsExactly("1520 152");
    // published: 202 Camden: 213 Very Close, 205 Close, ...
    assertThat(
            query(
                "select neighbour_rank || ' ' || neighbour_la_code || ' ' || closeness"
                    + " from raw_dfe_statistical_neighbour where la_code = '202'"
                    + " and neighbour_rank <= 2 order by neighbour_rank"))
        .containsExactly("1 213 Very Close", "2 205 Close");
  }

  private void load() throws Exception {
    if (results == null) {
      results =
          runner.ingestPublishedStatistics(
              work.resolve("dfe"), work.resolve("m"), FileLoadListener.NONE);
    }
  }

  private List<String> query(String sql) throws Exception {
    return WarehouseQueries.column(warehouse, sql);
  }
}
