package org.schoolattendance.jobs.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.jobs.pipeline.DeliveryStage;
import org.schoolattendance.jobs.pipeline.StageFailedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Real SMTP (GreenMail), real H2 ledger, real files: who receives what, and what is recorded. */
class DeliveryStageTests {

  private static final String LA_TEAM = "attendance-team@la.example";

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path work;

  private DeliveryLedger ledger;

  @BeforeEach
  void freshLedger() {
    DriverManagerDataSource metadata =
        new DriverManagerDataSource(
            "jdbc:h2:mem:ledger-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    ledger = new DeliveryLedger(new JdbcTemplate(metadata));
  }

  @Test
  void eachRecipientReceivesOnlyTheirOwnDocumentsByteForByte() throws Exception {
    RenderedFiles files =
        new RenderedFiles(work.resolve("packs")).school("100001").school("100002").la();

    DeliveryStage.Result result = stage(LA_TEAM).run(files.packs(), true);

    assertThat(result.count(Delivery.Status.SENT)).isEqualTo(7);
    Map<String, List<String>> received = receivedByRecipient(files);
    assertThat(received)
        .containsOnlyKeys(
            RenderedFiles.head("100001"),
            RenderedFiles.clerk("100001"),
            RenderedFiles.head("100002"),
            RenderedFiles.clerk("100002"),
            LA_TEAM);
    assertThat(received.get(RenderedFiles.head("100001")))
        .containsExactlyInAnyOrder(
            "[100001-2024-25-summer-head.pdf, 100001-2024-25-summer-ofsted.pdf]",
            "OFFICIAL-SENSITIVE [100001-2024-25-summer-head-annex.pdf]");
    assertThat(received.get(RenderedFiles.clerk("100002")))
        .containsExactly("[100002-2024-25-summer-governor.pdf]");
    assertThat(received.get(LA_TEAM))
        .containsExactly(
            "[la-307-2024-25-summer-la-comparison.pdf, la-307-2024-25-summer-la-comparison.xlsx]");
    try (Stream<Path> eml = Files.list(work.resolve("mail"))) {
      assertThat(eml.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "100001-2024-25-summer-head.eml",
              "100001-2024-25-summer-head-annex.eml",
              "100001-2024-25-summer-governor.eml",
              "100002-2024-25-summer-head.eml",
              "100002-2024-25-summer-head-annex.eml",
              "100002-2024-25-summer-governor.eml",
              "la-307-2024-25-summer-la.eml");
    }
  }

  @Test
  void theLedgerHasOneRowPerFileSentWithRoleDocumentAndChecksum() throws Exception {
    RenderedFiles files = new RenderedFiles(work.resolve("packs")).school("100001").la();

    stage(LA_TEAM).run(files.packs(), false);

    List<Map<String, Object>> rows = ledger.rows();
    assertThat(rows)
        .extracting(
            row ->
                row.get("RECIPIENT_ROLE")
                    + " "
                    + row.get("RECIPIENT")
                    + " "
                    + row.get("DOCUMENT")
                    + " "
                    + row.get("ATTACHMENT")
                    + " "
                    + row.get("STATUS"))
        .containsExactly(
            "HEAD head@100001.sch.example HEAD 100001-2024-25-summer-head.pdf SENT",
            "HEAD head@100001.sch.example OFSTED 100001-2024-25-summer-ofsted.pdf SENT",
            "HEAD head@100001.sch.example HEAD_ANNEX 100001-2024-25-summer-head-annex.pdf SENT",
            "GOVERNORS_CLERK clerk@100001.sch.example GOVERNOR 100001-2024-25-summer-governor.pdf"
                + " SENT",
            "LA_TEAM attendance-team@la.example LA_COMPARISON"
                + " la-307-2024-25-summer-la-comparison.pdf SENT",
            "LA_TEAM attendance-team@la.example LA_TABLES la-307-2024-25-summer-la-comparison.xlsx"
                + " SENT");
    for (Map<String, Object> row : rows) {
      Path file = work.resolve("packs").resolve((String) row.get("ATTACHMENT"));
      assertThat(row.get("ATTACHMENT_SHA256")).isEqualTo(Checksums.sha256(file));
      assertThat(row.get("SENT_AT")).isNotNull();
      assertThat(row.get("TERM_ID")).isEqualTo("2024/25-summer");
    }
    assertThat(rows.stream().map(row -> row.get("MESSAGE_ID")).distinct()).hasSize(4);
    assertThat(rows.get(0).get("MESSAGE_ID")).isEqualTo(rows.get(1).get("MESSAGE_ID"));
  }

  @Test
  void aMissingAddressSkipsThatMessageAndSendsItNowhereElse() throws Exception {
    RenderedFiles files =
        new RenderedFiles(work.resolve("packs"))
            .school("100001", RenderedFiles.head("100001"), null)
            .la();

    DeliveryStage.Result result = stage(" ").run(files.packs(), false);

    assertThat(result.count(Delivery.Status.SENT)).isEqualTo(2);
    assertThat(result.deliveries())
        .filteredOn(delivery -> delivery.status() == Delivery.Status.SKIPPED)
        .extracting(delivery -> delivery.message().kind() + ": " + delivery.detail())
        .containsExactly(
            "GOVERNOR_PACK: the school directory has no clerk_email for school 100001",
            "LA_PACK: no LA address is configured (attendance.delivery.la-address)");
    assertThat(receivedByRecipient(files)).containsOnlyKeys(RenderedFiles.head("100001"));
    assertThat(ledger.rows())
        .filteredOn(row -> "SKIPPED".equals(row.get("STATUS")))
        .extracting(row -> row.get("ATTACHMENT") + " " + row.get("RECIPIENT"))
        .containsExactly(
            "100001-2024-25-summer-governor.pdf null",
            "la-307-2024-25-summer-la-comparison.pdf null",
            "la-307-2024-25-summer-la-comparison.xlsx null");
  }

  @Test
  void aFileChangedSinceRenderingIsNeitherSentNorSkippedSilently() throws Exception {
    RenderedFiles files = new RenderedFiles(work.resolve("packs")).school("100001");
    Files.writeString(files.find("100001-2024-25-summer-head.pdf").path(), "tampered");

    assertThatThrownBy(() -> stage(LA_TEAM).run(files.packs(), false))
        .isInstanceOf(StageFailedException.class)
        .hasMessageContaining("100001-2024-25-summer-head.pdf has changed since it was rendered");

    assertThat(mail.getReceivedMessages()).isEmpty();
    assertThat(ledger.rows())
        .extracting(row -> row.get("ATTACHMENT") + " " + row.get("STATUS"))
        .containsExactly(
            "100001-2024-25-summer-head.pdf FAILED", "100001-2024-25-summer-ofsted.pdf FAILED");
  }

  private DeliveryStage stage(String laAddress) {
    AttendanceProperties properties =
        new AttendanceProperties(
            work,
            null,
            null,
            new AttendanceProperties.Mail(
                false, "127.0.0.1", mail.getSmtp().getPort(), "", "", false, "reports@la.example"),
            null,
            new AttendanceProperties.Delivery(laAddress));
    return new DeliveryStage(new MailDelivery(properties, ledger), properties);
  }

  /**
   * Per recipient, one line per message: its attachment names, preceded by OFFICIAL-SENSITIVE when
   * the subject is so marked; each attachment checked byte for byte against its file.
   */
  private Map<String, List<String>> receivedByRecipient(RenderedFiles files) throws Exception {
    Map<String, List<String>> received = new TreeMap<>();
    for (MimeMessage message : mail.getReceivedMessages()) {
      assertThat(message.getAllRecipients()).hasSize(1);
      List<String> names = new ArrayList<>();
      Multipart parts = (Multipart) message.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart part = parts.getBodyPart(i);
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
          names.add(part.getFileName());
          assertThat(part.getInputStream().readAllBytes())
              .isEqualTo(Files.readAllBytes(files.find(part.getFileName()).path()));
        }
      }
      String marking =
          message.getSubject().startsWith("OFFICIAL-SENSITIVE") ? "OFFICIAL-SENSITIVE " : "";
      received
          .computeIfAbsent(message.getAllRecipients()[0].toString(), k -> new ArrayList<>())
          .add(marking + names);
    }
    return received;
  }
}
