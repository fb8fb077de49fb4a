package org.schoolattendance.sql.snapshot;

/**
 * The DuckDB SQL reference queries in {@code reference/}: independent computations of what the
 * Spark transforms produce, run over the same mart, so tests and benchmarks can compare the two.
 */
public enum ReferenceQueries {
  SUBGROUP_TREND("subgroup_trend.sql"),
  ABSENCE_BANDS("absence_bands.sql");

  private final String file;

  ReferenceQueries(String file) {
    this.file = file;
  }

  /** The query text: one select over {@code mart_enrolment_period}. */
  public String sql() {
    return SnapshotResources.text("/reference/" + file);
  }
}
