package org.schoolattendance.reports.la;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.reports.PdfText;
import org.schoolattendance.reports.pack.Pack;
import org.schoolattendance.reports.pack.PackFile;
import org.schoolattendance.reports.pack.PackRequest;

/**
 * The LA pack's term trend table by phase with a special phase of 40 pupils, 3 of them persistently
 * absent in autumn 2023/24 (7.5%): hidden, and so is primary's 164 (13.0% of 1,263, the next
 * smallest phase), or the LA's 571 (17.5% of 3,263) minus secondary's 420 (21.0% of 2,000) and
 * primary's would give the 3 back. The LA's own share stays, as do overall absence rates.
 */
class LaTrendSuppressionTest {

  @TempDir Path folder;

  @Test
  void hidesASmallPhasesPersistentAbsenceAndTheNextSmallestPhase()
      throws SQLException, IOException {
    String text;
    try (Connection warehouse = LaWarehouseFixture.create(folder)) {
      try (Statement sql = warehouse.createStatement()) {
        sql.execute(
            "insert into mart_group_period select * replace ('special' as phase, 40 as"
                + " enrolments, 12.0 as overall_absence_rate_pct, 7.5 as"
                + " persistent_absence_rate_pct, 3 as persistent_absentees)"
                + " from mart_group_period where geography_level = 'la_phase'"
                + " and phase = 'primary' and cohort = 'headline'"
                + " and period_id = '2023/24-autumn'");
      }
      List<PackFile> files =
          new LaPacks()
              .render(
                  warehouse,
                  new PackRequest(
                      LaWarehouseFixture.AUTUMN_2023.id(), null, null, Set.of(Pack.LA), false),
                  LaWarehouseFixture.AUTUMN_2023,
                  folder.resolve("packs"));
      text = PdfText.all(files.get(0).path());
    }

    // Overall: LA 6.6, primary 5.9, secondary 7.8, special 12.0, England 6.9; persistent: LA
    // 17.5, primary c, secondary 21.0, special c, England 20.3.
    assertThat(text)
        .contains("2023/24 autumn 6.6% 5.9% 7.8% 12.0% 6.9% 17.5% c 21.0% c 20.3%")
        .contains("persistent absence was 17.5%")
        .contains("c where at least one but fewer than 5 pupils of a phase were persistently");
  }
}
