package org.schoolattendance.reports.la.section;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.schoolattendance.reports.Differences;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.SameDateLastYear;
import org.schoolattendance.reports.la.LaSection;
import org.schoolattendance.reports.la.table.Cell;
import org.schoolattendance.reports.la.table.CellFormat;
import org.schoolattendance.reports.la.table.LaTable;
import org.schoolattendance.reports.la.table.RowKind;
import org.schoolattendance.reports.la.table.TableRow;

/** Every school ranked within its phase on overall, persistent and severe absence. */
public final class SchoolRankingSection {

  static final String TITLE = "Schools compared within their phase";

  private static final List<String> HEADERS =
      List.of(
          "School (URN)",
          "Pupils",
          "Overall absence",
          "Rank",
          "Band",
          "Persistent absence",
          "Rank",
          "Band",
          "Severe absence",
          "Rank",
          "Band",
          "Overall absence: change (points)");

  private SchoolRankingSection() {}

  public static LaSection build(LaContext context) throws SQLException {
    List<SchoolFigures> schools = schools(context);
    if (schools.isEmpty()) {
      return LaSection.notAvailable(TITLE, "no school has figures for " + context.period().label());
    }
    Map<String, SchoolFigures> totals = totals(context);
    List<TableRow> rows = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    SchoolFigures la = totals.get("all");
    String lastYear =
        context
            .sameDateLastYear()
            .map(SameDateLastYear::inSentence)
            .orElse("the same period last year");
    if (la != null) {
      sentences.add(laSentence(la, schools.size(), context, lastYear));
    }
    Map<String, List<SchoolFigures>> byPhase = new LinkedHashMap<>();
    schools.forEach(s -> byPhase.computeIfAbsent(s.phase(), p -> new ArrayList<>()).add(s));
    Map<String, Set<String>> hiddenByPhase = new LinkedHashMap<>();
    byPhase.forEach((phase, inPhase) -> hiddenByPhase.put(phase, hidden(context, inPhase)));
    Shares shares =
        new Shares(
            PupilShareSuppression.of(
                context.suppression(),
                byPhase,
                hiddenByPhase,
                totals,
                SchoolFigures::persistentAbsentees),
            PupilShareSuppression.of(
                context.suppression(),
                byPhase,
                hiddenByPhase,
                totals,
                SchoolFigures::severeAbsentees));
    // A phase left with one hidden school (no other to hide with it) hides its total, and then
    // the LA total too, since the LA total minus everything shown would reveal the school.
    boolean laTotalReveals = false;
    for (Map.Entry<String, List<SchoolFigures>> entry : byPhase.entrySet()) {
      String phase = entry.getKey();
      List<SchoolFigures> inPhase = entry.getValue();
      Set<String> hidden = hiddenByPhase.get(phase);
      rows.add(TableRow.group(Phases.name(phase) + " (" + inPhase.size() + " schools)"));
      rows.addAll(phaseRows(inPhase, hidden, shares));
      SchoolFigures total = totals.get(phase);
      String label = "All " + Phases.name(phase).toLowerCase();
      if (total != null && hidden.size() == 1) {
        laTotalReveals = true;
        rows.add(TableRow.total(allSuppressed(label)));
      } else if (total != null) {
        rows.add(
            TableRow.total(
                totalCells(
                    label,
                    total,
                    shares.persistent().phaseTotals().contains(phase),
                    shares.severe().phaseTotals().contains(phase))));
      }
      phaseSentence(phase, inPhase, hidden).ifPresent(sentences::add);
    }
    if (la != null && laTotalReveals) {
      rows.add(TableRow.total(allSuppressed("All schools in the LA")));
      sentences.remove(0);
    } else if (la != null) {
      rows.add(
          TableRow.total(
              totalCells(
                  "All schools in the LA",
                  la,
                  shares.persistent().laTotal(),
                  shares.severe().laTotal())));
    }
    return new LaSection(
        TITLE,
        sentences,
        null,
        new LaTable("Schools ranked", HEADERS, rows),
        notes(context, lastYear));
  }

