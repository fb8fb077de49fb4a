package org.schoolattendance.reports.school;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.pack.document.PackLayout;
import org.schoolattendance.reports.pack.document.Section;
import org.schoolattendance.reports.pack.document.Table;

/**
 * The headteacher's confidential pupil annex: OFFICIAL-SENSITIVE, watermarked with its recipient on
 * every page, always a separate PDF. Fields are kept to what the head needs to act.
 */
final class HeadAnnex {

  static final String MARKING = "OFFICIAL-SENSITIVE";
  static final String KICKER = "CONFIDENTIAL PUPIL ANNEX";

  private HeadAnnex() {}

  static PackLayout layout(
      SchoolFacts facts, AnnexFigures annex, AnnexThresholds thresholds, LocalDate preparedOn) {
    String recipient = facts.school().headEmail();
    String recipientText = recipient == null || recipient.isBlank() ? "the headteacher" : recipient;
    String marking = MARKING + " · personal data · for " + recipientText + " · " + preparedOn;
    return new PackLayout(
        PackCovers.cover(
            facts,
            KICKER,
            "For the headteacher only. This annex names pupils: keep it secure, do not forward"
                + " it, and do not attach it to the governor or Ofsted packs.",
            List.of(
                "%s pupils attended less than %s of their sessions."
                    .formatted(
                        Figures.count(annex.belowThresholds().size()),
                        Figures.percent(thresholds.firstLetterPct())),
                "%s pupils have register marks missing or still coded N."
                    .formatted(Figures.count(annex.outstanding().size())),
                annex
                    .unexplained()
                    .map(
                        pupils ->
                            "%s pupils have absences coded O (unexplained)."
                                .formatted(Figures.count(pupils.size())))
                    .orElse("Unexplained absences (O) are not available for this period."),
                "%s pupils were contacted this year."
                    .formatted(Figures.count(annex.contacted().size()))),
            marking,
            MARKING,
            MARKING + " · " + recipientText),
        List.of(
            belowThresholds(annex, thresholds),
            persistentByGroup(annex),
            outstanding(annex),
            unexplained(annex),
            contacted(annex)));
  }

  /** A pupil as the annex names them: "Surname, Forename · UPN" (the UPN alone without a name). */
  private static String pupil(String name, String upn) {
    return name == null || name.isBlank() ? upn : name + " · " + upn;
  }

  private static Section belowThresholds(AnnexFigures annex, AnnexThresholds thresholds) {
    String heading =
        "Pupils below %s, %s and %s attendance"
            .formatted(
                Figures.percent(thresholds.firstLetterPct()),
                Figures.percent(thresholds.secondLetterPct()),
                Figures.percent(thresholds.severePct()));
    if (annex.belowThresholds().isEmpty()) {
      return Section.of(heading, List.of("No pupil is below these thresholds."));
    }
    Table.Builder table =
        Table.withHeader(
            "Pupil", "Year", "Sessions", "Attendance", "Last term", "Below", "Crossed");
    for (AnnexFigures.PupilRate pupil : annex.belowThresholds()) {
      Double below = thresholds.lowestBelow(pupil.attendancePct());
      Double before =
          pupil.previousAttendancePct() == null
              ? null
              : thresholds.lowestBelow(pupil.previousAttendancePct());
      boolean crossed = below != null && (before == null || before > below);
      table.row(
          new Table.Row(
              List.of(
                  pupil(pupil.name(), pupil.upn()),
                  pupil.ncYear() == null ? "" : GroupLabels.group("nc_year", pupil.ncYear()),
                  Figures.count(pupil.possibleSessions()),
                  Figures.percent(pupil.attendancePct()),
                  Figures.percent(pupil.previousAttendancePct()),
                  below == null ? "" : Figures.percent(below),
                  crossed ? "newly" : ""),
              below != null && below <= thresholds.severePct()));
    }
    return Section.of(
            heading,
            List.of(
                "Every pupil whose attendance this period is below "
                    + Figures.percent(thresholds.firstLetterPct())
                    + ", lowest first. \"Below\" is the lowest threshold crossed; \"newly\" means"
                    + " the pupil was above it last term (or not on roll). Severe absence (below "
                    + Figures.percent(thresholds.severePct())
                    + " attendance) is in bold. Pupils with few possible sessions can show"
                    + " extreme rates: check the Sessions column."))
        .withTable(table.build());
  }

