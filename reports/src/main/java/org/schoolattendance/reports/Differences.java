package org.schoolattendance.reports;

import java.math.BigDecimal;

/**
 * Comparison phrases written by rule from unrounded values, for every pack: a difference is rounded
 * once, and a difference whose 95% interval includes zero is called "similar", whatever its point
 * estimate.
 */
public final class Differences {

  /** A 95% interval for a difference, in percentage points. */
  public record Interval(double low, double high) {

    /** The interval, or null unless both limits are known. */
    public static Interval ofNullable(Double low, Double high) {
      return low == null || high == null ? null : new Interval(low, high);
    }

    public boolean includesZero() {
      return Differences.includesZero(low, high);
    }

    /** The interval of the opposite difference (reference minus value). */
    public Interval negated() {
      return new Interval(-high, -low);
    }
  }

  private Differences() {}

  /** "0.4 percentage points higher than", "1.0 percentage point lower than", "the same as". */
  public static String compared(double value, double reference) {
    BigDecimal difference = Figures.oneDecimalDifference(value, reference);
    if (difference.signum() == 0) {
      return "the same as";
    }
    return points(difference.abs()) + (difference.signum() > 0 ? " higher than" : " lower than");
  }

  /**
   * As {@link #compared(double, double)}, but "similar to" when the difference's interval includes
   * zero. An interval lying wholly on the other side of zero from the shown difference also gives
   * "similar to": the interval may come from a slightly different cohort than the figures shown,
   * and a sentence must never claim a direction its own interval contradicts. A null interval (none
   * known) leaves the plain direction.
   */
  public static String compared(double value, double reference, Interval interval) {
    return similar(value, reference, interval) ? "similar to" : compared(value, reference);
  }

  /**
   * Whether {@code value − reference} is to be called similar: its interval includes zero or lies
   * wholly on the other side of zero from the rounded difference. False without an interval.
   */
  public static boolean similar(double value, double reference, Interval interval) {
    if (interval == null) {
      return false;
    }
    int direction = Figures.oneDecimalDifference(value, reference).signum();
    boolean contradicted =
        (direction > 0 && interval.high() < 0) || (direction < 0 && interval.low() > 0);
    return interval.includesZero() || contradicted;
  }

  /**
   * "similar to" when the interval includes zero; otherwise "2.1 percentage points higher than" or
   * "... lower than", for a difference worked out elsewhere.
   */
  public static String compared(double difference, double low, double high) {
    if (includesZero(low, high)) {
      return "similar to";
    }
    BigDecimal rounded = Figures.oneDecimal(Math.abs(difference));
    return points(rounded) + (difference > 0 ? " higher than" : " lower than");
  }

  public static boolean includesZero(double low, double high) {
    return low <= 0 && high >= 0;
  }

  /** "95% interval 0.4 to 3.8 points". */
  public static String interval(double low, double high) {
    return "95% interval " + Figures.decimal(low) + " to " + Figures.decimal(high) + " points";
  }

  private static String points(BigDecimal value) {
    return value.toPlainString()
        + (value.compareTo(BigDecimal.ONE) == 0 ? " percentage point" : " percentage points");
  }
}
