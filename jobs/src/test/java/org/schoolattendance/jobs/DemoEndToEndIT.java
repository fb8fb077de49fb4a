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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code demo} through the packaged executable jar, sending mail to a GreenMail server of the
 * test's own, then checks the figures, the routing and the logs against the generated files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoEndToEndIT {

  private static final String TERM = "2024/25-summer";

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @TempDir static Path workingDir;

  private PackagedJar.Run run;
  private Path output;
  private GeneratedLa la;

  @BeforeAll
  void runDemo() throws Exception {
    run =
        PackagedJar.run(
            workingDir,
            Map.of(
                "MAIL_EMBEDDED", "false",
                "MAIL_HOST", "127.0.0.1",
                "MAIL_PORT", Integer.toString(mail.getSmtp().getPort())),
            25, // minutes: a guard against a hang, not a speed target (bench measures speed)
            "demo");
    output = workingDir.resolve("demo-output");
    la = new GeneratedLa(output.resolve("input"));
  }

  @Test
  @Order(1)
  void demoSucceedsAndSaysWhereItsOutputIs() {
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout())
        .contains("8 school packs")
        .contains(output.resolve("packs").toString())
        .contains("8 emails sent")
        .contains("warehouse.duckdb");
    assertThat(la.schools).hasSize(8);
  }

  @Test
  @Order(2)
  void eachPackShowsItsSchoolsAttendanceAsComputedFromTheRegisterFiles() throws Exception {
    RegisterFiles registers = RegisterFiles.read(output.resolve("input/register"));
    LocalDate[] summer = la.termDates("2024/25", "summer");
    for (GeneratedLa.School school : la.schools.values()) {
      double rate = registers.attendanceRatePct(school.urn(), summer[0], summer[1]);
      String text = pdfText(pack(school.urn()));
      assertThat(text)
          .as("pack of %s", school.urn())
          .contains(school.name())
          .contains("2024/25 summer term")
          .contains("SYNTHETIC DATA")
          .contains("Attendance this term was " + oneDecimal(rate) + "%");
    }
  }

  @Test
  @Order(3)
  void everyRegisterRowIsAccountedForInTheWarehouse() throws Exception {
    RegisterFiles registers = RegisterFiles.read(output.resolve("input/register"));
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
  void eachHeadReceivesExactlyTheirOwnSchoolsPackAndNothingElse() throws Exception {
    MimeMessage[] messages = mail.getReceivedMessages();
    assertThat(messages).hasSize(la.schools.size());
    List<String> recipients = new ArrayList<>();
    for (MimeMessage message : messages) {
      Address[] to = message.getAllRecipients();
      assertThat(to).hasSize(1);
      String recipient = to[0].toString();
      recipients.add(recipient);
      GeneratedLa.School school =
          la.schools.values().stream()
              .filter(s -> s.headEmail().equals(recipient))
              .findFirst()
              .orElseThrow(() -> new AssertionError("mail to an unknown address " + recipient));
      List<BodyPart> attachments = attachments(message);
      assertThat(attachments).hasSize(1);
      assertThat(attachments.get(0).getFileName()).startsWith(school.urn() + "-");
      byte[] sent = attachments.get(0).getInputStream().readAllBytes();
      assertThat(sent).isEqualTo(Files.readAllBytes(pack(school.urn())));
      assertThat(message.getSubject()).contains(school.name());
    }
    assertThat(recipients)
        .containsExactlyInAnyOrderElementsOf(
            la.schools.values().stream().map(GeneratedLa.School::headEmail).toList());
    try (Stream<Path> eml = Files.list(output.resolve("mail"))) {
      assertThat(eml.filter(p -> p.toString().endsWith(".eml")).count()).isEqualTo(8);
    }
  }

  @Test
  @Order(5)
  void noLogOrConsoleLineNamesAPupil() throws Exception {
    List<String> texts = new ArrayList<>(List.of(run.stdout(), run.stderr()));
    try (Stream<Path> logs = Files.walk(output.resolve("logs"))) {
      for (Path log : logs.filter(Files::isRegularFile).toList()) {
        texts.add(Files.readString(log, StandardCharsets.UTF_8));
      }
    }
    assertThat(la.upns).hasSizeGreaterThan(1000);
    for (String text : texts) {
      for (String upn : la.upns) {
        assertThat(text).doesNotContain(upn);
      }
      for (String name : la.fullNames) {
        assertThat(text).doesNotContain(name);
      }
    }
  }

  private Path pack(String urn) {
    return output
        .resolve("packs")
        .resolve(urn + "-" + TERM.replace('/', '-') + "-school-summary.pdf");
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

  private static String pdfText(Path pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
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
