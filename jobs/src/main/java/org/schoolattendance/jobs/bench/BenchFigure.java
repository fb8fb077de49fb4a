package org.schoolattendance.jobs.bench;

/** One measured figure: e.g. ("rows per second", 1.2e6, "rows/s", "Spring Batch jobs"). */
public record BenchFigure(String measure, double value, String unit, String note) {

  public static BenchFigure ratio(String measure, double numerator, double denominator) {
    return new BenchFigure(measure, numerator / denominator, "x", "measured in the same run");
  }
}
