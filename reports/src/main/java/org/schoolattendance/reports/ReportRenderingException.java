package org.schoolattendance.reports;

/** A template could not be compiled, filled or exported. */
public class ReportRenderingException extends RuntimeException {

  public ReportRenderingException(String message, Throwable cause) {
    super(message, cause);
  }
}
