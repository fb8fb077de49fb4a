package org.schoolattendance.reports.school;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.schoolattendance.reports.Differences.Interval;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.pack.document.Section;
import org.schoolattendance.reports.pack.document.Table;
import org.schoolattendance.reports.privacy.SmallGroupSuppression;

/**
 * The Ofsted pack's groups whose absence is significantly above England's or the LA's: the school's
 * groups in {@link SubgroupTrends} whose gap has a 95% interval wholly above zero. A group hidden
 * by suppression is never listed.
 */
final class SignificantGroupsSection {

  static final String ENGLAND_HEADING = "Groups with absence significantly above England";
  static final String LA_HEADING = "Groups with absence significantly above the LA";
  static final String NO_ENGLAND_FIGURE =
      "not available: no published England figure for this period";

  /** The dimensions listed after all pupils, in order; minor ethnic codes are too fine. */
  private static final List<String> GROUP_DIMENSIONS =
      List.of(
          "fsm",
          "sen_provision",
          "first_language",
          "sex",
          "ethnicity_major",
          "nc_year",
          "focus_group");

  /**
   * At a school, all pupils are also its phase group. England's all-pupil figure covers every type
   * of school, so all pupils are compared with England through the phase row (England's schools of
   * the same type, as in the headline table), and with the LA's all pupils through their own row.
   */
  private static final String PHASE = "phase";

  /** What a group is compared with: England's figure or the LA's same group. */
  private record Reference(
      String heading,
      String allPupilsDimension,
      String columnLabel,
      String inWords,
      Function<SubgroupTrends.Measure, Double> rate,
      Function<SubgroupTrends.Measure, SubgroupTrends.Gap> gap) {}

  private static final Reference ENGLAND =
      new Reference(
          ENGLAND_HEADING,
          PHASE,
          "England",
          "England's published figure for the same group and period",
          SubgroupTrends.Measure::englandRate,
          SubgroupTrends.Measure::toEngland);

  private static final Reference LA =
      new Reference(
          LA_HEADING,
          SubgroupTrends.ALL_PUPILS,
          "LA",
          "the same group across the LA",
          SubgroupTrends.Measure::laRate,
          SubgroupTrends.Measure::toLa);

  private SignificantGroupsSection() {}

  static Section aboveEngland(SchoolFacts facts) {
    if (facts.trends().computed() && !hasEngland(facts)) {
      return Section.of(
          ENGLAND_HEADING,
          List.of(
              "Groups significantly above England in %s: %s."
                  .formatted(facts.packPeriod().label(), NO_ENGLAND_FIGURE)));
    }
    return build(facts, ENGLAND);
  }

  /**
   * Whether a group listed against England has a published figure for this period. The all-pupil
   * row's all-school figure does not count: all pupils are compared through the phase row.
   */
  private static boolean hasEngland(SchoolFacts facts) {
    return facts.trends().cells().stream()
        .filter(cell -> !SubgroupTrends.ALL_PUPILS.equals(cell.dimension()))
        .anyMatch(
            cell ->
                cell.overallAbsence().englandRate() != null
                    || cell.persistentAbsence().englandRate() != null);
  }

  static Section aboveLa(SchoolFacts facts) {
    return build(facts, LA);
  }

  private static Section build(SchoolFacts facts, Reference reference) {
    if (!facts.trends().computed()) {
      return Section.of(
          reference.heading(),
          List.of(
              "Not available: the LA's subgroup trend analysis (the transform stage) has not"
                  + " been run on these data."));
    }
    Table.Builder table =
        Table.withHeader(
            "Group",
            "This school",
            reference.columnLabel(),
            "Gap (points)",
            "Interval from",
            "Interval to");
    List<SubgroupTrends.Cell> cells = listable(facts, reference.allPupilsDimension());
    addMeasure(
        table,
        "Overall absence",
        shown(cells, facts, cell -> 0L),
        SubgroupTrends.Cell::overallAbsence,
        reference);
    addMeasure(
        table,
        "Persistent absence",
        shown(cells, facts, SubgroupTrends.Cell::persistentAbsentees),
        SubgroupTrends.Cell::persistentAbsence,
        reference);
    String period = facts.packPeriod().label();
    if (table.isEmpty()) {
      return Section.of(
          reference.heading(),
          List.of(
              "In %s no group's overall or persistent absence was significantly above %s."
                  .formatted(period, reference.inWords())));
    }
    return Section.of(
            reference.heading(),
            List.of(
                ("Groups whose overall or persistent absence in %s was above %s by more than"
                        + " chance would explain: the 95%% interval of the gap lies wholly above"
                        + " zero.")
                    .formatted(period, reference.inWords())))
        .withTable(table.build())
        .withNotes(
            List.of(
                "Figures for pupils aged 5 to 15, the cohort of the published statistics, so"
                    + " they can differ slightly from the tables for every enrolment. Groups of"
                    + " fewer than "
                    + facts.suppressionMinimum()
                    + " pupils, or too small for the LA's trend analysis, are not listed; nor is a"
                    + " group's persistent absence where at least one but fewer than "
                    + facts.suppressionMinimum()
                    + " of its pupils are persistently absent, or where it could be worked out"
                    + " from the other groups and the total. England's"
                    + " figure for all pupils is that of schools of the same type. With many"
                    + " groups compared, one may sometimes appear by chance."));
  }

