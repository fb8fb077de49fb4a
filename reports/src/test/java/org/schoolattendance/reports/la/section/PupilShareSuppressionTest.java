package org.schoolattendance.reports.la.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schoolattendance.reports.privacy.SmallGroupSuppression;

/**
 * The ranking table's persistent absence shares from hand-made schools (suppression size 5): a
 * school's share hidden with the next smallest in its phase, a phase total hidden where it alone
 * would reveal a school, and the phase totals then suppressed within the LA like any breakdown.
 */
class PupilShareSuppressionTest {

  private static final SmallGroupSuppression SUPPRESSION = new SmallGroupSuppression(5);

  @Test
  void hidesASmallSchoolWithTheNextSmallestInItsPhaseAndKeepsTheTotals() {
    // Primary persistent absentees 3, 40 and 12 (total 55): 3 hidden with the 12.
    Map<String, List<SchoolFigures>> byPhase =
        Map.of("primary", List.of(school("A", 3), school("B", 40), school("C", 12)));
    Map<String, SchoolFigures> totals = totals("primary", 55, "all", 55);

    PupilShareSuppression hidden = of(byPhase, Map.of("primary", Set.of()), totals);

    assertThat(hidden.schools()).containsExactlyInAnyOrder("A", "C");
    assertThat(hidden.phaseTotals()).isEmpty();
    assertThat(hidden.laTotal()).isFalse();
  }

  @Test
  void aPhaseWithOnlyOneHiddenSchoolHidesItsTotalAndTheNextSmallestPhaseTotal() {
    // Special: one school, 3 persistently absent; nothing to hide with it, so the special total
    // (3) goes; the LA's 403 minus primary's 300 and secondary's 100 would give it back, so the
    // smaller of those, secondary's 100, goes too; the LA total stays.
    Map<String, List<SchoolFigures>> byPhase = new LinkedHashMap<>();
    byPhase.put("primary", List.of(school("P1", 150), school("P2", 150)));
    byPhase.put("secondary", List.of(school("S1", 60), school("S2", 40)));
    byPhase.put("special", List.of(school("X", 3)));
    Map<String, SchoolFigures> totals =
        totals("primary", 300, "secondary", 100, "special", 3, "all", 403);

    PupilShareSuppression hidden =
        of(
            byPhase,
            Map.of("primary", Set.of(), "secondary", Set.of(), "special", Set.of()),
            totals);

    assertThat(hidden.schools()).containsExactly("X");
    assertThat(hidden.phaseTotals()).containsExactlyInAnyOrder("special", "secondary");
    assertThat(hidden.laTotal()).isFalse();
  }

  @Test
  void theLaTotalIsHiddenWhenOnlyOnePhaseTotalIsAndNoOtherCanBe() {
    // One phase of one school with 2 persistently absent: school, phase and LA all hidden.
    PupilShareSuppression hidden =
        of(
            Map.of("special", List.of(school("X", 2))),
            Map.of("special", Set.of()),
            totals("special", 2, "all", 2));

    assertThat(hidden.phaseTotals()).containsExactly("special");
    assertThat(hidden.laTotal()).isTrue();
  }

  private static PupilShareSuppression of(
      Map<String, List<SchoolFigures>> byPhase,
      Map<String, Set<String>> hiddenWhole,
      Map<String, SchoolFigures> totals) {
    return PupilShareSuppression.of(
        SUPPRESSION, byPhase, hiddenWhole, totals, SchoolFigures::persistentAbsentees);
  }

  private static Map<String, SchoolFigures> totals(Object... phasesAndCounts) {
    Map<String, SchoolFigures> totals = new LinkedHashMap<>();
    for (int i = 0; i < phasesAndCounts.length; i += 2) {
      totals.put(
          (String) phasesAndCounts[i],
          school((String) phasesAndCounts[i], (int) phasesAndCounts[i + 1]));
    }
    return totals;
  }

  /** A school (or total) of 500 pupils with this many persistently absent. */
  private static SchoolFigures school(String urn, long persistentAbsentees) {
    return new SchoolFigures(
        urn,
        urn,
        "primary",
        500,
        94.0,
        6.0,
        100.0 * persistentAbsentees / 500,
        0.0,
        persistentAbsentees,
        0,
        null);
  }
}
