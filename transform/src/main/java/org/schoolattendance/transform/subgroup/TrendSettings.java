package org.schoolattendance.transform.subgroup;

/**
 * Settings of the subgroup trends.
 *
 * @param minimumGroupSize cells with fewer enrolments are flagged suppressed, and a change is only
 *     flagged meaningful when both periods have at least this many
 * @param falseDiscoveryRate the Benjamini–Hochberg level at which a change is flagged meaningful
 */
public record TrendSettings(int minimumGroupSize, double falseDiscoveryRate) {

  public TrendSettings {
    if (minimumGroupSize < 1) {
      throw new IllegalArgumentException("minimumGroupSize must be at least 1");
    }
    if (falseDiscoveryRate <= 0 || falseDiscoveryRate >= 1) {
      throw new IllegalArgumentException("falseDiscoveryRate must be between 0 and 1");
    }
  }

  public static TrendSettings defaults() {
    return new TrendSettings(10, 0.05);
  }
}
