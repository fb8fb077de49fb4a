package org.schoolattendance.transform.impact;

import java.io.Serializable;

/**
 * Settings of the home-visit impact estimate.
 *
 * @param replicates bootstrap replicates (pupils resampled with Poisson weights)
 * @param seed seed of the replicate weights and of the placebo's pseudo contact dates
 * @param minimumSchoolTreated a school's own estimates are reported only from this many treated
 *     pupils
 * @param placeboPercent share of never-contacted enrolments given pseudo contact dates
 */
public record ImpactSettings(
    int replicates, long seed, int minimumSchoolTreated, int placeboPercent)
    implements Serializable {

  public static final int FIRST_RELATIVE_MONTH = -3;
  public static final int LAST_RELATIVE_MONTH = 9;

  public ImpactSettings {
    if (replicates < 20) {
      throw new IllegalArgumentException("at least 20 bootstrap replicates are needed");
    }
    if (placeboPercent < 1 || placeboPercent > 50) {
      throw new IllegalArgumentException("placeboPercent must be between 1 and 50");
    }
  }

  public static ImpactSettings defaults() {
    return new ImpactSettings(200, 20250718L, 30, 10);
  }

  public ImpactSettings withReplicates(int count) {
    return new ImpactSettings(count, seed, minimumSchoolTreated, placeboPercent);
  }

  public ImpactSettings withSeed(long newSeed) {
    return new ImpactSettings(replicates, newSeed, minimumSchoolTreated, placeboPercent);
  }
}
