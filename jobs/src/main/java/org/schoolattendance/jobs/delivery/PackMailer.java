package org.schoolattendance.jobs.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.schoolattendance.jobs.pipeline.RenderedPack;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends one routed message to its one recipient with exactly its attachments, after checking each
 * file is still the one rendered, and keeps an .eml copy of exactly what was sent.
 */
final class PackMailer {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final JavaMailSenderImpl sender;
  private final String from;
  private final Path mailFolder;
  private final MessageWording wording;

  PackMailer(JavaMailSenderImpl sender, String from, Path mailFolder, boolean synthetic) {
    this.sender = sender;
    this.from = from;
    this.mailFolder = mailFolder;
    this.wording = new MessageWording(synthetic);
  }

  static JavaMailSenderImpl smtp(
      String host, int port, String username, String password, boolean startTls) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(host);
    sender.setPort(port);
    Properties properties = sender.getJavaMailProperties();
    if (username != null && !username.isBlank()) {
      sender.setUsername(username);
      sender.setPassword(password);
      properties.put("mail.smtp.auth", "true");
    }
    properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "30000");
    return sender;
  }

  Delivery send(OutgoingMessage message) throws MessagingException, IOException {
    if (message.recipient() == null) {
      throw new IllegalArgumentException("a message without a recipient cannot be sent");
    }
    for (RenderedPack pack : message.attachments()) {
      if (!Checksums.sha256(pack.path()).equals(pack.sha256())) {
        throw new MessagingException(
            pack.fileName() + " has changed since it was rendered; run report again");
      }
    }
    MimeMessage mime = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
    helper.setFrom(from);
    helper.setTo(message.recipient());
    helper.setSubject(wording.subject(message));
    helper.setText(wording.body(message));
    if (message.officialSensitive()) {
      mime.setHeader("Sensitivity", "Company-Confidential");
    }
    for (RenderedPack pack : message.attachments()) {
      helper.addAttachment(
          pack.fileName(),
          new FileSystemResource(pack.path()),
          pack.fileName().endsWith(".xlsx") ? XLSX : "application/pdf");
    }
    mime.saveChanges();
    sender.send(mime);
    Path eml = writeCopy(mime, message);
    return new Delivery(message, Delivery.Status.SENT, mime.getMessageID(), eml, null);
  }

  private Path writeCopy(MimeMessage mime, OutgoingMessage message)
      throws IOException, MessagingException {
    Files.createDirectories(mailFolder);
    Path eml =
        mailFolder.resolve(
            message.owner()
                + "-"
                + message.periodId().replace('/', '-')
                + "-"
                + message.kind().slug()
                + ".eml");
    try (OutputStream out = Files.newOutputStream(eml)) {
      mime.writeTo(out);
    }
    return eml;
  }
}
