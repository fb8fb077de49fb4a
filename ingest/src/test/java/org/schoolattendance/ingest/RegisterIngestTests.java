package org.schoolattendance.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.ingest.common.FileKind;
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

  @Autowired IngestRunner runner;
  @Autowired Warehouse warehouse;
  @TempDir Path input;
  InputFolder folder;

  final String upn = InputFolder.upn("307200100001");
  final String regular = InputFolder.upn("307200100009");
  final String newcomer = InputFolder.upn("307200100017");

  @BeforeEach
  void calendarAndCensus() throws Exception {
    folder = new InputFolder(input);
    folder.calendar();
    folder.census(upn, regular);
  }

  @Test
  void loadsGoodRowsQuarantinesBadOnesQueriesNewcomersAndReconcilesCounts() throws Exception {
    List<String> rows =
        new ArrayList<>(
            List.of(
                upn + ",2023-09-01,,2023-09-11,AM,/,", // line 3
                upn + ",2023-09-01,,2023-09-11,PM,\\,",
                upn + ",2023-09-01,,2023-09-12,AM,L,12",
                upn + ",2023-09-01,,2023-09-12,AM,L,12", // 6: exact duplicate, one copy kept
                upn + ",2023-09-01,,2023-09-12,PM,Q,", // 7: Q did not exist before August 2024
                "B12345678901X,2023-09-01,,2023-09-13,AM,/,", // 8: malformed UPN
                upn + ",2023-09-01,,2023-09-13,XM,/,", // 9: bad session
                upn + ",2023-09-01,,2023-09-14,AM,N,", // 10 and 11: conflicting marks
                upn + ",2023-09-01,,2023-09-14,AM,I,",
                upn + ",2023-09-01,,2023-09-16,AM,/,", // 12: a Saturday
                upn + ",2023-09-01,,2023-09-15,AM,=1+2,", // 13: a spreadsheet formula
                upn + ",2023-09-01,,2022-09-15,AM,/,", // 14: before admission
                upn + ",2023-09-01,,2023-09-15", // 15: 5 fields, not 8
                upn + ",2023-09-01,,2023-10-31,AM,/,")); // 16: half-term
    // 120 good rows each for a pupil in the census and one who is not: errors stay under 5%
    for (String pupil : List.of(regular, newcomer)) {
      for (LocalDate day : InputFolder.schoolDays(60)) {
        rows.add(pupil + ",2023-09-01,," + day + ",AM,/,");
        rows.add(pupil + ",2023-09-01,," + day + ",PM,\\,");
      }
    }
    folder.register("2023-09-15T17:30:00", rows.toArray(String[]::new));

    FileLoadResult result = registerResults().get(0);

    assertThat(result.status()).isEqualTo(Status.LOADED);
    assertThat(result.rowsRead()).isEqualTo(254);
    assertThat(result.rowsQuarantined()).isEqualTo(10);
    assertThat(result.rowsLoaded()).isEqualTo(244); // the exact duplicate counts as loaded, once
    assertThat(result.rowsQueried()).isEqualTo(121);
    assertThat(
            query("select rule_code || ':' || line from raw_quarantine order by line, rule_code"))
        .containsExactly(
            "REG010:6",
            "REG006:7",
            "REG005:8",
            "REG003:9",
            "REG011:10",
            "REG011:11",
            "REG012:12",
            "REG009:13",
            "REG007:14",
            "REG000:15",
            "REG012:16",
            "REG101:137");
    assertThat(query("select raw_text from raw_quarantine where line = 13"))
        .containsExactly("100001," + upn + ",2023-09-01,,2023-09-15,AM,=1+2,");
    // rows found bad only after the read (copies, check letters) keep their raw text too
    assertThat(query("select raw_text from raw_quarantine where line in (6, 8, 11) order by line"))
        .containsExactly(
            "100001," + upn + ",2023-09-01,,2023-09-12,AM,L,12",
            "100001,B12345678901X,2023-09-01,,2023-09-13,AM,/,",
            "100001," + upn + ",2023-09-01,,2023-09-14,AM,I,");
    assertThat(
            query(
                "select count(*) from load_ledger"
                    + " where rows_read = rows_loaded + rows_quarantined and rows_queried = 121"))
        .containsExactly("1");
    assertThat(query(marksOf(upn)))
        .containsExactly("2023-09-11AM/", "2023-09-11PM\\", "2023-09-12AML");
    assertThat(query("select count(*) from raw_mark")).containsExactly("243");
  }

  @Test
  void laterExportWinsWhateverTheLoadOrderAndKeepsHistory() throws Exception {
    folder.register("2023-10-20T17:30:00", upn + ",2023-09-01,,2023-10-16,AM,N,");
    ingest();
    folder.register("2023-10-27T17:30:00", upn + ",2023-09-01,,2023-10-16,AM,I,");
    ingest();
    folder.register("2023-10-18T17:30:00", upn + ",2023-09-01,,2023-10-16,AM,O,"); // older, last
    ingest();

    assertThat(query("select mark || ' ' || source_file from raw_mark"))
        .containsExactly("I register-100001-20231027T173000.csv");
    assertThat(
            query(
                "select mark || '->' || replaced_by_mark || ' by ' || replaced_by_file"
                    + " from raw_mark_history order by exported_at"))
        .containsExactly(
            "O->I by register-100001-20231027T173000.csv",
            "N->I by register-100001-20231027T173000.csv");
  }

  @Test
  void overlappingExportsReplaceOnlyTheSessionsTheyShare() throws Exception {
    folder.register(
        "2023-09-08T17:30:00",
        upn + ",2023-09-01,,2023-09-07,AM,N,",
        upn + ",2023-09-01,,2023-09-08,AM,/,");
    folder.register(
        "2023-09-15T17:30:00",
        upn + ",2023-09-01,,2023-09-08,AM,/,",
        upn + ",2023-09-01,,2023-09-11,AM,M,");
    folder.register( // a correction export re-sending the first week, N now resolved
        "2023-09-12T10:00:00",
        upn + ",2023-09-01,,2023-09-07,AM,I,",
        upn + ",2023-09-01,,2023-09-08,AM,/,");
    ingest();

    assertThat(query(marksOf(upn)))
        .containsExactly("2023-09-07AMI", "2023-09-08AM/", "2023-09-11AMM");
    assertThat(query("select mark || '->' || replaced_by_mark from raw_mark_history"))
        .containsExactly("N->I");
  }

  @Test
  void loadingTheSameFilesTwiceChangesNothing() throws Exception {
    folder.register(
        "2023-09-15T17:30:00",
        upn + ",2023-09-01,,2023-09-11,AM,/,",
        upn + ",2023-09-01,,2023-09-11,PM,\\,");
    ingest();
    List<String> before = query("select * exclude (load_id) from raw_mark order by all");
    // the same content again under another name: the checksum says it is already loaded
    Files.copy(
        input.resolve("register/register-100001-20230915T173000.csv"),
        input.resolve("register/copy-of-export.csv"));
    List<FileLoadResult> second = ingest();

    assertThat(second)
        .filteredOn(r -> r.kind() == FileKind.REGISTER)
        .extracting(FileLoadResult::status)
        .containsExactly(Status.ALREADY_LOADED, Status.ALREADY_LOADED);
    assertThat(query("select * exclude (load_id) from raw_mark order by all")).isEqualTo(before);
    assertThat(query("select count(*) from raw_mark")).containsExactly("2");
    assertThat(query("select count(*) from load_ledger where file_kind = 'REGISTER'"))
        .containsExactly("1");
  }

  @Test
  void rejectsAFileWhoseErrorsExceedTheLimitAndLoadsNothingFromIt() throws Exception {
    folder.register(
        "2023-09-15T17:30:00",
        upn + ",2023-09-01,,2023-09-11,AM,/,",
        upn + ",2023-09-01,,not-a-date,PM,\\,");

    FileLoadResult result = registerResults().get(0);

    assertThat(result.status()).isEqualTo(Status.REJECTED);
    assertThat(result.message()).contains("1 of 2 rows").contains("nothing was loaded");
    assertThat(query("select count(*) from raw_mark")).containsExactly("0");
    assertThat(
            query(
                "select status || ' ' || rows_read from load_ledger where file_kind = 'REGISTER'"))
        .containsExactly("REJECTED 2");
    assertThat(query("select rule_code || ':' || line from raw_quarantine"))
        .containsExactly("REG002:4");
  }

  @Test
  void rejectsAFileThatIsNotUtf8NamingTheLine() throws Exception {
    Path file = folder.register("2023-09-15T17:30:00", upn + ",2023-09-01,,2023-09-11,AM,/,");
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 3] = (byte) 0xFF; // the mark cell
    Files.write(file, bytes);

    FileLoadResult result = registerResults().get(0);

    assertThat(result.status()).isEqualTo(Status.REJECTED);
    assertThat(result.message())
        .isEqualTo("line 3: the file is not valid UTF-8 (malformed encoding)");
    assertThat(query("select count(*) from raw_mark")).containsExactly("0");
  }

  @Test
  void readsCrlfLineEndingsAndQuotedFieldsWithTheRightLineNumbers() throws Exception {
    Path file =
        folder.write(
            "register/register-100001-20230915T173000.csv",
            "# register export; urn=100001; exported_at=2023-09-15T17:30:00\r",
            "urn,upn,admission_date,leaving_date,date,session,mark,minutes_late\r",
            "100001,\"" + upn + "\",2023-09-01,,2023-09-11,AM,/,\r",
            "100001," + upn + ",2023-09-01,,2023-09-11,PM,\"\\\",\r");
    assertThat(file).exists();

    FileLoadResult result = registerResults().get(0);

    assertThat(result.rowsLoaded()).isEqualTo(2);
    assertThat(query("select source_line || session || mark from raw_mark order by source_line"))
        .containsExactly("3AM/", "4PM\\");
  }

  private List<FileLoadResult> registerResults() throws Exception {
    return ingest().stream().filter(r -> r.kind() == FileKind.REGISTER).toList();
  }

  private List<FileLoadResult> ingest() throws Exception {
    return runner.ingestFolder(input, input.resolve("manifests"), FileLoadListener.NONE);
  }

  private static String marksOf(String upn) {
    return "select session_date || session || mark from raw_mark where upn = '"
        + upn
        + "' order by 1";
  }

  private List<String> query(String sql) throws Exception {
    return WarehouseQueries.column(warehouse, sql);
  }
}
