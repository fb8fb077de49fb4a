package org.schoolattendance.ingest;

/** A load that stopped; the message names the job, the file and the reason. */
public class IngestFailedException extends Exception {

  private static final long serialVersionUID = 1L;

  public IngestFailedException(String message) {
    super(message);
  }
}
