package org.schoolattendance.ingest.register;

import java.util.ArrayList;
import java.util.List;

/** Times the phases of a batch for the log line that says where a batch spent its time. */
final class BatchTimer {

  private final long start = System.nanoTime();
  private final List<String> laps = new ArrayList<>();
  private long last = start;

  void lap(String phase) {
    long now = System.nanoTime();
    laps.add(String.format(java.util.Locale.ROOT, "%s %.2f s", phase, (now - last) / 1e9));
    last = now;
  }

  long elapsedNanos() {
    return System.nanoTime() - start;
  }

  String summary() {
    return String.join(", ", laps);
  }
}
