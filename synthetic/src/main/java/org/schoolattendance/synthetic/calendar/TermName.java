package org.schoolattendance.synthetic.calendar;

/** The three terms, with their census codes. */
public enum TermName {
  AUTUMN("autumn", "AUT", "aut"),
  SPRING("spring", "SPR", "spr"),
  SUMMER("summer", "SUM", "sum");

  private final String label;
  private final String censusCode;
  private final String fileCode;

  TermName(String label, String censusCode, String fileCode) {
    this.label = label;
    this.censusCode = censusCode;
    this.fileCode = fileCode;
  }

  public String label() {
    return label;
  }

  public String censusCode() {
    return censusCode;
  }

  public String fileCode() {
    return fileCode;
  }
}
