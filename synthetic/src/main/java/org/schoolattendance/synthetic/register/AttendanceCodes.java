package org.schoolattendance.synthetic.register;

import java.time.LocalDate;
import java.util.Map;

/**
 * Register code sets: the one in force before 19 August 2024 and the 2024 one, with the category
 * each code counts in (domain notes §2).
 */
public final class AttendanceCodes {

  public static final LocalDate CURRENT_SET_FROM = LocalDate.of(2024, 8, 19);

  /** How a code counts. Only the first four are possible sessions. */
  public enum Category {
    PRESENT,
    APPROVED_ACTIVITY,
    AUTHORISED,
    UNAUTHORISED,
    NOT_POSSIBLE;

    public boolean possible() {
      return this != NOT_POSSIBLE;
    }

    public boolean absence() {
      return this == AUTHORISED || this == UNAUTHORISED;
    }
  }

  private static final Map<String, Category> BEFORE_2024 =
      Map.ofEntries(
          Map.entry("/", Category.PRESENT),
          Map.entry("\\", Category.PRESENT),
          Map.entry("L", Category.PRESENT),
          Map.entry("B", Category.APPROVED_ACTIVITY),
          Map.entry("J", Category.APPROVED_ACTIVITY),
          Map.entry("P", Category.APPROVED_ACTIVITY),
          Map.entry("V", Category.APPROVED_ACTIVITY),
          Map.entry("W", Category.APPROVED_ACTIVITY),
          Map.entry("C", Category.AUTHORISED),
          Map.entry("E", Category.AUTHORISED),
          Map.entry("H", Category.AUTHORISED),
          Map.entry("F", Category.AUTHORISED),
          Map.entry("I", Category.AUTHORISED),
          Map.entry("M", Category.AUTHORISED),
          Map.entry("R", Category.AUTHORISED),
          Map.entry("S", Category.AUTHORISED),
          Map.entry("T", Category.AUTHORISED),
          Map.entry("G", Category.UNAUTHORISED),
          Map.entry("N", Category.UNAUTHORISED),
          Map.entry("O", Category.UNAUTHORISED),
          Map.entry("U", Category.UNAUTHORISED),
          Map.entry("D", Category.NOT_POSSIBLE),
          Map.entry("X", Category.NOT_POSSIBLE),
          Map.entry("Y", Category.NOT_POSSIBLE),
          Map.entry("Z", Category.NOT_POSSIBLE),
          Map.entry("#", Category.NOT_POSSIBLE));

  private static final Map<String, Category> FROM_2024 =
      Map.ofEntries(
          Map.entry("/", Category.PRESENT),
          Map.entry("\\", Category.PRESENT),
          Map.entry("L", Category.PRESENT),
          Map.entry("K", Category.APPROVED_ACTIVITY),
          Map.entry("V", Category.APPROVED_ACTIVITY),
          Map.entry("P", Category.APPROVED_ACTIVITY),
          Map.entry("W", Category.APPROVED_ACTIVITY),
          Map.entry("B", Category.APPROVED_ACTIVITY),
          Map.entry("C", Category.AUTHORISED),
          Map.entry("C1", Category.AUTHORISED),
          Map.entry("C2", Category.AUTHORISED),
          Map.entry("M", Category.AUTHORISED),
          Map.entry("J1", Category.AUTHORISED),
          Map.entry("S", Category.AUTHORISED),
          Map.entry("T", Category.AUTHORISED),
          Map.entry("R", Category.AUTHORISED),
          Map.entry("I", Category.AUTHORISED),
          Map.entry("E", Category.AUTHORISED),
          Map.entry("G", Category.UNAUTHORISED),
          Map.entry("N", Category.UNAUTHORISED),
          Map.entry("O", Category.UNAUTHORISED),
          Map.entry("U", Category.UNAUTHORISED),
          Map.entry("Q", Category.NOT_POSSIBLE),
          Map.entry("Y1", Category.NOT_POSSIBLE),
          Map.entry("Y2", Category.NOT_POSSIBLE),
          Map.entry("Y3", Category.NOT_POSSIBLE),
          Map.entry("Y4", Category.NOT_POSSIBLE),
          Map.entry("Y5", Category.NOT_POSSIBLE),
          Map.entry("Y6", Category.NOT_POSSIBLE),
          Map.entry("Y7", Category.NOT_POSSIBLE),
          Map.entry("D", Category.NOT_POSSIBLE),
          Map.entry("X", Category.NOT_POSSIBLE),
          Map.entry("Z", Category.NOT_POSSIBLE),
          Map.entry("#", Category.NOT_POSSIBLE));

  private AttendanceCodes() {}

  public static boolean usesCurrentSet(LocalDate date) {
    return !date.isBefore(CURRENT_SET_FROM);
  }

  /** Category of {@code code} on {@code date}, or null if the code is not in that set. */
  public static Category categorise(String code, LocalDate date) {
    return (usesCurrentSet(date) ? FROM_2024 : BEFORE_2024).get(code);
  }
}
