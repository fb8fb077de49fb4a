package org.schoolattendance.jobs.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.jobs.config.AttendanceProperties;
import org.schoolattendance.jobs.delivery.Delivery;
import org.schoolattendance.jobs.delivery.MailDelivery;
import org.schoolattendance.jobs.progress.Progress;
import org.springframework.stereotype.Component;

/** Emails each school's pack to that school's head, and to nobody else. */
@Component
public class DeliveryStage {

  private final MailDelivery mail;
  private final AttendanceProperties properties;

  public DeliveryStage(MailDelivery mail, AttendanceProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  public record Result(List<Delivery> deliveries, String server) {}

  public Result run(List<RenderedPack> packs, boolean synthetic) {
    try (MailDelivery.Session session = mail.open(properties.workDir().resolve("mail"), synthetic);
        Progress progress = Progress.start("deliver", packs.size())) {
      List<Delivery> deliveries = new ArrayList<>();
      for (RenderedPack pack : packs) {
        deliveries.add(session.sendToHead(pack));
        progress.step();
      }
      return new Result(deliveries, session.describeServer());
    } catch (Exception e) {
      throw new StageFailedException("deliver", e.getMessage(), e);
    }
  }
}
