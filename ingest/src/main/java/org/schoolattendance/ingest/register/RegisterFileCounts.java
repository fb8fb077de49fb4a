package org.schoolattendance.ingest.register;

/** What a file's rows came to after validation: rows read = loaded + quarantined. */
record RegisterFileCounts(long read, long quarantined, long queried) {

  static final RegisterFileCounts EMPTY = new RegisterFileCounts(0, 0, 0);

  long loaded() {
    return read - quarantined;
  }
}
