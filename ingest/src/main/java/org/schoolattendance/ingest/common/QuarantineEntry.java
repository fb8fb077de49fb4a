package org.schoolattendance.ingest.common;

/** A row or element that broke a rule, kept with where it came from and why. */
public record QuarantineEntry(
    long line, String field, String ruleCode, Severity severity, String message, String rawText) {

  public enum Severity {
    /** The row is not loaded. */
    ERROR,
    /** The row is loaded but listed for the school to explain. */
    QUERY
  }
}
