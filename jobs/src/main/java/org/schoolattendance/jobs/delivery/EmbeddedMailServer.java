package org.schoolattendance.jobs.delivery;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A local SMTP mail catcher (GreenMail) for the demo, so packs are really sent over SMTP without an
 * outside mail server. Messages it receives are also kept as .eml files by the mailer.
 */
final class EmbeddedMailServer implements AutoCloseable {

  private final GreenMail greenMail;

  private EmbeddedMailServer(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  static EmbeddedMailServer start(String host, int port) {
    GreenMail greenMail = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return new EmbeddedMailServer(greenMail);
  }

  int port() {
    return greenMail.getSmtp().getPort();
  }

  int receivedCount() {
    return greenMail.getReceivedMessages().length;
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
