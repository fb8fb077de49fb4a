package org.schoolattendance.reports.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.schoolattendance.reports.Differences.Interval;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.SameDateLastYear;
import org.schoolattendance.reports.pack.document.Section;
import org.schoolattendance.reports.pack.document.Table;
import org.schoolattendance.reports.privacy.SmallGroupSuppression;

/** Headline measures for the period beside the same period last year, the LA and England. */
final class HeadlineSection {

  static final String HEADING = "Headline figures";

  private HeadlineSection() {}

  static Section build(SchoolFacts facts) {
    if (facts.current().isEmpty()) {
      return Section.of(HEADING, List.of(notAvailable(facts)));
    }
    return Section.of(HEADING, sentences(facts)).withTable(table(facts));
  }

  static List<String> sentences(SchoolFacts facts) {
    Headline school = facts.current().orElseThrow();
    String when = facts.period().isTerm() ? "this term" : "this year to date";
    Optional<SubgroupTrends.Measure> absence =
        facts.trends().allPupils().map(SubgroupTrends.Cell::overallAbsence);
    List<String> sentences = new ArrayList<>();
    sentences.add(
        Comparison.sentence(
            "Attendance " + when,
            school.attendanceRatePct(),
            facts.lastYear().map(Headline::attendanceRatePct).orElse(null),
            lastYearInSentence(facts.period()),
            // Attendance = 100 − overall absence over the same possible sessions, so the two
            // share one interval: attendance's change is minus absence's change.
            absence
                .map(SubgroupTrends.Measure::change)
                .map(SubgroupTrends.Gap::interval)
                .map(Interval::negated)
                .orElse(null)));
    facts
        .la()
        .ifPresent(
            la ->
                sentences.add(
                    "Overall absence was %s, %s."
                        .formatted(
                            Figures.percent(school.overallAbsenceRatePct()),
                            Comparison.relation(
                                school.overallAbsenceRatePct(),
                                la.overallAbsenceRatePct(),
                                "the LA as a whole",
                                absence
                                    .map(SubgroupTrends.Measure::toLa)
                                    .map(SubgroupTrends.Gap::interval)
                                    .orElse(null)))));
    SmallGroupSuppression suppression = new SmallGroupSuppression(facts.suppressionMinimum());
    if (!suppression.isTooSmall(school.persistentAbsentees())) {
      sentences.add(
          "%s of %s pupils (%s) were persistently absent, missing 10%% or more of their sessions."
              .formatted(
                  Figures.count(school.persistentAbsentees()),
                  Figures.count(school.enrolments()),
                  Figures.percent(school.persistentAbsenceRatePct())));
    }
    return sentences;
  }

  private static Table table(SchoolFacts facts) {
    Headline school = facts.current().orElseThrow();
    Headline lastYear = facts.lastYear().orElse(null);
    Headline la = facts.la().orElse(null);
    EnglandFigures england = facts.england().orElse(null);
    Columns columns =
        new Columns(school, lastYear, la, new SmallGroupSuppression(facts.suppressionMinimum()));
    Table.Builder table =
        Table.withHeader(
            "Measure",
            "This school",
            lastYearHeading(facts.period()),
            "Change (points)",
            "LA",
            englandHeading(facts.school().phase()));
    rate(
        table,
        "Attendance",
        school,
        lastYear,
        la,
        Headline::attendanceRatePct,
        england == null ? null : england.attendanceRatePct());
    rate(
        table,
        "Overall absence",
        school,
        lastYear,
        la,
        Headline::overallAbsenceRatePct,
        england == null ? null : england.overallAbsenceRatePct());
    rate(
        table,
        "  Authorised absence",
        school,
        lastYear,
        la,
        Headline::authorisedAbsenceRatePct,
        england == null ? null : england.authorisedAbsenceRatePct());
    rate(
        table,
        "  Unauthorised absence",
        school,
        lastYear,
        la,
        Headline::unauthorisedAbsenceRatePct,
        england == null ? null : england.unauthorisedAbsenceRatePct());
    countedRate(
        table,
        "Persistent absence (10% or more)",
        "  Persistently absent pupils",
        PupilShare.PERSISTENT,
        columns,
        england == null ? null : england.persistentAbsenceRatePct());
    countedRate(
        table,
        "Severe absence (50% or more)",
        "  Severely absent pupils",
        PupilShare.SEVERE,
        columns,
        null);
    table.row(
        "Pupils (enrolments)",
        Figures.count(school.enrolments()),
        lastYear == null ? Figures.NOT_AVAILABLE : Figures.count(lastYear.enrolments()),
        "",
        la == null ? Figures.NOT_AVAILABLE : Figures.count(la.enrolments()),
        "");
    table.row(
        "Days lost to absence",
        Figures.daysFromSessions(school.overallAbsenceSessions()),
        lastYear == null
            ? Figures.NOT_AVAILABLE
            : Figures.daysFromSessions(lastYear.overallAbsenceSessions()),
        "",
        la == null ? Figures.NOT_AVAILABLE : Figures.daysFromSessions(la.overallAbsenceSessions()),
        "");
    return table.build();
  }