  private static List<SchoolFigures> schools(LaContext context) throws SQLException {
    return context
        .warehouse()
        .list(
            "select s.school_name, "
                + SchoolFigures.COLUMNS
                + SchoolFigures.FROM
                + " join dim_school s on s.urn = g.urn"
                + SchoolFigures.WHERE
                + " and g.geography_level = 'school' and g.cohort = 'all_enrolments'",
            row -> SchoolFigures.read(row, row.getString("school_name")),
            context.period().lastYearPeriodId(),
            context.martPeriodId(),
            context.laCode())
        .stream()
        .sorted(
            Comparator.comparing((SchoolFigures s) -> Phases.order(s.phase()))
                .thenComparing(SchoolFigures::name, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SchoolFigures::urn))
        .toList();
  }

  /** LA totals by phase, and the whole LA under "all". */
  private static Map<String, SchoolFigures> totals(LaContext context) throws SQLException {
    Map<String, SchoolFigures> totals = new LinkedHashMap<>();
    context
        .warehouse()
        .list(
            "select "
                + SchoolFigures.COLUMNS
                + SchoolFigures.FROM
                + SchoolFigures.WHERE
                + " and g.geography_level in ('la', 'la_phase') and g.cohort = 'all_enrolments'",
            row -> SchoolFigures.read(row, null),
            context.period().lastYearPeriodId(),
            context.martPeriodId(),
            context.laCode())
        .forEach(total -> totals.put(total.phase(), total));
    return totals;
  }

  private static Set<String> hidden(LaContext context, List<SchoolFigures> inPhase) {
    Map<String, Long> sizes = new LinkedHashMap<>();
    inPhase.forEach(s -> sizes.put(s.urn(), s.enrolments()));
    return context.suppression().suppressedGroups(sizes);
  }

  /** Where persistent and severe absence shares are hidden. */
  private record Shares(PupilShareSuppression persistent, PupilShareSuppression severe) {}

  private static List<TableRow> phaseRows(
      List<SchoolFigures> inPhase, Set<String> hidden, Shares shares) {
    List<SchoolFigures> shown = inPhase.stream().filter(s -> !hidden.contains(s.urn())).toList();
    Set<String> persistentHidden = shares.persistent().schools();
    Set<String> severeHidden = shares.severe().schools();
    Map<String, PhaseRanking.Place> overall = places(shown, SchoolFigures::overallAbsence);
    Map<String, PhaseRanking.Place> persistent =
        places(without(shown, persistentHidden), SchoolFigures::persistentAbsence);
    Map<String, PhaseRanking.Place> severe =
        places(without(shown, severeHidden), SchoolFigures::severeAbsence);
    List<TableRow> rows = new ArrayList<>();
    for (SchoolFigures school : inPhase) {
      String label = school.name() + " (" + school.urn() + ")";
      if (hidden.contains(school.urn())) {
        rows.add(TableRow.of(allSuppressed(label)));
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.text(label));
      cells.add(Cell.count(school.enrolments()));
      addRanked(cells, school.overallAbsence(), overall.get(school.urn()));
      addRanked(cells, school.persistentAbsence(), persistent.get(school.urn()));
      addRanked(cells, school.severeAbsence(), severe.get(school.urn()));
      cells.add(Cell.points(school.changeInOverallAbsence()));
      rows.add(new TableRow(RowKind.ROW, cells));
    }
    return rows;
  }

  private static List<SchoolFigures> without(List<SchoolFigures> schools, Set<String> hidden) {
    return schools.stream().filter(s -> !hidden.contains(s.urn())).toList();
  }

  /** A row's label and c in every other column. */
  private static Cell[] allSuppressed(String label) {
    Cell[] cells = new Cell[HEADERS.size()];
    Arrays.fill(cells, Cell.suppressed());
    cells[0] = Cell.text(label);
    return cells;
  }

