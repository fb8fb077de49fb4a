package org.schoolattendance.jobs.pipeline;

/** A stage that could not finish; the message says which stage and why, in one line. */
public class StageFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String stage;

  public StageFailedException(String stage, String reason, Throwable cause) {
    super(stage + ": " + reason, cause);
    this.stage = stage;
  }

  public String stage() {
    return stage;
  }
}
