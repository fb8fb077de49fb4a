package org.schoolattendance.reports.la.section;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.schoolattendance.reports.AcademicYears;
import org.schoolattendance.reports.Differences;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.la.LaSection;
import org.schoolattendance.reports.la.SectionChart;
import org.schoolattendance.reports.la.render.LaCharts;
import org.schoolattendance.reports.la.table.Cell;
import org.schoolattendance.reports.la.table.LaTable;
import org.schoolattendance.reports.la.table.RowKind;
import org.schoolattendance.reports.la.table.TableRow;
import org.schoolattendance.reports.privacy.SmallGroupSuppression;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * Overall and persistent absence by term over the three academic years to the pack's period, for
 * the LA and each phase, with England's published figure for the terms the DfE has published.
 */
public final class TrendSection {

  static final String TITLE = "Trends by term over three years";

  private static final List<String> HEADERS =
      List.of(
          "Term",
          "Overall absence: LA",
          "Primary",
          "Secondary",
          "Special",
          "England",
          "Persistent absence: LA",
          "Primary",
          "Secondary",
          "Special",
          "England");

  private static final List<String> PHASES = List.of("all", "primary", "secondary", "special");

  private record TermFigures(
      String termId,
      String label,
      String phase,
      double overall,
      double persistent,
      long persistentAbsentees) {}

  private TrendSection() {}

