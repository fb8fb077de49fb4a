package org.schoolattendance.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
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

@SpringJUnitConfig(IngestTestConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class RegisterIngestTests {

  // valid check letters for the DfE modulus-23 rule
  static final String HEADER = "urn,upn,admission_date,leaving_date,date,session,mark,minutes_late";

  @Autowired IngestRunner runner;
  @Autowired Warehouse warehouse;
  @TempDir Path input;

  @Test
  void loadsGoodRowsQuarantinesBadOnesAndReconcilesCounts() throws Exception {
    String upn = validUpn("307200100001");
    List<String> rows =
        new ArrayList<>(
            List.of(
                upn + ",2023-09-01,,2023-09-11,AM,/,",
                upn + ",2023-09-01,,2023-09-11,PM,\\,",
                upn + ",2023-09-01,,2023-09-12,AM,L,12",
                upn + ",2023-09-01,,2023-09-12,AM,L,12", // exact duplicate: one copy kept
                upn + ",2023-09-01,,2023-09-12,PM,Q,", // Q did not exist before August 2024
                "B12345678901X,2023-09-01,,2023-09-13,AM,/,", // malformed UPN
                upn + ",2023-09-01,,2023-09-13,XM,/,", // bad session
                upn + ",2023-09-01,,2023-09-14,AM,N,",
                upn + ",2023-09-01,,2023-09-14,AM,I,")); // conflicts with the N row: both out
    // 191 good rows for a second pupil keep the 6 errors under the 5% limit (6 of 200 = 3%)
    String other = validUpn("307200100009");
    for (int day = 0; day < 191; day++) {
      rows.add(
          other + ",2023-09-01,," + java.time.LocalDate.of(2023, 9, 4).plusDays(day) + ",AM,/,");
    }
    writeRegister(
        "register-100001-20230915T173000.csv", "2023-09-15T17:30:00", rows.toArray(String[]::new));

    List<FileLoadResult> results = ingest();

    System.out.println(
        "DEBUG "
            + results
            + query("select rule_code || ':' || line || ':' || message from raw_quarantine"));
    FileLoadResult result = results.get(0);
    assertThat(result.status()).isEqualTo(Status.LOADED);
    assertThat(result.rowsRead()).isEqualTo(200);
    assertThat(result.rowsLoaded()).isEqualTo(194);
    assertThat(result.rowsQuarantined()).isEqualTo(6);
    assertThat(query("select rule_code || ':' || line from raw_quarantine order by line"))
        .containsExactly("REG010:6", "REG006:7", "REG005:8", "REG003:9", "REG011:10", "REG011:11");
    assertThat(
            query(
                "select count(*) from load_ledger where rows_read = rows_loaded + rows_quarantined"))
        .containsExactly("1");
    assertThat(
            query(
                "select session_date || session || mark from raw_mark where upn = '"
                    + upn
                    + "' order by 1"))
        .containsExactly("2023-09-11AM/", "2023-09-11PM\\", "2023-09-12AML");
  }

  @Test
  void laterExportWinsWhateverTheLoadOrderAndKeepsHistory() throws Exception {
    String upn = validUpn("307200100002");
    writeRegister(
        "register-100001-20231020T173000.csv",
        "2023-10-20T17:30:00",
        upn + ",2023-09-01,,2023-10-16,AM,N,");
    ingest();
    writeRegister(
        "register-100001-20231027T173000.csv",
        "2023-10-27T17:30:00",
        upn + ",2023-09-01,,2023-10-16,AM,I,");
    ingest();
    writeRegister(
        "register-100001-20231018T173000.csv", // an older export arriving last
        "2023-10-18T17:30:00",
        upn + ",2023-09-01,,2023-10-16,AM,O,");
    ingest();

    assertThat(query("select mark from raw_mark")).containsExactly("I");
    assertThat(
            query(
                "select mark || '->' || replaced_by_mark from raw_mark_history"
                    + " order by exported_at"))
        .containsExactly("O->I", "N->I");
  }

  @Test
  void loadingTheSameFilesTwiceChangesNothing() throws Exception {
    String upn = validUpn("307200100003");
    writeRegister(
        "register-100001-20230915T173000.csv",
        "2023-09-15T17:30:00",
        upn + ",2023-09-01,,2023-09-11,AM,/,",
        upn + ",2023-09-01,,2023-09-11,PM,\\,");
    ingest();
    List<FileLoadResult> second = ingest();

    assertThat(second).isEmpty(); // the same job instance is already complete
    assertThat(query("select count(*) from raw_mark")).containsExactly("2");
    assertThat(query("select count(*) from load_ledger")).containsExactly("1");
  }

  @Test
  void rejectsAFileWhoseErrorsExceedTheLimitAndLoadsNothingFromIt() throws Exception {
    String upn = validUpn("307200100004");
    writeRegister(
        "register-100001-20230915T173000.csv",
        "2023-09-15T17:30:00",
        upn + ",2023-09-01,,2023-09-11,AM,/,",
        upn + ",2023-09-01,,not-a-date,PM,\\,");

    FileLoadResult result = ingest().get(0);

    assertThat(result.status()).isEqualTo(Status.REJECTED);
    assertThat(result.message()).contains("1 of 2 rows").contains("nothing was loaded");
    assertThat(query("select count(*) from raw_mark")).containsExactly("0");
    assertThat(query("select status || ' ' || rows_read from load_ledger"))
        .containsExactly("REJECTED 2");
    assertThat(query("select rule_code || ':' || line from raw_quarantine"))
        .containsExactly("REG002:4");
  }

  private List<FileLoadResult> ingest() throws Exception {
    return runner.ingestFolder(input, input.resolve("manifests"), FileLoadListener.NONE);
  }

  private void writeRegister(String name, String exportedAt, String... rows) throws Exception {
    Path folder = Files.createDirectories(input.resolve("register"));
    List<String> lines = new ArrayList<>();
    lines.add("# register export; urn=100001; exported_at=" + exportedAt + "; synthetic=true");
    lines.add(HEADER);
    for (String row : rows) {
      lines.add("100001," + row);
    }
    Files.write(folder.resolve(name), lines, StandardCharsets.UTF_8);
  }

  private List<String> query(String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection connection = warehouse.open();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  /** Prefixes the correct check letter to 12 characters (LA, estab, year, serial). */
  static String validUpn(String body12) {
    return org.schoolattendance.ingest.common.UpnTestSupport.withCheckLetter(body12);
  }
}
