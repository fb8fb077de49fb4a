package org.schoolattendance.ingest.common;

import java.util.List;

/**
 * A file whose share of quarantined rows exceeds the limit is rejected whole: so many errors
 * suggest a broken export rather than a few bad rows, and loading the rest would mislead.
 */
public record ErrorShareLimit(double maxShare) {

  public boolean isExceeded(long read, long bad) {
    return read > 0 && bad > maxShare * read;
  }

  public void check(FileLoadResult result) throws FileRejectedException {
    if (isExceeded(result.rowsRead(), result.rowsQuarantined())) {
      throw rejection(result.rowsRead(), result.rowsQuarantined(), List.of());
    }
  }

  /** The rejection, naming the first line that breaks each rule (the quarantine lists them). */
  public FileRejectedException rejection(long read, long bad, List<QuarantineEntry> byRule) {
    String firstLines =
        byRule.stream()
            .map(entry -> entry.ruleCode() + " from line " + entry.line())
            .collect(java.util.stream.Collectors.joining(", "));
    return new FileRejectedException(
        String.format(
            "%d of %d rows (%.1f%%) break validation rules, more than the %.1f%% limit;"
                + " nothing was loaded%s",
            bad,
            read,
            100.0 * bad / read,
            100.0 * maxShare,
            firstLines.isEmpty() ? "" : " (" + firstLines + ")"),
        read,
        byRule);
  }
}
