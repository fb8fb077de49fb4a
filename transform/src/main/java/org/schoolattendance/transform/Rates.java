package org.schoolattendance.transform;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/** Percentage rates of summed counts (domain.md §3.1: a ratio of sums, never a mean of rates). */
public final class Rates {

  private Rates() {}

  /** {@code 100 * numerator / denominator} as a double; null when the denominator is 0 or null. */
  public static Column percent(Column numerator, Column denominator) {
    return when(denominator.gt(0), lit(100.0).multiply(numerator).divide(denominator));
  }
}
