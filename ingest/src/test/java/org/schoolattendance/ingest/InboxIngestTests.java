package org.schoolattendance.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.ingest.common.FileLoadListener;
import org.schoolattendance.ingest.common.FileLoadResult;
import org.schoolattendance.ingest.common.IngestReport;
import org.schoolattendance.ingest.inbox.InboxIngest;
import org.schoolattendance.sql.warehouse.Warehouse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Inbox mode on hand-made files under names that say nothing of their kind: each is recognised from
 * its content, loaded files go to archive/, the rest to failed/ with a reason beside them that
 * names the file and line but no pupil data, and a second run finds nothing new. The report's
 * figures are the ledger's and the quarantine's.
 */
@SpringJUnitConfig(IngestTestConfiguration.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class InboxIngestTests {

  @Autowired InboxIngest inbox;
  @Autowired Warehouse warehouse;
  @TempDir Path source;
  @TempDir Path outside;
  @TempDir Path inboxDir;

  final String upn = InputFolder.upn("307200100001");
  final String stranger = InputFolder.upn("307200100009");

  @BeforeEach
  void dropFilesInTheInbox() throws Exception {
    InputFolder folder = new InputFolder(source);
    folder.calendar();
    folder.census(upn);
    List<String> rows = new ArrayList<>();
    for (LocalDate day : InputFolder.schoolDays(20)) {
      rows.add(upn + ",2023-09-01,," + day + ",AM,/,");
      rows.add(upn + ",2023-09-01,," + day + ",PM,\\,");
    }
    rows.add(upn + ",2023-09-01,,2023-10-02,AM,Q9,"); // line 43: unknown code
    rows.add(rows.get(39)); // line 44: an exact copy of line 42
    Path good = folder.register("2023-10-20T17:30:00", rows.toArray(String[]::new));
    Path tooManyErrors =
        folder.register(
            "2023-10-27T17:30:00",
            stranger + ",2023-09-01,,2023-10-16,AM,/,",
            stranger + ",2023-09-01,,not-a-date,PM,\\,");
    Path notUtf8 = folder.register("2023-11-03T17:30:00", upn + ",2023-09-01,,2023-10-16,AM,/,");
    byte[] bytes = Files.readAllBytes(notUtf8);
    bytes[bytes.length - 3] = (byte) 0xFF;
    Files.write(notUtf8, bytes);

    Files.copy(good, inboxDir.resolve("monday"));
    Files.copy(tooManyErrors, inboxDir.resolve("export (2).csv"));
    Files.copy(notUtf8, inboxDir.resolve("broken.csv"));
    Files.copy(source.resolve("calendar/calendar-2023-24.csv"), inboxDir.resolve("dates.txt"));
    Files.copy(source.resolve("census/census-100001-2024-spr.xml"), inboxDir.resolve("spring"));
    Files.writeString(inboxDir.resolve("minutes.docx"), "not an input of any kind\n");
    Path elsewhere = Files.copy(good, outside.resolve("secret-register.csv"));
    Files.createSymbolicLink(inboxDir.resolve("link.csv"), elsewhere);
  }

  @Test
  void recognisesKindsByContentArchivesLoadedFilesAndExplainsFailuresWithoutPupilData()
      throws Exception {
    List<FileLoadResult> results = inbox.ingest(inboxDir, source.resolve("manifests"), listener());

    assertThat(results).hasSize(7);
    assertThat(WarehouseQueries.column(warehouse, kindsLoaded()))
        .containsExactly(
            "dates.txt CALENDAR LOADED",
            "spring CENSUS LOADED",
            "broken.csv REGISTER REJECTED",
            "export (2).csv REGISTER REJECTED",
            "monday REGISTER LOADED");
    assertThat(names(inboxDir.resolve("archive"))).containsExactly("dates.txt", "monday", "spring");
    assertThat(names(inboxDir.resolve("failed")))
        .containsExactly(
            "broken.csv",
            "broken.csv.error.txt",
            "export (2).csv",
            "export (2).csv.error.txt",
            "link.csv",
            "link.csv.error.txt",
            "minutes.docx",
            "minutes.docx.error.txt");
    assertThat(names(inboxDir)).containsExactly("archive", "failed");
    assertThat(outside.resolve("secret-register.csv")).exists(); // a link is never followed

    assertThat(errorText("broken.csv"))
        .isEqualTo(
            "broken.csv was not loaded.\n"
                + "line 3: the file is not valid UTF-8 (malformed encoding)\n");
    assertThat(errorText("export (2).csv"))
        .isEqualTo(
            "export (2).csv was not loaded.\n"
                + "1 of 2 rows (50.0%) break validation rules, more than the 5.0% limit;"
                + " nothing was loaded (REG002 from line 4)\n");
    assertThat(errorText("link.csv")).contains("not a recognised input").contains("a link");
    assertThat(errorText("minutes.docx")).contains("not a recognised input");
    for (String name : List.of("broken.csv", "export (2).csv", "link.csv", "minutes.docx")) {
      assertThat(errorText(name)).doesNotContain(upn).doesNotContain(stranger);
    }
  }

  @Test
  void aSecondRunFindsNothingNewAndTheReportShowsTheLedgersFigures() throws Exception {
    inbox.ingest(inboxDir, source.resolve("manifests"), listener());
    List<String> ledger = WarehouseQueries.column(warehouse, "select * from load_ledger");

    assertThat(inbox.ingest(inboxDir, source.resolve("manifests"), listener())).isEmpty();
    assertThat(WarehouseQueries.column(warehouse, "select * from load_ledger")).isEqualTo(ledger);

    try (Connection connection = warehouse.open()) {
      List<IngestReport.Load> loads = IngestReport.recentLoads(connection, 3);
      assertThat(loads).hasSize(3);
      IngestReport.Load monday =
          IngestReport.recentLoads(connection, 10).stream()
              .filter(load -> load.file().equals("monday"))
              .findFirst()
              .orElseThrow();
      // 42 rows: 40 good, an unknown code (quarantined) and an exact copy (loaded once, a query)
      assertThat(monday.read()).isEqualTo(42);
      assertThat(monday.loaded()).isEqualTo(41);
      assertThat(monday.quarantined()).isEqualTo(1);
      assertThat(monday.queried()).isEqualTo(1);
      assertThat(monday.status()).isEqualTo("LOADED");
      assertThat(
              IngestReport.countsByRule(connection).stream()
                  .map(r -> r.ruleCode() + " " + r.severity() + " " + r.rows() + " " + r.files()))
          .containsExactly("REG002 error 1 1", "REG006 error 1 1", "REG010 query 1 1");
    }
    assertThat(WarehouseQueries.column(warehouse, "select count(*) from raw_mark"))
        .containsExactly("40");
  }

  private static String kindsLoaded() {
    return "select file_name || ' ' || file_kind || ' ' || status from load_ledger"
        + " order by file_kind, file_name";
  }

  private String errorText(String name) throws Exception {
    return Files.readString(inboxDir.resolve("failed").resolve(name + ".error.txt"));
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(path -> path.getFileName().toString()).sorted().toList();
    }
  }

  private static FileLoadListener listener() {
    return FileLoadListener.NONE;
  }
}
