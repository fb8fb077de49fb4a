package org.schoolattendance.transform.subgroup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.schoolattendance.sql.snapshot.ParquetSnapshot;

/**
 * Builds the pseudo-random {@code mart_enrolment_period} of {@code fixtures/enrolment_period.sql}
 * in a DuckDB connection and exports it as production does, partitioned by year.
 */
public final class EnrolmentPeriodSnapshot {

  private EnrolmentPeriodSnapshot() {}

  public static void create(Connection duckDb) throws SQLException, IOException {
    try (InputStream in =
            EnrolmentPeriodSnapshot.class.getResourceAsStream("/fixtures/enrolment_period.sql");
        Statement statement = duckDb.createStatement()) {
      statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  public static Path export(Connection duckDb, Path snapshotDir) throws SQLException {
    return ParquetSnapshot.exportByYear(duckDb, snapshotDir, SubgroupTrendRunner.INPUT_MART);
  }
}
