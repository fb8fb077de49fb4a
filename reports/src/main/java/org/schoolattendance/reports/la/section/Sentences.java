package org.schoolattendance.reports.la.section;

import java.math.BigDecimal;
import org.schoolattendance.reports.Figures;

/**
 * Comparison phrases written by rule from unrounded values: the difference is rounded once, and a
 * difference whose 95% interval includes zero is called "similar", whatever its point estimate.
 */
final class Sentences {

  private Sentences() {}

  /** "0.4 percentage points higher than", "1.2 percentage points lower than", "the same as". */
  static String compared(double value, double reference) {
    BigDecimal difference = Figures.oneDecimalDifference(value, reference);
    if (difference.signum() == 0) {
      return "the same as";
    }
    return points(difference.abs()) + (difference.signum() > 0 ? " higher than" : " lower than");
  }

  /**
   * "similar to" when the interval includes zero; otherwise "2.1 percentage points higher than" or
   * "... lower than".
   */
  static String compared(double difference, double low, double high) {
    if (includesZero(low, high)) {
      return "similar to";
    }
    BigDecimal rounded = Figures.oneDecimal(Math.abs(difference));
    return points(rounded) + (difference > 0 ? " higher than" : " lower than");
  }

  static boolean includesZero(double low, double high) {
    return low <= 0 && high >= 0;
  }

  /** "95% interval 0.4 to 3.8 points". */
  static String interval(double low, double high) {
    return "95% interval " + Figures.decimal(low) + " to " + Figures.decimal(high) + " points";
  }

  private static String points(BigDecimal value) {
    return value.toPlainString()
        + (value.compareTo(BigDecimal.ONE) == 0 ? " percentage point" : " percentage points");
  }
}
