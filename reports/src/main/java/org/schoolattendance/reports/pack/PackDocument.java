package org.schoolattendance.reports.pack;

/** One file a pack is made of, with the suffix that ends its predictable file name. */
public enum PackDocument {
  GOVERNOR("governor.pdf", false),
  HEAD("head.pdf", false),
  /** OFFICIAL-SENSITIVE, pupil-level: always a file and a message of its own. */
  HEAD_ANNEX("head-annex.pdf", true),
  OFSTED("ofsted.pdf", false),
  LA_COMPARISON("la-comparison.pdf", false),
  LA_TABLES("la-comparison.xlsx", false);

  private final String fileSuffix;
  private final boolean pupilIdentifiable;

  PackDocument(String fileSuffix, boolean pupilIdentifiable) {
    this.fileSuffix = fileSuffix;
    this.pupilIdentifiable = pupilIdentifiable;
  }

  public String fileSuffix() {
    return fileSuffix;
  }

  public boolean pupilIdentifiable() {
    return pupilIdentifiable;
  }

  public boolean perSchool() {
    return this != LA_COMPARISON && this != LA_TABLES;
  }
}
