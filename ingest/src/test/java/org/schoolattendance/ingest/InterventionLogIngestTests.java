package org.schoolattendance.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
class InterventionLogIngestTests {

  static final String HEADER =
      "upn,urn,date,type,visitor_role,staff_present,risk_assessed,reason,outcome,notes";

  @Autowired IngestRunner runner;
  @Autowired Warehouse warehouse;
  @TempDir Path input;

  final String upn = InputFolder.upn("307200100001");

  @Test
  void loadsContactsKeepsQuotedNotesFlagsFormulasAndQuarantinesBadRows() throws Exception {
    List<String> lines =
        new java.util.ArrayList<>(
            List.of(
                HEADER,
                upn
                    + ",100001,2024-01-10,home_visit,attendance_officer,2,y,lateness,plan agreed,"
                    + "\"Mum said \"\"mornings are hard\"\",\nwe'll try\"", // lines 2-3
                upn + ",100001,2024-01-17,home_visit,teacher,1,n,lateness,engaged,", // 4: query
                upn
                    + ",100001,2024-02-01,letter_1,,0,n,low_attendance_no_contact,sent,=HYPERLINK(1)",
                "B000000000000,100001,2024-02-02,phone_call,teacher,1,n,lateness,ok,", // 6: bad UPN
                upn + ",100001,2024-02-03,carrier_pigeon,teacher,1,n,lateness,ok,")); // 7: bad type
    // 40 plain phone calls (lines 8-47) keep the 2 errors under the 5% limit
    for (int day = 1; day <= 40; day++) {
      lines.add(upn + ",100001,2024-03-01,phone_call,teacher,1,n,lateness,call " + day + ",");
    }
    new InputFolder(input)
        .write("interventions/interventions-2024-07-19.csv", lines.toArray(String[]::new));

    FileLoadResult result = ingest().get(0);

    assertThat(result.status()).isEqualTo(Status.LOADED);
    assertThat(
            List.of(
                result.rowsRead(),
                result.rowsLoaded(),
                result.rowsQuarantined(),
                result.rowsQueried()))
        .containsExactly(45L, 43L, 2L, 1L);
    assertThat(
            query(
                "select source_line || ' ' || contact_type || ' ' || staff_present || ' '"
                    + " || risk_assessed || ' ' || academic_year || ' '"
                    + " || coalesce(formula_fields, '-') from raw_contact where source_line <= 7"
                    + " order by source_line"))
        .containsExactly(
            "2 home_visit 2 true 2023/24 -",
            "4 home_visit 1 false 2023/24 -",
            "5 letter_1 0 false 2023/24 notes");
    assertThat(query("select notes from raw_contact where source_line = 2"))
        .containsExactly("Mum said \"mornings are hard\",\nwe'll try");
    assertThat(query("select notes from raw_contact where source_line = 5"))
        .containsExactly("=HYPERLINK(1)");
    assertThat(
            query(
                "select rule_code || ':' || line || ':' || severity from raw_quarantine order by line"))
        .containsExactly("CON102:4:query", "CON001:6:error", "CON004:7:error");
  }

  @Test
  void aNewerLogReplacesTheYearAndAnOlderOneIsRejectedAsSuperseded() throws Exception {
    InputFolder folder = new InputFolder(input);
    folder.write(
        "interventions/interventions-2024-03-01.csv",
        HEADER,
        upn + ",100001,2024-01-10,phone_call,teacher,1,n,lateness,ok,");
    folder.write(
        "interventions/interventions-2024-07-19.csv",
        HEADER,
        upn + ",100001,2024-01-10,phone_call,teacher,1,n,lateness,ok,",
        upn + ",100001,2024-05-10,letter_1,,0,n,lateness,sent,");
    ingest();
    assertThat(query("select count(*) from raw_contact")).containsExactly("2");

    Path late = input.resolve("late");
    new InputFolder(late)
        .write(
            "interventions/interventions-2024-04-01.csv",
            HEADER,
            upn + ",100001,2024-01-10,phone_call,teacher,1,n,lateness,late copy,");
    FileLoadResult result =
        runner.ingestFolder(late, input.resolve("manifests"), FileLoadListener.NONE).get(0);

    assertThat(result.status()).isEqualTo(Status.REJECTED);
    assertThat(result.message()).startsWith("superseded: a log of 2023/24 covering to 2024-07-19");
    assertThat(query("select count(*) from raw_contact")).containsExactly("2");
  }

  private List<FileLoadResult> ingest() throws Exception {
    return runner.ingestFolder(input, input.resolve("manifests"), FileLoadListener.NONE).stream()
        .filter(r -> r.kind() == FileKind.INTERVENTION_LOG)
        .toList();
  }

  private List<String> query(String sql) throws Exception {
    return WarehouseQueries.column(warehouse, sql);
  }
}
