package org.schoolattendance.jobs.delivery;

import java.nio.file.Path;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.springframework.stereotype.Component;

/**
 * Opens a mail session: the embedded mail catcher in demo mode, or the configured SMTP server.
 * Every message is recorded in the delivery ledger, sent, skipped or failed.
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

    /**
     * Sends the message, or skips it when its role has no address; either way it is recorded.
     *
     * @throws IllegalStateException when sending fails (recorded as failed first)
     */
    public Delivery deliver(OutgoingMessage message) {
      if (message.recipient() == null) {
        Delivery skipped = Delivery.skipped(message, noAddress(message));
        ledger.record(skipped);
        return skipped;
      }
      try {
        Delivery sent = mailer.send(message);
        ledger.record(sent);
        return sent;
      } catch (Exception e) {
        ledger.record(new Delivery(message, Delivery.Status.FAILED, null, null, e.getMessage()));
        throw new IllegalStateException(
            "sending the "
                + message.kind().slug()
                + " message of "
                + message.owner()
                + " failed: "
                + e.getMessage(),
            e);
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

  private static String noAddress(OutgoingMessage message) {
    return switch (message.kind().role()) {
      case HEAD -> "the school directory has no head_email for school " + message.owner();
      case GOVERNORS_CLERK ->
          "the school directory has no clerk_email for school " + message.owner();
      case LA_TEAM -> "no LA address is configured (attendance.delivery.la-address)";
    };
  }
}
