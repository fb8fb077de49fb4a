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

  public FileRejectedException rejection(long read, long bad, List<QuarantineEntry> byRule) {
    return new FileRejectedException(
        String.format(
            "%d of %d rows (%.1f%%) break validation rules, more than the %.1f%% limit;"
                + " nothing was loaded",
            bad, read, 100.0 * bad / read, 100.0 * maxShare),
        read,
        byRule);
  }
}
