package org.schoolattendance.synthetic.school;

/** School phase with its census code, establishment-number range and year groups. */
public enum Phase {
  PRIMARY("primary", "PS", 2000, 0, 6),
  SECONDARY("secondary", "SS", 4000, 7, 11),
  SPECIAL("special", "SP", 7000, 0, 13),
  PRU("pru", "PR", 1100, 7, 11);

  private final String csvName;
  private final String censusCode;
  private final int estabBase;
  private final int lowestYear;
  private final int highestYear;

  Phase(String csvName, String censusCode, int estabBase, int lowestYear, int highestYear) {
    this.csvName = csvName;
    this.censusCode = censusCode;
    this.estabBase = estabBase;
    this.lowestYear = lowestYear;
    this.highestYear = highestYear;
  }

  public String csvName() {
    return csvName;
  }

  public String censusCode() {
    return censusCode;
  }

  public int estabBase() {
    return estabBase;
  }

  /** Lowest NC year taught; 0 = reception. */
  public int lowestYear() {
    return lowestYear;
  }

  public int highestYear() {
    return highestYear;
  }

  public int yearGroups() {
    return highestYear - lowestYear + 1;
  }

  public boolean mainstream() {
    return this == PRIMARY || this == SECONDARY;
  }
}
