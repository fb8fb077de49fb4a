package org.schoolattendance.ingest.common;

import java.util.List;

/** A file that must not be loaded at all, with the reason and the rows that caused it. */
public class FileRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final long rowsRead;
  private final transient List<QuarantineEntry> entries;

  public FileRejectedException(String reason, long rowsRead, List<QuarantineEntry> entries) {
    super(reason);
    this.rowsRead = rowsRead;
    this.entries = List.copyOf(entries);
  }

  public long rowsRead() {
    return rowsRead;
  }

  public List<QuarantineEntry> entries() {
    return entries;
  }
}
