package org.schoolattendance.synthetic.register;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.schoolattendance.synthetic.EffectSizes;

/**
 * The planted effect after a pupil's first in-person contact. Each later absence is turned into
 * attendance with probability effect / expected absence rate, so the expected absence rate falls by
 * the effect (never below zero). Draws come from their own stream so the counterfactual chain is
 * untouched.
 */
public final class Treatment {

  private static final double DAYS_PER_MONTH = 365.25 / 12;

  private final LocalDate start;
  private final boolean secondaryAge;
  private final EffectSizes effects;
  private final SplittableRandom rng;

  public Treatment(LocalDate start, boolean secondaryAge, EffectSizes effects, long streamSeed) {
    this.start = start;
    this.secondaryAge = secondaryAge;
    this.effects = effects;
    this.rng = new SplittableRandom(streamSeed);
  }

  public LocalDate start() {
    return start;
  }

  /** Planted effect in attendance points on {@code date} (0 on or before the contact day). */
  public double plantedPoints(LocalDate date) {
    if (!date.isAfter(start)) {
      return 0;
    }
    double months = ChronoUnit.DAYS.between(start, date) / DAYS_PER_MONTH;
    return effects.inPersonPoints(secondaryAge, months);
  }

  Mark apply(Mark mark, LocalDate date, double expectedAbsence) {
    if (!mark.isAbsence()) {
      return mark;
    }
    double points = plantedPoints(date);
    if (points <= 0) {
      return mark;
    }
    double q = Math.min(1.0, points / 100.0 / Math.max(expectedAbsence, 0.005));
    return rng.nextDouble() < q ? Mark.PRESENT : mark;
  }
}