  /** A measure's heading row and its groups above the reference; nothing when none is. */
  private static void addMeasure(
      Table.Builder table,
      String measureName,
      List<SubgroupTrends.Cell> cells,
      Function<SubgroupTrends.Cell, SubgroupTrends.Measure> measureOf,
      Reference reference) {
    List<Table.Row> rows = new ArrayList<>();
    for (SubgroupTrends.Cell cell : cells) {
      SubgroupTrends.Measure measure = measureOf.apply(cell);
      SubgroupTrends.Gap gap = reference.gap().apply(measure);
      Double referenceRate = reference.rate().apply(measure);
      if (gap == null || gap.interval() == null || referenceRate == null) {
        continue;
      }
      Interval interval = gap.interval();
      if (interval.low() > 0) {
        rows.add(
            Table.Row.of(
                PHASE.equals(cell.dimension())
                    ? "All pupils"
                    : GroupLabels.trendGroup(cell.dimension(), cell.groupValue()),
                Figures.percent(measure.rate()),
                Figures.percent(referenceRate),
                Comparison.points(gap.points(), 0.0),
                Figures.decimal(interval.low()),
                Figures.decimal(interval.high())));
      }
    }
    if (!rows.isEmpty()) {
      table.row(Table.Row.emphasised(measureName));
      rows.forEach(table::row);
    }
  }

  /** The groups that may be listed: in a listed dimension, in a stable order. */
  private static List<SubgroupTrends.Cell> listable(SchoolFacts facts, String allPupils) {
    List<String> dimensions = new ArrayList<>(List.of(allPupils));
    dimensions.addAll(GROUP_DIMENSIONS);
    return facts.trends().cells().stream()
        .filter(cell -> dimensions.contains(cell.dimension()))
        .sorted(
            Comparator.<SubgroupTrends.Cell>comparingInt(
                    cell -> dimensions.indexOf(cell.dimension()))
                .thenComparingInt(cell -> GroupLabels.yearOrder(cell.groupValue()))
                .thenComparing(SubgroupTrends.Cell::groupValue))
        .toList();
  }

  /**
   * The cells whose figure may be shown: not too small for Spark's analysis, not hidden with their
   * group by suppression, and not hidden because the pupils the figure counts ({@code counted},
   * e.g. persistent absentees) are too few or would otherwise be worked out from the total.
   * Suppression runs over every group of a dimension, listed or not.
   */
  private static List<SubgroupTrends.Cell> shown(
      List<SubgroupTrends.Cell> cells,
      SchoolFacts facts,
      ToLongFunction<SubgroupTrends.Cell> counted) {
    SmallGroupSuppression suppression = new SmallGroupSuppression(facts.suppressionMinimum());
    Map<String, Set<String>> hidden = new LinkedHashMap<>();
    facts.trends().cells().stream()
        .collect(Collectors.groupingBy(SubgroupTrends.Cell::dimension))
        .forEach(
            (dimension, groups) -> {
              Set<String> groupsHidden = new LinkedHashSet<>();
              groups.stream()
                  .filter(SubgroupTrends.Cell::suppressed)
                  .forEach(cell -> groupsHidden.add(cell.groupValue()));
              groupsHidden.addAll(
                  suppression.suppressedCounts(
                      groups,
                      SubgroupTrends.Cell::groupValue,
                      SubgroupTrends.Cell::enrolments,
                      Set.of()));
              hidden.put(
                  dimension,
                  suppression.suppressedCounts(
                      groups, SubgroupTrends.Cell::groupValue, counted, groupsHidden));
            });
    return cells.stream()
        .filter(cell -> !hidden.get(cell.dimension()).contains(cell.groupValue()))
        .toList();
  }
}
