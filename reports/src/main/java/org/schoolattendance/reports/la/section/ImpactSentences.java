package org.schoolattendance.reports.la.section;

import java.util.ArrayList;
import java.util.List;
import org.schoolattendance.reports.Differences;
import org.schoolattendance.reports.Figures;

/** The impact section's sentences, by rule from the unrounded estimates and their intervals. */
final class ImpactSentences {

  private ImpactSentences() {}

  /** "about as much as", "by 2.1 percentage points more than", "... less than". */
  static String relativeChange(EventStudy.Estimate estimate) {
    if (Differences.includesZero(estimate.low(), estimate.high())) {
      return "about as much as";
    }
    String points = Figures.decimal(Math.abs(estimate.effect())) + " percentage points";
    return "by " + points + (estimate.effect() > 0 ? " more than" : " less than");
  }

  static List<String> pooled(EventStudy study) {
    List<String> sentences = new ArrayList<>();
    int month = ImpactSection.HEADLINE_MONTH;
    EventStudy.Estimate inPerson = study.all("in_person", month);
    if (inPerson != null && inPerson.complete()) {
      sentences.add(
          "Three months after a first home visit or in-school meeting, contacted pupils'"
              + " attendance had changed "
              + relativeChange(inPerson)
              + " that of similar pupils not yet contacted ("
              + Differences.interval(inPerson.low(), inPerson.high())
              + ").");
    }
    EventStudy.Estimate placebo = study.all("placebo", month);
    if (placebo != null && placebo.complete()) {
      sentences.add(
          "The placebo check, which should find no effect, found %s (%s)."
              .formatted(
                  Differences.includesZero(placebo.low(), placebo.high())
                      ? "none: its interval includes zero"
                      : "an effect whose interval excludes zero, so read the estimates with care",
                  Differences.interval(placebo.low(), placebo.high())));
    }
    return sentences;
  }
}
