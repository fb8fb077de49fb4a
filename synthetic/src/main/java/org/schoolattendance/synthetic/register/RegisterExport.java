package org.schoolattendance.synthetic.register;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One register export of one school: the sessions of timeline days {@code firstDay..lastDay} as the
 * school's system showed them at {@code exportedAt}.
 */
public record RegisterExport(
    String urn, LocalDateTime exportedAt, int firstDay, int lastDay, boolean correction) {

  private static final DateTimeFormatter FILE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private static final DateTimeFormatter ISO_SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  /** {@code 2024-10-25T17:30:00}, always with seconds. */
  public String exportedAtText() {
    return ISO_SECONDS.format(exportedAt);
  }

  public String fileName() {
    return "register/register-" + urn + "-" + FILE_STAMP.format(exportedAt) + ".csv";
  }
}
