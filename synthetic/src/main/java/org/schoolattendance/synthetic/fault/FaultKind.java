package org.schoolattendance.synthetic.fault;

import java.util.Locale;

/**
 * The kinds of bad data the generator injects, each with the outcome ingest should usually reach.
 */
public enum FaultKind {
  UNKNOWN_CODE(Outcome.ROW_QUARANTINED),
  DUPLICATE_EXACT(Outcome.LOADED_AND_FLAGGED),
  DUPLICATE_CONFLICTING(Outcome.ROW_QUARANTINED),
  DATE_OUTSIDE_TERM(Outcome.ROW_QUARANTINED),
  DATE_OUTSIDE_ENROLMENT(Outcome.ROW_QUARANTINED),
  MALFORMED_UPN(Outcome.ROW_QUARANTINED),
  FORMULA_PREFIX(Outcome.ROW_QUARANTINED),
  MANY_BAD_ROWS(Outcome.FILE_REJECTED),
  NON_UTF8(Outcome.FILE_REJECTED),
  TRUNCATED_XML(Outcome.FILE_REJECTED),
  XML_EXTERNAL_ENTITY(Outcome.FILE_REJECTED);

  /** Outcome classes, as written in {@code truth/faults.csv}. */
  public enum Outcome {
    ROW_QUARANTINED,
    FILE_REJECTED,
    LOADED_AND_FLAGGED;

    public String csv() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Outcome usualOutcome;

  FaultKind(Outcome usualOutcome) {
    this.usualOutcome = usualOutcome;
  }

  Outcome usualOutcome() {
    return usualOutcome;
  }

  public String csv() {
    return name().toLowerCase(Locale.ROOT);
  }
}
