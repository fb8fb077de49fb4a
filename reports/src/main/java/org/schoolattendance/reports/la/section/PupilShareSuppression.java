package org.schoolattendance.reports.la.section;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.schoolattendance.reports.privacy.SmallGroupSuppression;

/**
 * Where the ranking table hides a persistent or severe absence share: a school's share where the
 * pupils it counts are 1 to fewer than the suppression size, with the next smallest in its phase so
 * that the phase total cannot give it back ({@link SmallGroupSuppression#suppressedCounts}); then,
 * the same way, the phase totals within the LA, and the LA total where one phase total would
 * otherwise be worked out from it.
 *
 * @param schools the URNs whose share is hidden
 * @param phaseTotals the phases whose total's share is hidden
 * @param laTotal whether the LA total's share is hidden
 */
record PupilShareSuppression(Set<String> schools, Set<String> phaseTotals, boolean laTotal) {

  /** The key of the LA total among the totals. */
  static final String LA = "all";

  /**
   * @param byPhase every school by phase
   * @param hiddenByPhase the schools hidden whole, by phase
   * @param totals the phase totals by phase, and the LA's under {@link #LA}
   * @param counted the pupils the share counts, e.g. persistent absentees
   */
  static PupilShareSuppression of(
      SmallGroupSuppression suppression,
      Map<String, List<SchoolFigures>> byPhase,
      Map<String, Set<String>> hiddenByPhase,
      Map<String, SchoolFigures> totals,
      ToLongFunction<SchoolFigures> counted) {
    Set<String> schools = new LinkedHashSet<>();
    Set<String> phasesRevealing = new LinkedHashSet<>();
    Map<String, Long> phaseCounts = new LinkedHashMap<>();
    byPhase.forEach(
        (phase, inPhase) -> {
          Set<String> hidden =
              suppression.suppressedCounts(
                  inPhase, SchoolFigures::urn, counted, hiddenByPhase.get(phase));
          schools.addAll(hidden);
          SchoolFigures total = totals.get(phase);
          if (total != null) {
            long count = counted.applyAsLong(total);
            phaseCounts.put(phase, count);
            if (suppression.totalHidden(hidden, count)) {
              phasesRevealing.add(phase);
            }
          }
        });
    Set<String> phaseTotals = suppression.suppressedCounts(phaseCounts, phasesRevealing);
    SchoolFigures la = totals.get(LA);
    boolean laTotal =
        suppression.totalHidden(phaseTotals, la == null ? 0 : counted.applyAsLong(la));
    return new PupilShareSuppression(schools, phaseTotals, laTotal);
  }
}
