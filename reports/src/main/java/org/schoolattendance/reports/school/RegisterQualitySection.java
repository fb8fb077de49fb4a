package org.schoolattendance.reports.school;

import java.util.List;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.pack.document.Section;
import org.schoolattendance.reports.pack.document.Table;

/** For the head: how complete and up to date the school's registers are in the warehouse. */
final class RegisterQualitySection {

  static final String HEADING = "Register quality";

  private RegisterQualitySection() {}

  static Section build(SchoolFacts facts) {
    if (facts.registerQuality().isEmpty()) {
      return Section.of(HEADING, List.of("Register quality is not available for this school."));
    }
    RegisterQuality quality = facts.registerQuality().get();
    Table table =
        Table.withHeader("Check", "Sessions")
            .row("Missing marks", Figures.count(quality.missingMarkSessions()))
            .row(
                "  of which outstanding more than 5 school days",
                Figures.count(quality.overdueMissingMarkSessions()))
            .row("N codes (no reason yet)", Figures.count(quality.unresolvedCodeSessions()))
            .row(
                "  of which outstanding more than 5 school days",
                Figures.count(quality.overdueUnresolvedCodeSessions()))
            .build();
    String freshness =
        quality.schoolDaysBehindLa() == 0
            ? "Register marks are loaded up to %s, as up to date as any school in the LA."
                .formatted(Figures.date(quality.latestRegisterDate()))
            : "Register marks are loaded up to %s, %s school days behind the latest school in the LA (%s)."
                .formatted(
                    Figures.date(quality.latestRegisterDate()),
                    Figures.count(quality.schoolDaysBehindLa()),
                    Figures.date(quality.laLatestRegisterDate()));
    return Section.of(
            HEADING,
            List.of(
                freshness,
                "Missing marks and N codes must be resolved within 5 school days; the"
                    + " confidential annex lists the pupils concerned."))
        .withTable(table);
  }
}
