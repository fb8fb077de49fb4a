package org.schoolattendance.ingest.common;

public final class UpnTestSupport {

  private UpnTestSupport() {}

  public static String withCheckLetter(String body) {
    return Upn.checkLetter(body) + body;
  }
}
