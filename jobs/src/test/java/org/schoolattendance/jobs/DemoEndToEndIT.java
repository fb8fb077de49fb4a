package org.schoolattendance.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.reports.pack.PackDocument;

/**
 * Runs {@code demo} through the packaged executable jar, sending mail to a GreenMail server of the
 * test's own, then checks the figures, the routing by role, the pupil data in the packs and the
 * logs against the generated files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoEndToEndIT {

  private static final String TERM = "2024/25-summer";
  private static final String LA_CODE = "307";
  private static final String LA_TEAM = "la-analysts@la.example";
  private static final String XLSX = PackDocument.LA_TABLES.fileSuffix();

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @TempDir static Path workingDir;

  private PackagedJar.Run run;
  private Path output;
  private GeneratedLa la;
  private RegisterFiles registers;

  @BeforeAll
  void runDemo() throws Exception {
    run =
        PackagedJar.run(
            workingDir,
            Map.of(
                "MAIL_EMBEDDED",
                "false",
                "MAIL_HOST",
                "127.0.0.1",
                "MAIL_PORT",
                Integer.toString(mail.getSmtp().getPort()),
                "DELIVERY_LA_ADDRESS",
                LA_TEAM),
            45, // minutes: a hang guard, not a speed target; a loaded 2-core machine took over 25
            "demo");
    output = workingDir.resolve("demo-output");
    la = new GeneratedLa(output.resolve("input"));
  }

  @Test
  @Order(1)
  void demoSucceedsAndListsEveryFileAndMessage() {
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(la.schools).hasSize(8);
    assertThat(run.stdout())
        .contains("report: 34 files for 8 schools and the LA")
        .contains("deliver: 25 emails sent")
        .contains("warehouse.duckdb");
    for (PackDocument document : PackDocument.values()) {
      for (String owner : owners(document)) {
        assertThat(run.stdout()).contains(pack(document, owner).toString());
      }
    }
  }

  @Test
  @Order(2)
  void eachGovernorPackShowsItsSchoolsAttendanceAsComputedFromTheRegisterFiles() throws Exception {
    RegisterFiles registers = registers();
    LocalDate[] summer = la.termDates("2024/25", "summer");
    for (GeneratedLa.School school : la.schools.values()) {
      double rate = registers.attendanceRatePct(school.urn(), summer[0], summer[1]);
      String text = PackFiles.pdfText(pack(PackDocument.GOVERNOR, school.urn()));
      assertThat(text)
          .as("governor pack of %s", school.urn())
          .contains(school.name())
          .contains("2024/25 summer term")
          .contains("SYNTHETIC DATA")
          .contains("Attendance this term was " + oneDecimal(rate) + "%");
    }
  }

  @Test
  @Order(3)
  void everyRegisterRowIsAccountedForInTheWarehouse() throws Exception {
    RegisterFiles registers = registers();
    try (Connection warehouse = openWarehouse();
        Statement sql = warehouse.createStatement()) {
      assertThat(single(sql, "select sum(rows_read) from load_ledger where file_kind = 'REGISTER'"))
          .isEqualTo(registers.rowsRead());
      assertThat(
              single(
                  sql,
                  "select sum(rows_read) - sum(rows_loaded) - sum(rows_quarantined) from load_ledger"))
          .isZero();
      assertThat(single(sql, "select count(*) from raw_mark"))
          .isEqualTo(registers.distinctSessions());
      assertThat(single(sql, "select count(*) from mart_school_term"))
          .isEqualTo(8L * 9); // 8 schools x 3 terms x 3 years
    }
  }

  @Test
  @Order(4)
  void eachRecipientReceivesExactlyTheirOwnDocumentsAndNobodyElseReceivesAnything()
      throws Exception {
    Map<String, List<List<String>>> expected = new TreeMap<>();
    for (GeneratedLa.School school : la.schools.values()) {
      String urn = school.urn();
      expected.put(
          school.headEmail(),
          List.of(
              names(urn, PackDocument.HEAD, PackDocument.OFSTED),
              names(urn, PackDocument.HEAD_ANNEX)));
      expected.put(school.clerkEmail(), List.of(names(urn, PackDocument.GOVERNOR)));
    }
    expected.put(
        LA_TEAM, List.of(names(LA_CODE, PackDocument.LA_COMPARISON, PackDocument.LA_TABLES)));

    Map<String, List<List<String>>> received = new TreeMap<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      Address[] to = message.getAllRecipients();
      assertThat(to).hasSize(1);
      List<String> attached = new ArrayList<>();
      for (BodyPart attachment : attachments(message)) {
        attached.add(attachment.getFileName());
        assertThat(attachment.getInputStream().readAllBytes())
            .as("%s as sent", attachment.getFileName())
            .isEqualTo(Files.readAllBytes(packs().resolve(attachment.getFileName())));
      }
      boolean annex = attached.stream().anyMatch(name -> name.endsWith("-head-annex.pdf"));
      if (annex) {
        assertThat(attached).hasSize(1);
        assertThat(message.getSubject()).startsWith("OFFICIAL-SENSITIVE");
      } else {
        assertThat(message.getSubject()).doesNotContain("OFFICIAL-SENSITIVE");
      }
      received.computeIfAbsent(to[0].toString(), k -> new ArrayList<>()).add(attached);
    }

    assertThat(received.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach(
        (recipient, messages) ->
            assertThat(received.get(recipient))
                .as("messages to %s", recipient)
                .containsExactlyInAnyOrderElementsOf(messages));
    try (Stream<Path> eml = Files.list(output.resolve("mail"))) {
      assertThat(eml.filter(p -> p.toString().endsWith(".eml")).count()).isEqualTo(25);
    }
  }

  @Test
  @Order(5)
  void theDeliveryLedgerRecordsEveryFileSentWithItsRoleAndChecksum() throws Exception {
    try (Connection metadata =
            DriverManager.getConnection(
                "jdbc:h2:file:"
                    + output.resolve("metadata/attendance-metadata")
                    + ";AUTO_SERVER=TRUE",
                "sa",
                "");
        Statement sql = metadata.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "select recipient_role, recipient, document, attachment, attachment_sha256,"
                    + " status, message_id from delivery_ledger")) {
      Map<String, Long> byRole = new TreeMap<>();
      int count = 0;
      while (rows.next()) {
        count++;
        byRole.merge(rows.getString(1) + " " + rows.getString(3), 1L, Long::sum);
        assertThat(rows.getString(6)).isEqualTo("SENT");
        assertThat(rows.getString(7)).isNotBlank();
        assertThat(rows.getString(5)).isEqualTo(sha256(packs().resolve(rows.getString(4))));
        if (rows.getString(1).equals("LA_TEAM")) {
          assertThat(rows.getString(2)).isEqualTo(LA_TEAM);
        }
      }
      assertThat(count).isEqualTo(34);
      assertThat(byRole)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "HEAD HEAD", 8L,
                  "HEAD OFSTED", 8L,
                  "HEAD HEAD_ANNEX", 8L,
                  "GOVERNORS_CLERK GOVERNOR", 8L,
                  "LA_TEAM LA_COMPARISON", 1L,
                  "LA_TEAM LA_TABLES", 1L));
    }
  }

  @Test
  @Order(6)
  void noPackButTheAnnexHoldsAPupilsUpnNameOrDateOfBirth() throws Exception {
    PupilDataScan scan = new PupilDataScan(la);
    assertThat(la.upns).hasSizeGreaterThan(1000);
    assertThat(la.datesOfBirth).hasSameSizeAs(la.upns);
    for (PackDocument document : PackDocument.values()) {
      if (document.pupilIdentifiable()) {
        continue;
      }
      for (String owner : owners(document)) {
        Path file = pack(document, owner);
        String text =
            file.toString().endsWith(XLSX) ? PackFiles.workbookText(file) : PackFiles.pdfText(file);
        assertThat(text).as("text of %s", file.getFileName()).isNotBlank();
        assertThat(scan.find(text)).as("pupil data in %s", file.getFileName()).isEmpty();
      }
    }
  }

  @Test
  @Order(7)
  void theAnnexNamesPupilsOfItsOwnSchoolOnlyAndIsMarked() throws Exception {
    PupilDataScan scan = new PupilDataScan(la);
    RegisterFiles registers = registers();
    for (GeneratedLa.School school : la.schools.values()) {
      String text = PackFiles.pdfText(pack(PackDocument.HEAD_ANNEX, school.urn()));
      assertThat(text).contains("OFFICIAL-SENSITIVE").contains(school.headEmail());
      // The annex lists pupils, so the scan that finds none in the other packs finds them here.
      // The census is a term in arrears, so a pupil's school is taken from the register files.
      assertThat(scan.find(text))
          .as("pupils in the annex of %s", school.urn())
          .filteredOn(hit -> hit.startsWith("UPN "))
          .isNotEmpty()
          .allMatch(hit -> registers.onRegisterOf(school.urn(), hit.substring("UPN ".length())));
    }
  }

  @Test
  @Order(8)
  void pageOneOfEveryPdfDrawsToANonBlankImage(@TempDir Path images) throws Exception {
    for (PackDocument document : PackDocument.values()) {
      if (document == PackDocument.LA_TABLES) {
        continue;
      }
      for (String owner : owners(document)) {
        Path pdf = pack(document, owner);
        assertThat(PackFiles.pageOneInkShare(pdf, images))
            .as("share of page 1 of %s that is not white", pdf.getFileName())
            .isGreaterThan(0.01);
      }
    }
  }

  @Test
  @Order(9)
  void noLogOrConsoleLineNamesAPupil() throws Exception {
    List<String> texts = new ArrayList<>(List.of(run.stdout(), run.stderr()));
    try (Stream<Path> logs = Files.walk(output.resolve("logs"))) {
      for (Path log : logs.filter(Files::isRegularFile).toList()) {
        texts.add(Files.readString(log, StandardCharsets.UTF_8));
      }
    }
    PupilDataScan scan = new PupilDataScan(la);
    for (String text : texts) {
      assertThat(scan.find(text)).isEmpty();
    }
  }

  /** The register files read once: three tests check against them and reading takes seconds. */
  private synchronized RegisterFiles registers() throws Exception {
    if (registers == null) {
      registers = RegisterFiles.read(output.resolve("input/register"));
    }
    return registers;
  }

  private Path packs() {
    return output.resolve("packs");
  }

  private Path pack(PackDocument document, String owner) {
    return packs().resolve(fileName(document, owner));
  }

  private List<String> owners(PackDocument document) {
    return document.perSchool() ? List.copyOf(la.schools.keySet()) : List.of(LA_CODE);
  }

  private static List<String> names(String owner, PackDocument... documents) {
    return Arrays.stream(documents).map(document -> fileName(document, owner)).toList();
  }

  /** The predictable name, spelt out here rather than taken from the product. */
  private static String fileName(PackDocument document, String owner) {
    return (document.perSchool() ? "" : "la-")
        + owner
        + "-"
        + TERM.replace('/', '-')
        + "-"
        + document.fileSuffix();
  }

  private Connection openWarehouse() throws Exception {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection(
        "jdbc:duckdb:" + output.resolve("warehouse.duckdb"), readOnly);
  }

  private static long single(Statement sql, String query) throws Exception {
    try (ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static String oneDecimal(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static List<BodyPart> attachments(MimeMessage message) throws Exception {
    List<BodyPart> parts = new ArrayList<>();
    Multipart multipart = (Multipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        parts.add(part);
      }
    }
    return parts;
  }
}
