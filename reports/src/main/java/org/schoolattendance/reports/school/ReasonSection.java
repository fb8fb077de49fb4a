package org.schoolattendance.reports.school;

import java.util.List;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.pack.document.Section;
import org.schoolattendance.reports.pack.document.Table;

/** Absence by register code, as a share of possible sessions and of all absence, beside the LA. */
final class ReasonSection {

  static final String HEADING = "Reasons for absence";

  private ReasonSection() {}

  private static String noReasonsSentence(SchoolFacts facts) {
    boolean anyAbsence = facts.current().map(h -> h.overallAbsenceSessions() > 0).orElse(false);
    return anyAbsence
        ? "Absence by reason is not available for this school in this period."
        : "No absence was recorded in this period.";
  }

  static Section build(SchoolFacts facts) {
    List<ReasonFigures.Reason> reasons = facts.reasons().reasons();
    if (reasons.isEmpty()) {
      return Section.of(
          HEADING,
          List.of(
              facts.period().isTerm()
                  ? noReasonsSentence(facts)
                  : "Reasons are kept for terms and whole years: not available for a year to"
                      + " date."));
    }
    Table.Builder table =
        Table.withHeader(
            "Code and reason", "Sessions", "% of possible", "% of absence", "LA % of possible");
    for (ReasonFigures.Reason reason : reasons) {
      table.row(
          "%s  %s (%s)"
              .formatted(
                  reason.mark(),
                  reason.reasonGroup().replace('_', ' '),
                  reason.authorised() ? "authorised" : "unauthorised"),
          Figures.count(reason.sessions()),
          Figures.percent(reason.ratePct()),
          Figures.percent(reason.shareOfAbsencePct()),
          Figures.percent(reason.laRatePct()));
    }
    ReasonFigures.Reason top = reasons.get(0);
    return Section.of(
            HEADING,
            List.of(
                "The most common reason was %s (code %s): %s of all absence."
                    .formatted(
                        top.reasonGroup().replace('_', ' '),
                        top.mark(),
                        Figures.percent(top.shareOfAbsencePct()))))
        .withTable(table.build());
  }
}
