package org.schoolattendance.jobs.delivery;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.schoolattendance.jobs.pipeline.RenderedPack;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every message sent, skipped or failed, kept in the metadata database beside the Batch tables: one
 * row per attached file, rows of one message sharing its Message-ID.
 */
@Component
public class DeliveryLedger {

  private final JdbcTemplate jdbc;

  public DeliveryLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    jdbc.execute(
        "create table if not exists delivery_ledger ("
            + " id bigint auto_increment primary key, sent_at timestamp, urn varchar(6),"
            + " term_id varchar(40), pack varchar(40), recipient varchar(320),"
            + " attachment varchar(255), attachment_sha256 varchar(64), message_id varchar(255),"
            + " status varchar(10), detail varchar(1000))");
    // columns added when routing by role came in; older metadata databases gain them here
    jdbc.execute("alter table delivery_ledger alter column term_id set data type varchar(40)");
    jdbc.execute("alter table delivery_ledger add column if not exists la_code varchar(3)");
    jdbc.execute("alter table delivery_ledger add column if not exists recipient_role varchar(40)");
    jdbc.execute("alter table delivery_ledger add column if not exists document varchar(40)");
  }

  void record(Delivery delivery) {
    OutgoingMessage message = delivery.message();
    LocalDateTime at = LocalDateTime.now();
    for (RenderedPack pack : message.attachments()) {
      jdbc.update(
          "insert into delivery_ledger (sent_at, urn, la_code, term_id, pack, recipient_role,"
              + " recipient, document, attachment, attachment_sha256, message_id, status, detail)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          at,
          pack.file().urn(),
          pack.file().laCode(),
          message.periodId(),
          message.kind().slug(),
          message.kind().role().name(),
          message.recipient(),
          pack.document().name(),
          pack.fileName(),
          pack.sha256(),
          delivery.messageId(),
          delivery.status().name(),
          truncate(delivery.detail()));
    }
  }

  /** Every row, oldest first. */
  public List<Map<String, Object>> rows() {
    return jdbc.queryForList("select * from delivery_ledger order by id");
  }

  private static String truncate(String detail) {
    return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }
}
