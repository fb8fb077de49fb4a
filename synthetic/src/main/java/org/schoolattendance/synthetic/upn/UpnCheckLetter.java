package org.schoolattendance.synthetic.upn;

/**
 * The DfE modulus-23 check letter of a Unique Pupil Number: each of characters 2 to 13 is
 * multiplied by its position (2..13), the products summed, and the sum modulo 23 indexes the letter
 * table below (I, O and S are never used). A letter in position 13 (temporary UPN) counts as its
 * index in the same table.
 */
public final class UpnCheckLetter {

  static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  private UpnCheckLetter() {}

  /** Check letter for the 12 characters that follow it. */
  public static char forBody(String body) {
    if (body.length() != 12) {
      throw new IllegalArgumentException("UPN body must be 12 characters");
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      char c = body.charAt(i);
      int value;
      if (c >= '0' && c <= '9') {
        value = c - '0';
      } else if (i == 11 && LETTERS.indexOf(c) >= 0) {
        value = LETTERS.indexOf(c);
      } else {
        throw new IllegalArgumentException("not a UPN character at position " + (i + 2));
      }
      sum += value * (i + 2);
    }
    return LETTERS.charAt(sum % 23);
  }

  /** True when {@code upn} is 13 characters with a correct check letter. */
  public static boolean isValid(String upn) {
    if (upn == null || upn.length() != 13) {
      return false;
    }
    try {
      return upn.charAt(0) == forBody(upn.substring(1));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public static String withCheckLetter(String body) {
    return forBody(body) + body;
  }
}
