package org.schoolattendance.jobs.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.jobs.delivery.Delivery;
import org.schoolattendance.jobs.delivery.DeliveryPlan;
import org.schoolattendance.jobs.delivery.MailDelivery;
import org.schoolattendance.jobs.delivery.OutgoingMessage;
import org.schoolattendance.jobs.progress.Progress;
import org.springframework.stereotype.Component;

/**
 * Emails each rendered file by role (see {@link DeliveryPlan}): school packs to that school's head
 * and governors' clerk only, the pupil annex alone to its own head, the LA pack to the LA team.
 */
@Component
public class DeliveryStage {

  private final MailDelivery mail;
  private final AttendanceProperties properties;

  public DeliveryStage(MailDelivery mail, AttendanceProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  public record Result(List<Delivery> deliveries, String server) {

    public long count(Delivery.Status status) {
      return deliveries.stream().filter(delivery -> delivery.status() == status).count();
    }
  }

  public Result run(List<RenderedPack> packs, boolean synthetic) {
    try {
      List<OutgoingMessage> messages = DeliveryPlan.route(packs, laAddress());
      try (MailDelivery.Session session =
              mail.open(properties.workDir().resolve("mail"), synthetic);
          Progress progress = Progress.start("deliver", messages.size())) {
        List<Delivery> deliveries = new ArrayList<>();
        for (OutgoingMessage message : messages) {
          deliveries.add(session.deliver(message));
          progress.step();
        }
        return new Result(deliveries, session.describeServer());
      }
    } catch (Exception e) {
      throw new StageFailedException("deliver", e.getMessage(), e);
    }
  }

  private String laAddress() {
    return properties.delivery() != null ? properties.delivery().laAddress() : null;
  }
}
