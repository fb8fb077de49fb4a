package org.schoolattendance.reports.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolattendance.reports.Differences.Interval;
import org.schoolattendance.reports.pack.document.Table;

/**
 * The Ofsted pack's groups significantly above the LA, from hand-made rows of Spark's {@code
 * trend_subgroup_period} (suppression size 5): a group's persistent absence is not listed where 1
 * to 4 of its pupils are persistently absent, nor where it could be worked out from the dimension's
 * other groups and the total; its overall absence still is.
 */
class SignificantGroupsSuppressionTests {

  @Test
  void listsNoPersistentAbsenceOfASmallCountOrOfTheGroupThatWouldRevealIt() {
    SubgroupTrends trends =
        new SubgroupTrends(
            true,
            List.of(
                // All pupils: 9 of 24, not above the LA in either measure.
                cell("all_pupils", "All pupils", 24, 9, 8.0, notAbove(), 37.5, notAbove()),
                // Boys: 6 of 12 (50.0%), above the LA in both; girls: 3 of 12 (25.0%), above
                // in persistent absence. Girls' 3 is hidden, and boys' 6 with it (9 − 6 = 3).
                cell("sex", "M", 12, 6, 9.6, above(2.6, 0.4, 4.8), 50.0, above(9.0, 1.2, 16.8)),
                cell("sex", "F", 12, 3, 6.4, notAbove(), 25.0, above(8.0, 0.5, 15.5)),
                // FSM: 5 of 10 (50.0%) above the LA; not FSM: none of 14, and a zero hides
                // nothing, so FSM's 5 is listed.
                cell("fsm", "FSM", 10, 5, 9.0, notAbove(), 50.0, above(20.0, 4.0, 36.0)),
                cell("fsm", "Not FSM", 14, 0, 7.0, notAbove(), 0.0, notAbove())));

    Table table = SignificantGroupsSection.aboveLa(facts(trends)).table();

    assertThat(table.rows().stream().map(Table.Row::cells))
        .containsExactly(
            List.of("Overall absence"),
            List.of("Boys", "9.6%", "7.0%", "+2.6", "0.4", "4.8"),
            List.of("Persistent absence"),
            List.of("Eligible for FSM", "50.0%", "30.0%", "+20.0", "4.0", "36.0"));
  }

  private static SchoolFacts facts(SubgroupTrends trends) {
    return HandMadeFacts.groups(List.of(), List.of(), trends);
  }

  /** A gap to the LA whose 95% interval includes zero: −1.0 points, −3.0 to 1.0. */
  private static SubgroupTrends.Gap notAbove() {
    return new SubgroupTrends.Gap(-1.0, new Interval(-3.0, 1.0));
  }

  private static SubgroupTrends.Gap above(double points, double low, double high) {
    return new SubgroupTrends.Gap(points, new Interval(low, high));
  }

  private static SubgroupTrends.Cell cell(
      String dimension,
      String value,
      long enrolments,
      long persistentAbsentees,
      double overall,
      SubgroupTrends.Gap overallGap,
      double persistent,
      SubgroupTrends.Gap persistentGap) {
    return new SubgroupTrends.Cell(
        dimension,
        value,
        enrolments,
        persistentAbsentees,
        false,
        measure(overall, overallGap),
        measure(persistent, persistentGap));
  }

  /** The LA's rate is the group's minus the gap. */
  private static SubgroupTrends.Measure measure(double rate, SubgroupTrends.Gap toLa) {
    return new SubgroupTrends.Measure(rate, null, rate - toLa.points(), toLa, null, null);
  }
}
