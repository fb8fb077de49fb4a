package org.schoolattendance.jobs.delivery;

import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Every message sent (or that failed), kept in the metadata database beside the Batch tables. */
@Component
public class DeliveryLedger {

  private final JdbcTemplate jdbc;

  public DeliveryLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    jdbc.execute(
        "create table if not exists delivery_ledger ("
            + " id bigint auto_increment primary key, sent_at timestamp, urn varchar(6),"
            + " term_id varchar(20), pack varchar(40), recipient varchar(320),"
            + " attachment varchar(255), attachment_sha256 varchar(64), message_id varchar(255),"
            + " status varchar(10), detail varchar(1000))");
  }

  void record(Delivery delivery, String status, String detail) {
    jdbc.update(
        "insert into delivery_ledger (sent_at, urn, term_id, pack, recipient, attachment,"
            + " attachment_sha256, message_id, status, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        LocalDateTime.now(),
        delivery.urn(),
        delivery.termId(),
        delivery.pack(),
        delivery.recipient(),
        delivery.attachment().getFileName().toString(),
        delivery.attachmentSha256(),
        delivery.messageId(),
        status,
        detail);
  }
}
