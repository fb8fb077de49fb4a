package org.schoolattendance.reports.pack;

import java.util.List;

/** The packs a user can ask for with {@code report --pack}. */
public enum Pack {
  /** Per school: statistics for governors, no pupil-identifiable data. */
  GOVERNOR(List.of(PackDocument.GOVERNOR)),
  /** Per school: the governor content for the head, plus the confidential pupil annex. */
  HEAD(List.of(PackDocument.HEAD, PackDocument.HEAD_ANNEX)),
  /** Per school: the attendance evidence inspectors look at. */
  OFSTED(List.of(PackDocument.OFSTED)),
  /** Per LA: every school compared, as PDF and an XLSX companion for analysts. */
  LA(List.of(PackDocument.LA_COMPARISON, PackDocument.LA_TABLES));

  private final List<PackDocument> documents;

  Pack(List<PackDocument> documents) {
    this.documents = documents;
  }

  public List<PackDocument> documents() {
    return documents;
  }

  /** The name used on the command line and in file names, e.g. {@code governor}. */
  public String cliName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
