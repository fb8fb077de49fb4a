package org.schoolattendance.reports.school;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.pack.document.PackLayout;
import org.schoolattendance.reports.pack.document.Section;
import org.schoolattendance.reports.pack.document.Table;
import org.schoolattendance.reports.privacy.SmallGroupSuppression;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * The Ofsted-ready pack: the attendance evidence inspectors look at, school-level only: context,
 * three years of overall and persistent absence against the LA and England, key groups, groups
 * whose absence is significantly above England or the LA, causes, and actions with their measured
 * impact.
 */
final class OfstedPack {

  static final String KICKER = "OFSTED-READY ATTENDANCE EVIDENCE";

  private OfstedPack() {}

  static PackLayout layout(SchoolFacts facts, Map<String, Optional<LaQuintile>> quintiles) {
    List<Section> sections = new ArrayList<>();
    sections.add(context(facts));
    sections.add(threeYears(facts, quintiles));
    sections.add(TrendSection.overallAbsence(facts));
    sections.add(persistentTrend(facts));
    sections.add(GroupSection.keyGroups(facts));
    sections.add(SignificantGroupsSection.aboveEngland(facts));
    sections.add(SignificantGroupsSection.aboveLa(facts));
    sections.add(ReasonSection.build(facts));
    sections.add(InterventionSection.build(facts));
    return new PackLayout(
        PackCovers.forSchool(
            facts,
            KICKER,
            "Attendance evidence for inspection: school-level figures only, no pupil data."
                + " Bands are LA quintiles among the LA's schools of the same phase; we hold no"
                + " national school-level data, so no band is a national one.",
            GovernorPack.atAGlance(facts)),
        GovernorPack.withNotes(sections, facts));
  }

  /** The academic years shown in the three-year table, with their LA quintiles looked up. */
  static Map<String, Optional<LaQuintile>> quintiles(WarehouseQuery query, SchoolFacts facts)
      throws SQLException {
    Map<String, Optional<LaQuintile>> quintiles = new java.util.LinkedHashMap<>();
    for (GroupFigures.GroupRow year : facts.schoolYears()) {
      quintiles.put(year.periodId(), LaQuintile.of(query, facts, "academic_year", year.periodId()));
    }
    return quintiles;
  }

  private static Section context(SchoolFacts facts) {
    String heading = "Context";
    Optional<Headline> current = facts.current();
    if (current.isEmpty()) {
      return Section.of(heading, List.of(HeadlineSection.notAvailable(facts)));
    }
    long pupils = current.get().enrolments();
    Table.Builder table = Table.withHeader("Pupils", "Number", "Share");
    table.row(Table.Row.emphasised("All pupils in the figures", Figures.count(pupils), "100.0%"));
    share(table, facts, pupils, "Eligible for free school meals", "fsm_eligible", "true");
    share(table, facts, pupils, "SEN support", "sen_provision", "K");
    share(table, facts, pupils, "EHC plan", "sen_provision", "E");
    share(
        table,
        facts,
        pupils,
        "First language other than English",
        "first_language_group",
        "Other than English");
    return Section.of(
            heading,
            List.of(
                "The school's pupils in %s by the groups inspectors ask about."
                    .formatted(facts.packPeriod().label())))
        .withTable(table.build());
  }

  private static void share(
      Table.Builder table,
      SchoolFacts facts,
      long pupils,
      String label,
      String dimension,
      String value) {
    long size =
        facts.schoolGroups().stream()
            .filter(row -> row.dimension().equals(dimension) && row.groupValue().equals(value))
            .mapToLong(row -> row.measures().enrolments())
            .findFirst()
            .orElse(0);
    boolean hidden = size > 0 && size < facts.suppressionMinimum();
    table.row(label, Cells.count(size, hidden), Cells.percent(100.0 * size / pupils, hidden));
  }

  static Section threeYears(SchoolFacts facts, Map<String, Optional<LaQuintile>> quintiles) {
    String heading = "Three years of attendance";
    if (facts.schoolYears().isEmpty()) {
      return Section.of(heading, List.of("No whole years with figures: not available."));
    }
    Table.Builder table =
        Table.withHeader(
            "Academic year",
            "Overall absence",
            "LA",
            "Persistent absence",
            "LA",
            "Severe absence",
            "Overall absence band");
    List<GroupFigures.GroupRow> years = facts.schoolYears();
    SmallGroupSuppression suppression = new SmallGroupSuppression(facts.suppressionMinimum());
    for (GroupFigures.GroupRow year : years.subList(Math.max(0, years.size() - 3), years.size())) {
      Headline school = year.measures();
      Headline la = facts.laYears().get(year.periodId());
      table.row(
          year.periodId(),
          Figures.percent(school.overallAbsenceRatePct()),
          Cells.percent(la, Headline::overallAbsenceRatePct),
          PupilShare.PERSISTENT.rateCell(school, suppression),
          PupilShare.PERSISTENT.rateCell(la, suppression),
          PupilShare.SEVERE.rateCell(school, suppression),
          quintiles
              .getOrDefault(year.periodId(), Optional.empty())
              .map(LaQuintile::label)
              .orElse(Figures.NOT_AVAILABLE));
    }
    return Section.of(
            heading,
            List.of(
                "Whole academic years (the latest may be a year so far). England figures for"
                    + " whole years of these years are not published with a matching definition,"
                    + " so they are not available; the autumn 2023/24 England figure appears in"
                    + " the termly chart where it applies.",
                "Overall absence band: the school's LA quintile among the LA's schools of the"
                    + " same phase (1 = the lowest fifth of absence, 5 = the highest)."))
        .withTable(table.build());
  }

  private static Section persistentTrend(SchoolFacts facts) {
    String heading = "Persistent absence over three years";
    if (facts.schoolTerms().isEmpty()) {
      return Section.of(heading, List.of("No terms with figures: not available."));
    }
    return Section.of(
            heading,
            List.of(
                "Share of pupils missing 10% or more of their sessions, term by term, with the LA"
                    + " and England where published for the same term."))
        .withChart(
            TrendSection.chart(
                facts,
                "Persistent absence",
                figures ->
                    PupilShare.PERSISTENT.shown(
                        figures, new SmallGroupSuppression(facts.suppressionMinimum())),
                EnglandFigures::persistentAbsenceRatePct));
  }
}
