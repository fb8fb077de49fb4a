package org.schoolattendance.transform.stats;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * 95% intervals and p-values as Spark column expressions, so they run where the data is and need no
 * user-defined functions. Shares are fractions (0–1); callers scale to percentage points.
 */
public final class Intervals {

  /** The normal quantile of a two-sided 95% interval. */
  public static final double Z95 = 1.959963984540054;

  private Intervals() {}

  /** A lower and upper limit. */
  public record Limits(Column lower, Column upper) {

    public Limits times(double factor) {
      return new Limits(lower.multiply(factor), upper.multiply(factor));
    }
  }

  /** Wilson score interval of the share {@code count / total}; null when total is 0. */
  public static Limits wilson(Column count, Column total) {
    Column n = total.cast("double");
    Column p = count.cast("double").divide(n);
    double z2 = Z95 * Z95;
    Column denominator = lit(1.0).plus(lit(z2).divide(n));
    Column centre = p.plus(lit(z2).divide(n.multiply(2))).divide(denominator);
    Column half =
        lit(Z95)
            .multiply(
                sqrt(
                    p.multiply(lit(1.0).minus(p))
                        .divide(n)
                        .plus(lit(z2).divide(n.multiply(n).multiply(4)))))
            .divide(denominator);
    return new Limits(
        when(n.gt(0), greatest(lit(0.0), centre.minus(half))),
        when(n.gt(0), least(lit(1.0), centre.plus(half))));
  }

  /**
   * Newcombe's hybrid score interval for {@code p1 - p2} of two independent shares, from each
   * share's Wilson interval (Newcombe 1998, method 10).
   */
  public static Limits newcombe(Column p1, Limits wilson1, Column p2, Limits wilson2) {
    Column difference = p1.minus(p2);
    Column below = sqrt(pow(p1.minus(wilson1.lower()), 2).plus(pow(wilson2.upper().minus(p2), 2)));
    Column above = sqrt(pow(wilson1.upper().minus(p1), 2).plus(pow(p2.minus(wilson2.lower()), 2)));
    return new Limits(difference.minus(below), difference.plus(above));
  }

  /** {@code estimate ± 1.96 × √variance}. */
  public static Limits normal(Column estimate, Column variance) {
    Column half = lit(Z95).multiply(sqrt(variance));
    return new Limits(estimate.minus(half), estimate.plus(half));
  }

  /**
   * Two-sided p-value of a standard normal statistic: {@code 2 × (1 − Φ(|z|))}, by Abramowitz and
   * Stegun 26.2.17 (absolute error below 1.5e-7, ample for ranking and false-discovery control).
   */
  public static Column twoSidedP(Column z) {
    Column x = abs(z);
    Column t = lit(1.0).divide(lit(1.0).plus(x.multiply(0.2316419)));
    Column polynomial =
        t.multiply(
            lit(0.319381530)
                .plus(
                    t.multiply(
                        lit(-0.356563782)
                            .plus(
                                t.multiply(
                                    lit(1.781477937)
                                        .plus(
                                            t.multiply(
                                                lit(-1.821255978)
                                                    .plus(t.multiply(1.330274429)))))))));
    Column density = exp(x.multiply(x).multiply(-0.5)).divide(Math.sqrt(2 * Math.PI));
    return least(lit(1.0), density.multiply(polynomial).multiply(2));
  }
}
