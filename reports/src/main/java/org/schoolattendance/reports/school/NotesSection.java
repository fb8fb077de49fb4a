package org.schoolattendance.reports.school;

import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.reports.pack.document.Section;

/** How the figures are worked out, which pupils they cover, and the suppression key. */
final class NotesSection {

  private NotesSection() {}

  static Section build(SchoolFacts facts) {
    List<String> notes = new ArrayList<>(MethodNotes.forLa(facts.school().laCode()));
    notes.add(
        facts.headlineCohort()
            ? "Pupils covered: the DfE headline cohort (aged 5 to 15 on 31 August before the"
                + " academic year), as in national statistics."
            : "Pupils covered: every enrolment on roll (the school has no pupils in the DfE"
                + " headline cohort of ages 5 to 15).");
    notes.add(
        "England figures appear only where the DfE has published the same period (for example"
            + " the autumn term of daily register data); otherwise they say \"not available\".");
    notes.add(Cells.suppressionKey(facts.suppressionMinimum()));
    return Section.of("How these figures are calculated", notes);
  }
}
