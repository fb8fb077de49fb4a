package org.schoolattendance.synthetic.fault;

/** A UPN mistyped in its check letter, so that the modulus-23 check fails. */
final class UpnTypo {

  private UpnTypo() {}

  static String wrongCheckLetter(String upn) {
    char wrong = upn.charAt(0) == 'A' ? 'B' : 'A';
    return wrong + upn.substring(1);
  }
}