  public static LaSection build(LaContext context) throws SQLException {
    List<TermFigures> figures = termFigures(context);
    if (figures.isEmpty()) {
      return LaSection.notAvailable(TITLE, "no term has LA figures yet");
    }
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, TermFigures> byTermAndPhase = new HashMap<>();
    for (TermFigures f : figures) {
      labels.put(f.termId(), f.label());
      byTermAndPhase.put(f.termId() + "|" + f.phase(), f);
    }
    Map<String, Double> england = england(context.warehouse());
    List<TableRow> rows = new ArrayList<>();
    Map<String, List<Double>> chartSeries = new LinkedHashMap<>();
    for (String phase : PHASES) {
      chartSeries.put(
          phase.equals("all") ? "LA, all phases" : Phases.name(phase), new ArrayList<>());
    }
    chartSeries.put("England (published)", new ArrayList<>());
    for (Map.Entry<String, String> term : labels.entrySet()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(term.getValue()));
      List<Cell> persistent = new ArrayList<>();
      int series = 0;
      List<List<Double>> seriesValues = new ArrayList<>(chartSeries.values());
      Set<String> persistentHidden =
          persistentHidden(context.suppression(), byTermAndPhase, term.getKey());
      for (String phase : PHASES) {
        TermFigures f = byTermAndPhase.get(term.getKey() + "|" + phase);
        cells.add(f == null ? Cell.notAvailable() : Cell.rate(f.overall()));
        persistent.add(
            f == null
                ? Cell.notAvailable()
                : persistentHidden.contains(phase) ? Cell.suppressed() : Cell.rate(f.persistent()));
        seriesValues.get(series++).add(f == null ? null : f.overall());
      }
      Double englandOverall = england.get(dfeKey(term.getKey()) + "|overall_absence_perc");
      cells.add(Cell.rate(englandOverall));
      seriesValues.get(series).add(englandOverall);
      cells.addAll(persistent);
      cells.add(Cell.rate(england.get(dfeKey(term.getKey()) + "|pa_perc")));
      rows.add(new TableRow(RowKind.ROW, cells));
    }
    chartSeries.values().removeIf(values -> values.stream().allMatch(v -> v == null));
    return new LaSection(
        TITLE,
        sentences(figures, byTermAndPhase, context),
        new SectionChart(
            "Overall absence by term (%), LA and phases, with England where published",
            LaCharts.lines(new ArrayList<>(labels.values()), chartSeries, "Overall absence (%)")),
        new LaTable("Trends", HEADERS, rows),
        List.of(
            "Pupils aged 5 to 15 in state-funded primary, secondary and special schools (the DfE's"
                + " headline cohort). England: the DfE's published figure for the same term,"
                + " where the files loaded hold one; otherwise not available.",
            "Persistent absence in a single term is measured over that term's sessions only; c"
                + " where at least one but fewer than "
                + context.suppression().minimum()
                + " pupils of a phase were persistently absent, or where it could be worked out"
                + " from the other phases and the LA total."));
  }

  /**
   * The phases (and "all") whose persistent absence is hidden in a term: a phase's count of 1 to
   * fewer than the suppression size, with the next smallest phase; the LA's where one phase alone
   * would be hidden or its own count is that small.
   */
  private static Set<String> persistentHidden(
      SmallGroupSuppression suppression, Map<String, TermFigures> byTermAndPhase, String term) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String phase : PHASES.subList(1, PHASES.size())) {
      TermFigures f = byTermAndPhase.get(term + "|" + phase);
      if (f != null) {
        counts.put(phase, f.persistentAbsentees());
      }
    }
    Set<String> hidden = new HashSet<>(suppression.suppressedCounts(counts, Set.of()));
    TermFigures la = byTermAndPhase.get(term + "|all");
    if (la != null && suppression.totalHidden(hidden, la.persistentAbsentees())) {
      hidden.add("all");
    }
    return hidden;
  }

  private static List<TermFigures> termFigures(LaContext context) throws SQLException {
    String firstYear =
        AcademicYears.previous(AcademicYears.previous(context.period().academicYear()));
    return context
        .warehouse()
        .list(
            "select period_id, academic_year || ' ' || split_part(period_id, '-', 2) as label, phase,"
                + " overall_absence_rate_pct, persistent_absence_rate_pct, persistent_absentees"
                + " from mart_group_period"
                + " where geography_level in ('la', 'la_phase') and cohort = 'headline'"
                + " and dimension = 'all' and period_type = 'term' and la_code = ?"
                + " and academic_year >= ? and period_start <= ? order by period_start",
            row ->
                new TermFigures(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getDouble(4),
                    row.getDouble(5),
                    row.getLong(6)),
            context.laCode(),
            firstYear,
            context.period().end());
  }

  /** England's published term figures, keyed "202324|autumn term|measure". */
  private static Map<String, Double> england(WarehouseQuery warehouse) throws SQLException {
    Map<String, Double> values = new HashMap<>();
    if (!warehouse.tableExists("raw_dfe_statistic")) {
      return values;
    }
    warehouse.list(
        "select time_period, lower(time_identifier), measure, value from raw_dfe_statistic"
            + " where period_type = 'term' and geographic_level = 'National'"
            + " and school_type = 'Total' and population = 'all_pupils'"
            + " and characteristic is null and value is not null"
            + " and measure in ('overall_absence_perc', 'pa_perc')",
        row ->
            values.put(
                row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3),
                row.getDouble(4)));
    return values;
  }

  private static String dfeKey(String termId) {
    String year = termId.substring(0, termId.indexOf('-'));
    String term = termId.substring(termId.indexOf('-') + 1);
    return AcademicYears.dfeTimePeriod(year) + "|" + term.toLowerCase(Locale.ROOT) + " term";
  }

  private static List<String> sentences(
      List<TermFigures> figures, Map<String, TermFigures> byTermAndPhase, LaContext context) {
    String periodId = context.martPeriodId();
    String previousId = context.period().lastYearPeriodId();
    TermFigures now = find(figures, periodId);
    TermFigures before = previousId == null ? null : find(figures, previousId);
    if (now == null || before == null) {
      return List.of();
    }
    String overall =
        "Overall absence of 5 to 15 year olds in the LA this term was %s, %s the same term last"
                .formatted(
                    Figures.percent(now.overall()),
                    Differences.compared(now.overall(), before.overall()))
            + " year (%s)".formatted(Figures.percent(before.overall()));
    SmallGroupSuppression suppression = context.suppression();
    if (persistentHidden(suppression, byTermAndPhase, periodId).contains("all")
        || persistentHidden(suppression, byTermAndPhase, previousId).contains("all")) {
      return List.of(overall + ".");
    }
    return List.of(
        overall
            + "; persistent absence was %s, %s last year (%s)."
                .formatted(
                    Figures.percent(now.persistent()),
                    Differences.compared(now.persistent(), before.persistent()),
                    Figures.percent(before.persistent())));
  }

  private static TermFigures find(List<TermFigures> figures, String termId) {
    return figures.stream()
        .filter(f -> f.termId().equals(termId) && f.phase().equals("all"))
        .findFirst()
        .orElse(null);
  }
}
