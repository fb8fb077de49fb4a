package org.schoolattendance.reports.school;

import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.reports.SameDateLastYear;
import org.schoolattendance.reports.pack.document.Section;

/** How the figures are worked out, which pupils they cover, and the suppression key. */
final class NotesSection {

  private NotesSection() {}

  static Section build(SchoolFacts facts) {
    List<String> notes = new ArrayList<>(MethodNotes.forLa(facts.school().laCode()));
    notes.add(
        "Pupils covered: every enrolment on roll in the period, as in the school's own registers."
            + " Published England figures cover pupils of compulsory school age in state-funded"
            + " schools of the same type, so small differences can come from the youngest and"
            + " oldest pupils.");
    notes.add(
        "England figures appear only where the DfE has published the same period (for example"
            + " the autumn term of daily register data); otherwise they say \"not available\".");
    notes.add(
        "Sentences say \"similar to\" when the 95% interval of the difference includes zero, so"
            + " the data do not show a real difference; otherwise they give its direction and"
            + " size. The intervals come from the LA's subgroup trend analysis of pupils aged 5"
            + " to 15; where it has not been run for the period, sentences give the direction"
            + " without an interval.");
    facts.period().sameDateLastYear().map(SameDateLastYear::explanation).ifPresent(notes::add);
    notes.add(Cells.suppressionKey(facts.suppressionMinimum()));
    return Section.of("How these figures are calculated", notes);
  }
}
