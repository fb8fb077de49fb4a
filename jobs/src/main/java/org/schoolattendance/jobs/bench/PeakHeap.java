package org.schoolattendance.jobs.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The JVM's peak heap use, summed over heap pools, for benchmarks to report. */
public final class PeakHeap {

  private PeakHeap() {}

  public static void reset() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  public static BenchFigure figure(String note) {
    long bytes =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .mapToLong(pool -> pool.getPeakUsage().getUsed())
            .sum();
    return new BenchFigure("peak heap", bytes / (1024.0 * 1024.0), "MiB", note);
  }

  public static BenchFigure maxHeap() {
    return new BenchFigure(
        "max heap", Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0), "MiB", "-Xmx");
  }
}
