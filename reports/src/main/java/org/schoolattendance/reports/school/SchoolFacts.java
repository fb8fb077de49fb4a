package org.schoolattendance.reports.school;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolattendance.reports.pack.PackPeriod;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * Everything the school packs show about one school in one period, read once from the marts and
 * Spark's tables and shared by the governor, head and Ofsted packs.
 */
record SchoolFacts(
    SchoolInfo school,
    PackPeriod packPeriod,
    MartPeriod period,
    String cohort,
    LocalDate dataAsOf,
    boolean synthetic,
    long suppressionMinimum,
    Optional<Headline> current,
    Optional<Headline> lastYear,
    Optional<Headline> la,
    Optional<EnglandFigures> england,
    List<GroupFigures.GroupRow> schoolTerms,
    Map<String, Headline> laTerms,
    Map<String, EnglandFigures> englandTerms,
    List<GroupFigures.GroupRow> schoolYears,
    Map<String, Headline> laYears,
    List<GroupFigures.GroupRow> schoolGroups,
    List<GroupFigures.GroupRow> laGroups,
    BandFigures bands,
    ReasonFigures reasons,
    ContactFigures contacts,
    Optional<ImpactFigures> impact,
    Optional<RegisterQuality> registerQuality,
    SubgroupTrends trends) {

  static final int TREND_TERMS = 9;

  static SchoolFacts load(
      WarehouseQuery query,
      SchoolInfo school,
      PackPeriod packPeriod,
      MartPeriod period,
      LocalDate dataAsOf,
      boolean synthetic,
      long suppressionMinimum)
      throws SQLException {
    GroupFigures groups = GroupFigures.forSchool(query, school);
    List<GroupFigures.GroupRow> terms = upTo(groups.series("school", "term"), period);
    Map<String, EnglandFigures> englandTerms = new LinkedHashMap<>();
    for (GroupFigures.GroupRow term : terms) {
      EnglandFigures.forTerm(query, term.periodId(), school.phase())
          .ifPresent(figures -> englandTerms.put(term.periodId(), figures));
    }
    return new SchoolFacts(
        school,
        packPeriod,
        period,
        groups.cohort(),
        dataAsOf,
        synthetic,
        suppressionMinimum,
        period.hasFigures() ? groups.school(period, period.periodId()) : Optional.empty(),
        period.lastYearPeriodId() == null
            ? Optional.empty()
            : groups.school(period, period.lastYearPeriodId()),
        period.hasFigures() ? groups.la(period, period.periodId()) : Optional.empty(),
        period.isTerm()
            ? EnglandFigures.forTerm(query, period.periodId(), school.phase())
            : Optional.empty(),
        terms,
        byPeriod(groups.series("la", "term")),
        englandTerms,
        groups.series("school", "academic_year").stream()
            .filter(year -> year.periodId().compareTo(period.academicYear()) <= 0)
            .toList(),
        byPeriod(groups.series("la", "academic_year")),
        period.hasFigures() ? groups.groups("school", period) : List.of(),
        period.hasFigures() ? groups.groups("la", period) : List.of(),
        period.hasFigures() && MartPeriod.MART.equals(period.groupSource())
            ? BandFigures.load(query, school, groups.cohort(), period)
            : new BandFigures(List.of()),
        period.isTerm() ? ReasonFigures.load(query, school, period) : new ReasonFigures(List.of()),
        ContactFigures.load(query, school, period, packPeriod.start()),
        ImpactFigures.load(query, school.urn()),
        RegisterQuality.load(query, school.urn()),
        SubgroupTrends.load(query, school, period));
  }

  /** The last {@value #TREND_TERMS} terms (three years) up to the pack's own period. */
  private static List<GroupFigures.GroupRow> upTo(
      List<GroupFigures.GroupRow> terms, MartPeriod period) {
    int last = terms.size() - 1;
    while (last >= 0 && !reachedPeriod(terms.get(last), period)) {
      last--;
    }
    return terms.subList(Math.max(0, last - TREND_TERMS + 1), last + 1);
  }

  private static boolean reachedPeriod(GroupFigures.GroupRow term, MartPeriod period) {
    if (period.isTerm()) {
      return term.periodId().equals(period.periodId());
    }
    return term.periodId().substring(0, 7).compareTo(period.academicYear()) <= 0;
  }

  private static Map<String, Headline> byPeriod(List<GroupFigures.GroupRow> rows) {
    Map<String, Headline> map = new LinkedHashMap<>();
    rows.forEach(row -> map.put(row.periodId(), row.measures()));
    return map;
  }

  Optional<Headline> laGroup(String dimension, String value) {
    return laGroups.stream()
        .filter(row -> row.dimension().equals(dimension) && row.groupValue().equals(value))
        .map(GroupFigures.GroupRow::measures)
        .findFirst();
  }
}
