package org.schoolattendance.jobs.delivery;

import java.nio.file.Path;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.jobs.pipeline.RenderedPack;
import org.springframework.stereotype.Component;

/**
 * Opens a mail session: the embedded mail catcher in demo mode, or the configured SMTP server.
 * Every message is recorded in the delivery ledger, sent or failed.
 */
@Component
public class MailDelivery {

  private final AttendanceProperties.Mail settings;
  private final DeliveryLedger ledger;

  public MailDelivery(AttendanceProperties properties, DeliveryLedger ledger) {
    this.settings = properties.mail();
    this.ledger = ledger;
  }

  public Session open(Path mailFolder, boolean synthetic) {
    EmbeddedMailServer embedded =
        settings.embedded() ? EmbeddedMailServer.start(settings.host(), settings.port()) : null;
    int port = embedded != null ? embedded.port() : settings.port();
    PackMailer mailer =
        new PackMailer(
            PackMailer.smtp(
                settings.host(),
                port,
                settings.username(),
                settings.password(),
                settings.startTls()),
            settings.from(),
            mailFolder,
            synthetic);
    return new Session(mailer, embedded, settings.host() + ":" + port);
  }

  /** An open mail session; closing it stops the embedded server if one was started. */
  public final class Session implements AutoCloseable {
    private final PackMailer mailer;
    private final EmbeddedMailServer embedded;
    private final String server;

    private Session(PackMailer mailer, EmbeddedMailServer embedded, String server) {
      this.mailer = mailer;
      this.embedded = embedded;
      this.server = server;
    }

    public Delivery sendToHead(RenderedPack pack) throws Exception {
      try {
        Delivery delivery = mailer.sendToHead(pack);
        ledger.record(delivery, "SENT", null);
        return delivery;
      } catch (Exception e) {
        ledger.record(
            new Delivery(
                pack.urn(),
                pack.termId(),
                "school-summary",
                pack.headEmail(),
                pack.pdf(),
                null,
                null,
                null),
            "FAILED",
            e.getMessage());
        throw new IllegalStateException(
            "sending school " + pack.urn() + "'s pack failed: " + e.getMessage(), e);
      }
    }

    public String describeServer() {
      return (embedded != null ? "embedded mail catcher at " : "SMTP server ") + server;
    }

    @Override
    public void close() {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
