package org.schoolattendance.jobs.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schoolattendance.jobs.pipeline.RenderedPack;

/**
 * Routes rendered files into messages by role: per school, the head gets the head and Ofsted packs
 * in one message and the pupil annex alone in another, and the governors' clerk gets the governor
 * pack; the LA team gets the LA comparison PDF and XLSX. A document not rendered has nothing to
 * send; a role with no address gives a message with no recipient, to be skipped, never rerouted.
 */
public final class DeliveryPlan {

  private DeliveryPlan() {}

  public static List<OutgoingMessage> route(List<RenderedPack> packs, String laAddress) {
    Map<String, List<RenderedPack>> byMessage = new LinkedHashMap<>();
    List<RenderedPack> ordered = new ArrayList<>(packs);
    ordered.sort(
        Comparator.comparing((RenderedPack pack) -> pack.document().perSchool() ? 0 : 1)
            .thenComparing(RenderedPack::owner)
            .thenComparing(pack -> MessageKind.carrying(pack.document()))
            .thenComparing(RenderedPack::document));
    for (RenderedPack pack : ordered) {
      String key =
          pack.owner()
              + "|"
              + pack.file().period().id()
              + "|"
              + MessageKind.carrying(pack.document());
      byMessage.computeIfAbsent(key, k -> new ArrayList<>()).add(pack);
    }
    List<OutgoingMessage> messages = new ArrayList<>();
    for (List<RenderedPack> attachments : byMessage.values()) {
      MessageKind kind = MessageKind.carrying(attachments.get(0).document());
      messages.add(
          new OutgoingMessage(kind, address(kind, attachments.get(0), laAddress), attachments));
    }
    return messages;
  }

  private static String address(MessageKind kind, RenderedPack pack, String laAddress) {
    String address =
        switch (kind.role()) {
          case HEAD -> pack.headEmail();
          case GOVERNORS_CLERK -> pack.clerkEmail();
          case LA_TEAM -> laAddress;
        };
    return address == null || address.isBlank() ? null : address.strip();
  }
}
