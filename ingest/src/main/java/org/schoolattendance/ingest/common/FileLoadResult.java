package org.schoolattendance.ingest.common;

import java.time.Duration;

/**
 * What loading one file did. For every file, rows read = rows loaded + rows quarantined; queried
 * rows are loaded but listed for the school to explain.
 */
public record FileLoadResult(
    FileKind kind,
    String fileName,
    Status status,
    long rowsRead,
    long rowsLoaded,
    long rowsQuarantined,
    long rowsQueried,
    Duration elapsed,
    String message) {

  public enum Status {
    LOADED,
    ALREADY_LOADED,
    REJECTED
  }

  public static FileLoadResult alreadyLoaded(FileKind kind, InputFile file) {
    return new FileLoadResult(
        kind, file.name(), Status.ALREADY_LOADED, 0, 0, 0, 0, Duration.ZERO, "already loaded");
  }

  public double rowsPerSecond() {
    double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
    return rowsRead / seconds;
  }
}
