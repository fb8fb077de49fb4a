package org.schoolattendance.ingest.register;

import org.schoolattendance.ingest.common.InputFile;

/** A register export of a batch whose preamble and header were read, with its place and load. */
record RegisterBatchFile(int id, InputFile input, long loadId, RegisterPreamble preamble) {

  /** The path as DuckDB's read_csv reports it in its filename column. */
  String path() {
    return input.path().toString();
  }
}
