package org.schoolattendance.ingest.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The progress lines a job logs for each file: started, and a summary when it is done. */
final class FileLoadLog {

  private static final Logger log = LoggerFactory.getLogger(FileLoadLog.class);

  private FileLoadLog() {}

  static void started(FileKind kind, int index, int total, InputFile file) {
    log.info("{} file {} of {} started: {}", kind.jobName(), index + 1, total, file.name());
  }

  static void finished(FileKind kind, int index, int total, FileLoadResult result) {
    log.info(
        "{} file {} of {} {}: {}: {} read, {} loaded, {} quarantined, {} queries, {} rows/s{}",
        kind.jobName(),
        index + 1,
        total,
        result.status(),
        result.fileName(),
        result.rowsRead(),
        result.rowsLoaded(),
        result.rowsQuarantined(),
        result.rowsQueried(),
        Math.round(result.rowsPerSecond()),
        result.message() == null ? "" : " (" + result.message() + ")");
  }
}
