package org.schoolattendance.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one place where numbers become text in the packs, so every figure in every pack is rounded
 * the same way: half-up to one decimal place, from the value's shortest decimal representation.
 */
public final class Figures {

  public static final String NOT_AVAILABLE = "not available";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Figures() {}

  /** Rounds to one decimal place, half-up. {@code BigDecimal.valueOf} keeps 12.25 as 12.25. */
  public static BigDecimal oneDecimal(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }

  /**
   * {@code a - b} rounded once to one decimal place. The subtraction is done in decimal, so 93.15
   * minus 93.1 is exactly 0.05 (and rounds to 0.1) rather than a binary near miss.
   */
  public static BigDecimal oneDecimalDifference(double a, double b) {
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      throw new IllegalArgumentException("not finite numbers: " + a + ", " + b);
    }
    return BigDecimal.valueOf(a).subtract(BigDecimal.valueOf(b)).setScale(1, RoundingMode.HALF_UP);
  }

  /** "93.1%"; "not available" for null, NaN or infinity (e.g. a rate over zero enrolments). */
  public static String percent(Double value) {
    if (value == null || !Double.isFinite(value)) {
      return NOT_AVAILABLE;
    }
    return oneDecimal(value).toPlainString() + "%";
  }

  /** A rate without the % sign, e.g. "93.1", for sentences that add their own unit. */
  public static String decimal(double value) {
    return oneDecimal(value).toPlainString();
  }

  /** "1,234". */
  public static String count(long value) {
    return wholeNumbers().format(value);
  }

  /** Sessions are half days: 2,469 sessions → "1,234.5"; 2,468 → "1,234". */
  public static String daysFromSessions(long sessions) {
    DecimalFormat format = wholeNumbers();
    format.setMaximumFractionDigits(1);
    return format.format(BigDecimal.valueOf(sessions).divide(BigDecimal.valueOf(2)));
  }

  /** "18 July 2025"; "not available" for null. */
  public static String date(LocalDate date) {
    return date == null ? NOT_AVAILABLE : DATE.format(date);
  }

  private static DecimalFormat wholeNumbers() {
    // DecimalFormat is not thread-safe, so each call gets its own.
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
  }
}
