package org.schoolattendance.sql.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
    try (InputStream in = ReferenceQueries.class.getResourceAsStream("/reference/" + file)) {
      if (in == null) {
        throw new IllegalStateException("reference query missing from the classpath: " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference query " + file, e);
    }
  }
}
