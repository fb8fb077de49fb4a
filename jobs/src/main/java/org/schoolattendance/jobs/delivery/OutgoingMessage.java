package org.schoolattendance.jobs.delivery;

import java.util.List;
import org.schoolattendance.jobs.pipeline.RenderedPack;

/**
 * One message to send: its kind, its recipient (null when the directory or the settings have no
 * address for the role) and its attachments, all of one owner (a school or the LA) and one period.
 * The constructor refuses any message that would break the routing rules, so a wrong one can never
 * reach the mailer.
 */
public record OutgoingMessage(MessageKind kind, String recipient, List<RenderedPack> attachments) {

  public OutgoingMessage {
    attachments = List.copyOf(attachments);
    if (attachments.isEmpty()) {
      throw new IllegalArgumentException("a " + kind.slug() + " message needs an attachment");
    }
    RenderedPack first = attachments.get(0);
    for (RenderedPack pack : attachments) {
      if (!kind.documents().contains(pack.document())) {
        throw new IllegalArgumentException(
            pack.fileName() + " does not belong in a " + kind.slug() + " message");
      }
      if (!pack.owner().equals(first.owner())
          || !pack.file().period().id().equals(first.file().period().id())) {
        throw new IllegalArgumentException(
            pack.fileName() + " and " + first.fileName() + " are not for one owner and period");
      }
      if (pack.document().pupilIdentifiable()) {
        requireOwnHeadOnly(kind, recipient, attachments, pack);
      }
    }
  }

  private static void requireOwnHeadOnly(
      MessageKind kind, String recipient, List<RenderedPack> attachments, RenderedPack pack) {
    if (attachments.size() != 1) {
      throw new IllegalArgumentException(
          pack.fileName() + " holds pupil data and must travel alone");
    }
    if (kind.role() != RecipientRole.HEAD
        || (recipient != null && !recipient.equalsIgnoreCase(pack.headEmail()))) {
      throw new IllegalArgumentException(
          pack.fileName() + " holds pupil data and may go only to its own school's head");
    }
  }

  public RenderedPack first() {
    return attachments.get(0);
  }

  public String owner() {
    return first().owner();
  }

  public String periodId() {
    return first().file().period().id();
  }

  public String periodLabel() {
    return first().file().period().label();
  }

  /** The school's name, or the LA's for an LA message. */
  public String ownerName() {
    return first().file().schoolName();
  }

  public boolean officialSensitive() {
    return attachments.stream().anyMatch(pack -> pack.document().pupilIdentifiable());
  }
}
