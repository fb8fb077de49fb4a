package org.schoolattendance.jobs.bench;

import java.util.List;

/**
 * One benchmark of the {@code bench} command. Each stage adds its own as a Spring bean; a benchmark
 * measures the stage and, where a reference exists, the reference in the same run.
 */
public interface Benchmark {

  /** The name used on the command line, e.g. {@code ingest}. */
  String name();

  /** One line saying what is measured and against what. */
  String description();

  List<BenchFigure> run(BenchContext context) throws Exception;
}
