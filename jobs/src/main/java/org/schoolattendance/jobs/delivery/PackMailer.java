package org.schoolattendance.jobs.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import org.schoolattendance.jobs.pipeline.RenderedPack;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends one pack to one recipient of that pack's own school, with only that pack attached, and
 * keeps an .eml copy of exactly what was sent.
 */
final class PackMailer {

  private final JavaMailSenderImpl sender;
  private final String from;
  private final Path mailFolder;
  private final boolean synthetic;

  PackMailer(JavaMailSenderImpl sender, String from, Path mailFolder, boolean synthetic) {
    this.sender = sender;
    this.from = from;
    this.mailFolder = mailFolder;
    this.synthetic = synthetic;
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

  Delivery sendToHead(RenderedPack pack) throws MessagingException, IOException {
    if (pack.headEmail() == null || pack.headEmail().isBlank()) {
      throw new MessagingException("school " + pack.urn() + " has no headteacher email");
    }
    if (!pack.pdf().getFileName().toString().startsWith(pack.urn() + "-")) {
      throw new MessagingException("pack " + pack.pdf() + " is not school " + pack.urn() + "'s");
    }
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(from);
    helper.setTo(pack.headEmail());
    String term = pack.termId().replace('-', ' ') + " term";
    helper.setSubject(
        (synthetic ? "[SYNTHETIC DATA] " : "")
            + "Attendance summary for "
            + pack.schoolName()
            + ", "
            + term);
    helper.setText(body(pack, term));
    helper.addAttachment(
        pack.pdf().getFileName().toString(), new FileSystemResource(pack.pdf()), "application/pdf");
    message.saveChanges();
    Path eml = writeCopy(message, pack);
    sender.send(message);
    return new Delivery(
        pack.urn(),
        pack.termId(),
        "school-summary",
        pack.headEmail(),
        pack.pdf(),
        sha256(pack.pdf()),
        message.getMessageID(),
        eml);
  }

  private String body(RenderedPack pack, String term) {
    return "Dear Headteacher,\n\n"
        + "Attached is the attendance summary for "
        + pack.schoolName()
        + " (URN "
        + pack.urn()
        + ") for the "
        + term
        + ", with the local authority's figures beside the school's.\n\n"
        + "The pack holds school-level figures only: no pupil names or identifiers.\n"
        + (synthetic
            ? "\nThese figures come from SYNTHETIC demonstration data, not real pupils.\n"
            : "")
        + "\nLocal authority attendance service\n";
  }

  private Path writeCopy(MimeMessage message, RenderedPack pack)
      throws IOException, MessagingException {
    Files.createDirectories(mailFolder);
    Path eml = mailFolder.resolve(pack.urn() + "-" + pack.termId().replace('/', '-') + "-head.eml");
    try (OutputStream out = Files.newOutputStream(eml)) {
      message.writeTo(out);
    }
    return eml;
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
