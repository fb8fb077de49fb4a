package org.schoolattendance.synthetic;

import java.util.Locale;

/**
 * Planted effect of the first in-person contact (home visit or in-school meeting), in percentage
 * points of attendance relative to the pupil's own counterfactual.
 *
 * @param firstMonthPoints effect in the month after the first in-person contact
 * @param primaryNineMonthPoints effect reached after nine months for pupils in NC year 6 or below
 * @param secondaryNineMonthPoints effect reached after nine months for pupils in NC year 7 or above
 * @param remoteContactPoints effect of phone and video contacts (zero by default)
 */
public record EffectSizes(
    double firstMonthPoints,
    double primaryNineMonthPoints,
    double secondaryNineMonthPoints,
    double remoteContactPoints) {

  public static EffectSizes defaults() {
    return new EffectSizes(4.0, 8.0, 16.0, 0.0);
  }

  public static EffectSizes none() {
    return new EffectSizes(0, 0, 0, 0);
  }

  /** Attendance points cannot exceed 100: the whole of a pupil's sessions. */
  public static final double MAX_POINTS = 100;

  public EffectSizes {
    requireInRange("first-month effect", firstMonthPoints);
    requireInRange("nine-month effect (primary)", primaryNineMonthPoints);
    requireInRange("nine-month effect (secondary)", secondaryNineMonthPoints);
    requireInRange("remote-contact effect", remoteContactPoints);
  }

  private static void requireInRange(String what, double points) {
    if (!(points >= 0 && points <= MAX_POINTS)) {
      throw new IllegalArgumentException(
          what + " must be between 0 and 100 attendance points, was " + points);
    }
  }

  /** One line for people, e.g. in the output's README. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%s points in the month after the first in-person contact, growing to %s (NC year 6 and"
            + " below) or %s (NC year 7 and above) after nine months; phone and video: %s",
        firstMonthPoints,
        primaryNineMonthPoints,
        secondaryNineMonthPoints,
        remoteContactPoints);
  }

  /**
   * Planted effect in attendance points for a pupil {@code monthsSinceContact} months after the
   * first in-person contact: the first-month value, growing linearly to the nine-month value.
   */
  public double inPersonPoints(boolean secondaryAge, double monthsSinceContact) {
    double nine = secondaryAge ? secondaryNineMonthPoints : primaryNineMonthPoints;
    double growth = Math.min(1.0, Math.max(0.0, (monthsSinceContact - 1.0) / 8.0));
    return firstMonthPoints + (nine - firstMonthPoints) * growth;
  }
}
