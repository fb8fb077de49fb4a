package org.schoolattendance.reports.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.charts.EventStudyChart;
import org.schoolattendance.reports.pack.document.Section;
import org.schoolattendance.reports.pack.document.Table;
import org.schoolattendance.reports.privacy.SmallGroupSuppression;

/**
 * Contacts made with families this period and the measured effect of home visits: the LA's pooled
 * estimate, and the school's own only where at least 30 of its pupils were visited.
 */
final class InterventionSection {

  static final String HEADING = "Support for families and its measured impact";

  private InterventionSection() {}

  static Section build(SchoolFacts facts) {
    List<String> sentences = new ArrayList<>();
    ContactFigures contacts = facts.contacts();
    sentences.add(
        contacts.contacts() == 0
            ? "No contacts with families were logged for this school in the period."
            : "%s contacts with families were logged for this school in the period."
                .formatted(Figures.count(contacts.contacts())));
    Section section = Section.of(HEADING, sentences);
    if (contacts.contacts() > 0) {
      section = section.withTable(contactTable(facts, contacts));
    }
    Optional<ImpactFigures> impact = facts.impact();
    List<String> withImpact = new ArrayList<>(sentences);
    if (impact.isEmpty()) {
      withImpact.add(
          "The measured impact of home visits is not available: the LA's impact study has not"
              + " been run on these data.");
      return new Section(HEADING, withImpact, null, section.table(), List.of());
    }
    ImpactFigures figures = impact.get();
    ImpactFigures.headlineMonth(figures.pooled())
        .ifPresent(month -> withImpact.add(impactSentence("Across the LA", month)));
    if (figures.school().isEmpty()) {
      withImpact.add(
          "This school's own estimate is not shown: fewer than 30 of its pupils were visited,"
              + " too few for a reliable estimate.");
    } else {
      ImpactFigures.headlineMonth(figures.school())
          .ifPresent(month -> withImpact.add(impactSentence("At this school", month)));
    }
    return new Section(
        HEADING,
        withImpact,
        EventStudyChart.of(
            "LA estimate with its 95% interval",
            figures.pooled().stream()
                .map(
                    month ->
                        new EventStudyChart.Month(
                            month.relativeMonth(), month.effect(), month.low(), month.high()))
                .toList()),
        section.table(),
        List.of(
            "Effect = change in a visited pupil's monthly attendance since the three months"
                + " before the visit, minus the change for matched pupils not yet visited"
                + " (same school phase, year, FSM, SEN, recent attendance and its trend). The"
                + " shaded band is the 95% interval; months before 0 should be near zero."));
  }

  static String impactSentence(String where, ImpactFigures.Month month) {
    String months = month.relativeMonth() == 1 ? "1 month" : month.relativeMonth() + " months";
    String effect = Figures.decimal(Math.abs(month.effect()));
    if (month.interval().includesZero()) {
      return "%s, %s after a first home visit, visited pupils' attendance changed by about as"
              .formatted(where, months)
          + " much as that of similar pupils not yet visited (difference %s points, 95%% interval %s to %s)."
              .formatted(signed(month.effect()), signed(month.low()), signed(month.high()));
    }
    return "%s, %s after a first home visit, visited pupils' attendance was %s percentage points %s than expected from similar pupils not yet visited (95%% interval %s to %s; %s pupils)."
        .formatted(
            where,
            months,
            effect,
            month.effect() > 0 ? "higher" : "lower",
            signed(month.low()),
            signed(month.high()),
            Figures.count(month.treatedPupils()));
  }

  private static String signed(double points) {
    return Comparison.points(points, 0.0);
  }

  private static Table contactTable(SchoolFacts facts, ContactFigures contacts) {
    SmallGroupSuppression suppression = new SmallGroupSuppression(facts.suppressionMinimum());
    Table.Builder table = Table.withHeader("How families were contacted", "Contacts", "Pupils");
    for (ContactFigures.Mode mode : contacts.modes()) {
      table.row(
          modeLabel(mode.mode()),
          Figures.count(mode.contacts()),
          Cells.count(mode.pupils(), suppression.isTooSmall(mode.pupils())));
    }
    return table.build();
  }

  static String modeLabel(String mode) {
    return switch (mode) {
      case "home_visit" -> "Home visit";
      case "in_school_meeting" -> "Meeting in school";
      case "phone" -> "Phone call";
      case "video" -> "Video call";
      case "letter" -> "Letter";
      case "formal" -> "Contract, notice or referral";
      default -> mode;
    };
  }
}
