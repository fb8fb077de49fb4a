package org.schoolattendance.reports.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolattendance.reports.Differences.Interval;

/**
 * The group tables' "Gap to LA" cell from hand-made rows of Spark's {@code trend_subgroup_period}:
 * the mart's difference in points, or "similar" where Spark's 95% interval for the group's gap
 * includes zero (or contradicts the rounded direction).
 */
class GapToLaCellTests {

  private static final SubgroupTrends TRENDS =
      new SubgroupTrends(
          true,
          List.of(
              cell("fsm", "FSM", false, 2.6, 0.4, 4.8),
              cell("fsm", "Not FSM", false, -0.4, -2.0, 1.2),
              cell("first_language", "Other than English", false, -1.5, -2.9, -0.1),
              cell("sex", "F", true, 3.0, 1.0, 5.0),
              cell("nc_year", "7", false, 1.0, null, null)));

  @Test
  void findsSparksRowForAGroupNamedAsTheMartNamesIt() {
    assertThat(TRENDS.overallAbsenceGapToLa("fsm_eligible", "true"))
        .contains(new Interval(0.4, 4.8));
    assertThat(TRENDS.overallAbsenceGapToLa("fsm_eligible", "false"))
        .contains(new Interval(-2.0, 1.2));
    assertThat(TRENDS.overallAbsenceGapToLa("first_language_group", "Other than English"))
        .contains(new Interval(-2.9, -0.1));
  }

  @Test
  void hasNoIntervalWhereSparkHasNoRowFoundTheGroupTooSmallOrGaveNoLimits() {
    assertThat(TRENDS.overallAbsenceGapToLa("ethnicity_major", "White")).isEmpty();
    assertThat(TRENDS.overallAbsenceGapToLa("sex", "F")).isEmpty();
    assertThat(TRENDS.overallAbsenceGapToLa("nc_year", "7")).isEmpty();
    assertThat(SubgroupTrends.none().overallAbsenceGapToLa("sex", "M")).isEmpty();
  }

  @Test
  void saysSimilarWhereTheIntervalIncludesZeroAndGivesThePointsWhereItDoesNot() {
    // 9.64 − 7.02 = 2.62 → +2.6, interval 0.4 to 4.8 wholly above zero.
    assertThat(Comparison.points(9.64, 7.02, new Interval(0.4, 4.8))).isEqualTo("+2.6");
    // 6.21 − 6.63 = −0.42; interval −2.0 to 1.2 includes zero.
    assertThat(Comparison.points(6.21, 6.63, new Interval(-2.0, 1.2))).isEqualTo("similar");
    // 5.0 − 6.55 = −1.55 → −1.6 (half up), interval wholly below zero.
    assertThat(Comparison.points(5.0, 6.55, new Interval(-2.9, -0.1))).isEqualTo("−1.6");
  }

  @Test
  void anIntervalOnTheOtherSideOfZeroFromTheShownGapSaysSimilar() {
    // The mart's all-enrolment gap is +0.5; Spark's 5-to-15 interval lies wholly below zero.
    assertThat(Comparison.points(12.2, 11.7, new Interval(-1.9, -0.2))).isEqualTo("similar");
  }

  @Test
  void withoutAnIntervalOrAnLaFigureTheCellIsAsBefore() {
    assertThat(Comparison.points(6.21, 6.63, null)).isEqualTo("−0.4");
    assertThat(Comparison.points(6.21, null, new Interval(-2.0, 1.2))).isEqualTo("not available");
  }

  private static SubgroupTrends.Cell cell(
      String dimension, String value, boolean suppressed, double gap, Double low, Double high) {
    SubgroupTrends.Measure overall =
        new SubgroupTrends.Measure(
            8.0,
            null,
            8.0 - gap,
            new SubgroupTrends.Gap(gap, Interval.ofNullable(low, high)),
            null,
            null);
    SubgroupTrends.Measure persistent =
        new SubgroupTrends.Measure(20.0, null, null, null, null, null);
    return new SubgroupTrends.Cell(dimension, value, 20, 0, suppressed, overall, persistent);
  }
}
