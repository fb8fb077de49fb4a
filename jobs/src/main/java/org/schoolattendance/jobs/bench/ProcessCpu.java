package org.schoolattendance.jobs.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time of the whole process: every thread, DuckDB's native threads included. On a shared
 * machine it moves far less with other load than wall time does.
 */
final class ProcessCpu {

  private ProcessCpu() {}

  /** Seconds of CPU used by this process so far, or NaN where the JVM cannot tell. */
  static double seconds() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }
}
