package org.schoolattendance.jobs.delivery;

import java.nio.file.Path;

/**
 * What became of one message.
 *
 * @param message the message as routed
 * @param status sent, or skipped for want of an address
 * @param messageId the Message-ID of a sent message, else null
 * @param eml the .eml copy of a sent message, else null
 * @param detail why a message was skipped, else null
 */
public record Delivery(
    OutgoingMessage message, Status status, String messageId, Path eml, String detail) {

  public enum Status {
    SENT,
    SKIPPED,
    FAILED
  }

  static Delivery skipped(OutgoingMessage message, String reason) {
    return new Delivery(message, Status.SKIPPED, null, null, reason);
  }
}