  private static String lastYearInSentence(MartPeriod period) {
    if (period.isTerm()) {
      return "the same term last year";
    }
    return period
        .sameDateLastYear()
        .map(SameDateLastYear::inSentence)
        .orElse("the same point last year");
  }

  private static String lastYearHeading(MartPeriod period) {
    if (period.isTerm()) {
      return "Same term last year";
    }
    return period.sameDateLastYear().map(SameDateLastYear::label).orElse("Same point last year");
  }

  private static String englandHeading(String phase) {
    String schoolType = EnglandFigures.schoolType(phase);
    return schoolType == null ? "England" : "England (" + schoolType + ")";
  }

  /** The table's figures: this school, the same period last year and the LA (either null). */
  private record Columns(
      Headline school, Headline lastYear, Headline la, SmallGroupSuppression suppression) {}

  /**
   * A share of pupils' row and the row of its count beneath it, hidden where the count is small.
   */
  private static void countedRate(
      Table.Builder table,
      String rateLabel,
      String countLabel,
      PupilShare share,
      Columns columns,
      Double england) {
    SmallGroupSuppression suppression = columns.suppression();
    Headline school = columns.school();
    Headline lastYear = columns.lastYear();
    String change;
    if (lastYear == null) {
      change = Figures.NOT_AVAILABLE;
    } else if (share.hidden(school, suppression) || share.hidden(lastYear, suppression)) {
      // The change and one rate would give the other back.
      change = Cells.SUPPRESSED;
    } else {
      change = Comparison.points(share.rate().apply(school), share.rate().apply(lastYear));
    }
    table.row(
        rateLabel,
        share.rateCell(school, suppression),
        share.rateCell(lastYear, suppression),
        change,
        share.rateCell(columns.la(), suppression),
        Cells.percent(england));
    table.row(
        countLabel,
        share.countCell(school, suppression),
        share.countCell(lastYear, suppression),
        "",
        share.countCell(columns.la(), suppression),
        "");
  }

  private static void rate(
      Table.Builder table,
      String measure,
      Headline school,
      Headline lastYear,
      Headline la,
      Function<Headline, Double> rate,
      Double england) {
    table.row(
        measure,
        Figures.percent(rate.apply(school)),
        Cells.percent(lastYear, rate),
        lastYear == null
            ? Figures.NOT_AVAILABLE
            : Comparison.points(rate.apply(school), rate.apply(lastYear)),
        Cells.percent(la, rate),
        Cells.percent(england));
  }

  static String notAvailable(SchoolFacts facts) {
    return facts.period().hasFigures()
        ? "No figures for this school in " + facts.packPeriod().label() + ": not available."
        : "Figures for a year to date as at "
            + Figures.date(facts.period().end())
            + " are not available: this warehouse was built before year-to-date figures at any"
            + " date were added. Rebuild the models, or ask for a term.";
  }
}