  private static Map<String, PhaseRanking.Place> places(
      List<SchoolFigures> shown, ToDoubleFunction<SchoolFigures> measure) {
    Map<String, Double> values = new LinkedHashMap<>();
    shown.forEach(s -> values.put(s.urn(), measure.applyAsDouble(s)));
    return PhaseRanking.rank(values);
  }

  /** The rate, rank and band; c in all three where the rate is hidden (it has no place). */
  private static void addRanked(List<Cell> cells, double rate, PhaseRanking.Place place) {
    if (place == null) {
      cells.addAll(List.of(Cell.suppressed(), Cell.suppressed(), Cell.suppressed()));
      return;
    }
    cells.add(Cell.rate(rate));
    cells.add(
        new Cell(place.rank() + " of " + place.outOf(), (double) place.rank(), CellFormat.COUNT));
    cells.add(place.band() == null ? Cell.notAvailable() : Cell.text(place.band()));
  }

  private static Cell[] totalCells(
      String label, SchoolFigures total, boolean persistentHidden, boolean severeHidden) {
    Cell none = Cell.text("");
    return new Cell[] {
      Cell.text(label),
      Cell.count(total.enrolments()),
      Cell.rate(total.overallAbsence()),
      none,
      none,
      persistentHidden ? Cell.suppressed() : Cell.rate(total.persistentAbsence()),
      none,
      none,
      severeHidden ? Cell.suppressed() : Cell.rate(total.severeAbsence()),
      none,
      none,
      Cell.points(total.changeInOverallAbsence())
    };
  }

  private static String laSentence(
      SchoolFigures la, int schools, LaContext context, String lastYear) {
    String sentence =
        "Overall absence across the LA's %d schools was %s in the %s"
            .formatted(schools, Figures.percent(la.overallAbsence()), context.period().label());
    if (la.previousOverallAbsence() != null) {
      sentence +=
          ", "
              + Differences.compared(la.overallAbsence(), la.previousOverallAbsence())
              + " "
              + lastYear
              + " ("
              + Figures.percent(la.previousOverallAbsence())
              + ")";
    }
    return sentence + ".";
  }

  private static Optional<String> phaseSentence(
      String phase, List<SchoolFigures> inPhase, Set<String> hidden) {
    List<SchoolFigures> shown =
        inPhase.stream()
            .filter(s -> !hidden.contains(s.urn()))
            .sorted(Comparator.comparingDouble(SchoolFigures::overallAbsence))
            .toList();
    if (shown.size() < 2) {
      return Optional.empty();
    }
    SchoolFigures lowest = shown.get(0);
    SchoolFigures highest = shown.get(shown.size() - 1);
    return Optional.of(
        "%s schools: overall absence ranged from %s at %s to %s at %s."
            .formatted(
                Phases.name(phase),
                Figures.percent(lowest.overallAbsence()),
                lowest.name(),
                Figures.percent(highest.overallAbsence()),
                highest.name()));
  }

  private static List<String> notes(LaContext context, String lastYear) {
    long n = context.suppression().minimum();
    return List.of(
        "Lower absence is better: rank 1 is the school with the lowest rate in its phase, and"
            + " tied schools share the smaller rank.",
        "Bands: A is the quarter of the phase's schools with the lowest rates, D the quarter"
            + " with the highest, cut at the quartiles of the ranked rates; a phase needs at"
            + " least "
            + PhaseRanking.MIN_FOR_BANDS
            + " ranked schools to be banded.",
        "All pupils on roll (every age), as in each school's own pack; attendance is 100% minus"
            + " overall absence. Change: against "
            + lastYear
            + " (n/a: not available).",
        "c: fewer than "
            + n
            + " pupils. When only one school of a phase is that small, the next smallest is"
            + " hidden as well, so the phase total cannot reveal it.",
        "A persistent or severe absence rate is c, with its rank and band, where at least one"
            + " but fewer than "
            + n
            + " of the school's pupils are counted in it, and for the school with the next"
            + " smallest count in its phase where only one would be hidden, so that it cannot be"
            + " worked out from the phase total; ranks count only the rates shown. In small"
            + " schools, severe absence is often hidden.");
  }
}
