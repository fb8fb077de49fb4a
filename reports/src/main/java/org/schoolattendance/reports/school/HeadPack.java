package org.schoolattendance.reports.school;

import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.reports.pack.document.PackLayout;
import org.schoolattendance.reports.pack.document.Section;

/** The headteacher pack: the governor content plus register quality. Pupil lists are annexed. */
final class HeadPack {

  static final String KICKER = "HEADTEACHER ATTENDANCE PACK";

  private HeadPack() {}

  static PackLayout layout(SchoolFacts facts) {
    List<Section> sections = new ArrayList<>(GovernorPack.sections(facts));
    sections.add(RegisterQualitySection.build(facts));
    return new PackLayout(
        PackCovers.forSchool(
            facts,
            KICKER,
            "For the headteacher: the governors' figures plus register quality. Pupil-level"
                + " lists are in the separate confidential annex (OFFICIAL-SENSITIVE), which is"
                + " never attached to this pack.",
            GovernorPack.atAGlance(facts)),
        GovernorPack.withNotes(sections, facts));
  }
}
