package org.schoolattendance.ingest.common;

/**
 * How many files, and how many bytes of them, one batch (one transaction) may take. Bigger batches
 * spread each statement's fixed cost further; the byte limit keeps DuckDB's staging tables well
 * inside its memory limit whatever the size of the files.
 */
public record BatchLimit(int maxFiles, long maxBytes) {

  public BatchLimit {
    if (maxFiles < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("a batch must take at least one file and one byte");
    }
  }

  public boolean isFull(int files, long bytes) {
    return files >= maxFiles || bytes >= maxBytes;
  }
}
