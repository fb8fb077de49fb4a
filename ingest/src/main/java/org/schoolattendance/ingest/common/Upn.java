package org.schoolattendance.ingest.common;

/**
 * The DfE Unique Pupil Number: a check letter, then 11 digits, then a digit (permanent UPN) or a
 * letter (temporary UPN). The check letter is the weighted sum of characters 2 to 13 (weight =
 * position) modulo 23, written in an alphabet that leaves out I, O and S.
 */
public final class Upn {

  private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

  private Upn() {}

  public static boolean isValid(String upn) {
    if (upn == null || !upn.matches("[A-HJ-NP-RT-Z]\\d{11}[0-9A-HJ-NP-RT-Z]")) {
      return false;
    }
    return upn.charAt(0) == checkLetter(upn.substring(1));
  }

  /** The check letter for the 12 characters that follow it. */
  static char checkLetter(String body) {
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      int value = Character.isDigit(c) ? c - '0' : LETTERS.indexOf(c);
      sum += value * (i + 2);
    }
    return LETTERS.charAt(sum % 23);
  }
}