  private static Section persistentByGroup(AnnexFigures annex) {
    List<AnnexFigures.PupilRate> persistent =
        annex.belowThresholds().stream().filter(AnnexFigures.PupilRate::persistent).toList();
    String heading = "Persistently absent pupils by group";
    if (persistent.isEmpty()) {
      return Section.of(heading, List.of("No pupil is persistently absent this period."));
    }
    Table.Builder table = Table.withHeader("Group", "Persistently absent pupils", "Pupils");
    Map<String, Predicate<AnnexFigures.PupilRate>> groups = new LinkedHashMap<>();
    groups.put("Eligible for FSM", AnnexFigures.PupilRate::fsm);
    groups.put("SEN support", pupil -> "K".equals(pupil.senProvision()));
    groups.put("EHC plan", pupil -> "E".equals(pupil.senProvision()));
    groups.put(
        "First language other than English",
        pupil -> "Other than English".equals(pupil.firstLanguageGroup()));
    groups.put("Girls", pupil -> "F".equals(pupil.sex()));
    groups.put("Boys", pupil -> "M".equals(pupil.sex()));
    groups.forEach(
        (label, member) -> {
          List<String> names =
              persistent.stream().filter(member).map(AnnexFigures.PupilRate::name).toList();
          table.row(label, Figures.count(names.size()), String.join("; ", names));
        });
    table.row(Table.Row.emphasised("All", Figures.count(persistent.size()), ""));
    return Section.of(
            heading,
            List.of("Persistent absence: missing 10% or more of possible sessions this period."))
        .withTable(table.build());
  }

  private static Section outstanding(AnnexFigures annex) {
    String heading = "Marks missing or still coded N";
    if (annex.outstanding().isEmpty()) {
      return Section.of(heading, List.of("No marks are missing or waiting for a reason."));
    }
    Table.Builder table =
        Table.withHeader("Pupil", "N codes", "Missing marks", "Over 5 school days", "Oldest");
    for (AnnexFigures.Outstanding pupil : annex.outstanding()) {
      table.row(
          pupil(pupil.name(), pupil.upn()),
          Figures.count(pupil.unresolved()),
          Figures.count(pupil.missing()),
          Figures.count(pupil.overdue()),
          Figures.date(pupil.oldest()));
    }
    return Section.of(
            heading,
            List.of(
                "Sessions this academic year whose mark is missing or still N (no reason yet);"
                    + " schools must resolve them within 5 school days."))
        .withTable(table.build());
  }

  private static Section unexplained(AnnexFigures annex) {
    String heading = "Unexplained absences (code O)";
    if (annex.unexplained().isEmpty()) {
      return Section.of(
          heading,
          List.of(
              "Not available for a year to date as at an earlier date: the warehouse keeps"
                  + " pupils' absence by code for its terms, academic years and latest year to"
                  + " date."));
    }
    List<AnnexFigures.Unexplained> pupils = annex.unexplained().get();
    if (pupils.isEmpty()) {
      return Section.of(heading, List.of("No absence this period is coded O."));
    }
    Table.Builder table = Table.withHeader("Pupil", "Sessions coded O");
    for (AnnexFigures.Unexplained pupil : pupils) {
      table.row(pupil(pupil.name(), pupil.upn()), Figures.count(pupil.sessions()));
    }
    return Section.of(
            heading,
            List.of(
                "Pupils absent this period in other or unknown circumstances (O, an"
                    + " unauthorised absence), most sessions first. Together with G, N and U"
                    + " these count towards the national threshold for considering a penalty"
                    + " notice (10 sessions in 10 school weeks)."))
        .withTable(table.build());
  }

  private static Section contacted(AnnexFigures annex) {
    String heading = "Pupils contacted and their attendance before and after";
    if (annex.contacted().isEmpty()) {
      return Section.of(heading, List.of("No pupil was contacted this year."));
    }
    Table.Builder table =
        Table.withHeader("Pupil", "First contact", "How", "Contacts", "Before", "After", "Change");
    Function<Double, String> rate = Figures::percent;
    for (AnnexFigures.Contacted pupil : annex.contacted()) {
      table.row(
          pupil(pupil.name(), pupil.upn()),
          Figures.date(pupil.firstContact()),
          InterventionSection.modeLabel(pupil.mode()),
          Figures.count(pupil.contacts()),
          rate.apply(pupil.beforePct()),
          rate.apply(pupil.afterPct()),
          pupil.beforePct() == null || pupil.afterPct() == null
              ? Figures.NOT_AVAILABLE
              : Comparison.points(pupil.afterPct(), pupil.beforePct()));
    }
    return Section.of(
            heading,
            List.of(
                "Attendance in the three months before the month of the first contact and in"
                    + " up to three months after it. A pupil's own change is not the effect of"
                    + " the contact: attendance often recovers anyway (see the pack's impact"
                    + " section for the matched estimate)."))
        .withTable(table.build());
  }
}
