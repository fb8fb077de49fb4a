package org.schoolattendance.reports.school;

import java.util.List;
import org.schoolattendance.reports.pack.document.PackLayout;
import org.schoolattendance.reports.pack.document.Section;

/** The governor pack: school-level statistics only, no pupil-identifiable data at all. */
final class GovernorPack {

  static final String KICKER = "GOVERNOR ATTENDANCE PACK";

  private GovernorPack() {}

  static PackLayout layout(SchoolFacts facts) {
    return new PackLayout(
        PackCovers.forSchool(
            facts,
            KICKER,
            "For the governing board. School-level figures only: this pack holds no names, UPNs"
                + " or other pupil-level data, and groups of fewer than "
                + facts.suppressionMinimum()
                + " pupils are not shown.",
            atAGlance(facts)),
        withNotes(sections(facts), facts));
  }

  static List<Section> withNotes(List<Section> sections, SchoolFacts facts) {
    List<Section> all = new java.util.ArrayList<>(sections);
    all.add(NotesSection.build(facts));
    return all;
  }

  static List<String> atAGlance(SchoolFacts facts) {
    return facts.current().isEmpty()
        ? List.of(HeadlineSection.notAvailable(facts))
        : HeadlineSection.sentences(facts);
  }

  /** The governor content, which the head pack repeats (notes excluded). */
  static List<Section> sections(SchoolFacts facts) {
    return List.of(
        HeadlineSection.build(facts),
        TrendSection.overallAbsence(facts),
        BandSection.build(facts),
        ReasonSection.build(facts),
        GroupSection.yearGroups(facts),
        GroupSection.keyGroups(facts),
        InterventionSection.build(facts));
  }
}
