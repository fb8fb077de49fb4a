package org.schoolattendance.jobs.delivery;

/** Who a message is for; each role's address comes from one place only. */
public enum RecipientRole {
  /** The school's headteacher: dim_school.head_email. */
  HEAD("head"),
  /** The school's clerk to the governors: dim_school.clerk_email. */
  GOVERNORS_CLERK("governors' clerk"),
  /** The LA attendance team: the attendance.delivery.la-address setting. */
  LA_TEAM("LA attendance team");

  private final String label;

  RecipientRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
