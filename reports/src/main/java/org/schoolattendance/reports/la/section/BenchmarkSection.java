package org.schoolattendance.reports.la.section;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.schoolattendance.reports.Differences;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.la.LaSection;
import org.schoolattendance.reports.la.table.Cell;
import org.schoolattendance.reports.la.table.CellFormat;
import org.schoolattendance.reports.la.table.LaTable;
import org.schoolattendance.reports.la.table.TableRow;
import org.schoolattendance.reports.query.WarehouseQuery;

/**
 * The LA against England, its region and the mean of its statistical neighbours, from the DfE's
 * published figures for the same period; with the LA's rank among all LAs (1 = lowest absence) and
 * its quartile band A-D, as in the DfE's LA Interactive Tool.
 */
public final class BenchmarkSection {

  static final String TITLE = "The LA against England, its region and statistical neighbours";

  private static final List<String> HEADERS =
      List.of(
          "Measure and phase",
          "This LA",
          "England",
          "Region",
          "Statistical neighbours (mean)",
          "Neighbours with a figure",
          "Difference from England (points)",
          "Rank among LAs",
          "Band (A-D)");

  /** Published measure → the mart's column, in the order of the table. */
  private static final Map<String, Measure> MEASURES = new LinkedHashMap<>();

  static {
    MEASURES.put(
        "overall_absence_perc", new Measure("Overall absence", "overall_absence_rate_pct"));
    MEASURES.put(
        "authorised_absence_perc",
        new Measure("Authorised absence", "authorised_absence_rate_pct"));
    MEASURES.put(
        "unauthorised_absence_perc",
        new Measure("Unauthorised absence", "unauthorised_absence_rate_pct"));
    MEASURES.put("pa_perc", new Measure("Persistent absence", "persistent_absence_rate_pct"));
  }

  /** The DfE's school types and the mart's phases. */
  private static final Map<String, String> PHASES =
      Map.of("Total", "all", "Primary", "primary", "Secondary", "secondary", "Special", "special");

  private static final List<String> PHASE_ORDER =
      List.of("Total", "Primary", "Secondary", "Special");

  private record Measure(String label, String martColumn) {}

  private record Published(
      String level,
      String laCode,
      String region,
      String schoolType,
      String measure,
      Double value) {}

  private BenchmarkSection() {}

  public static LaSection build(LaContext context) throws SQLException {
    WarehouseQuery warehouse = context.warehouse();
    if (!warehouse.tableExists("raw_dfe_statistic")) {
      return LaSection.notAvailable(TITLE, "no published DfE statistics have been loaded");
    }
    LocalDate figuresEnd = context.martPeriodEnd();
    if (context.period().yearToDate()
        && figuresEnd != null
        && !figuresEnd.equals(context.period().end())) {
      return LaSection.notAvailable(
          TITLE,
          "the LA's year-to-date figures run to "
              + Figures.date(figuresEnd)
              + ", not to the as-of date, so no published figure can match them");
    }
    List<Published> published = published(context);
    if (published.isEmpty()) {
      return LaSection.notAvailable(
          TITLE,
          "the DfE has published no figures for the "
              + context.period().label()
              + " among the files loaded (published periods: "
              + String.join("; ", PublishedMatch.available(warehouse))
              + ")");
    }
    String region = region(published, warehouse, context.laCode());
    List<String> neighbours = neighbours(warehouse, context.laCode());
    Map<String, Map<String, Double>> own = ownFigures(context);
    List<TableRow> rows = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (Map.Entry<String, Measure> measure : MEASURES.entrySet()) {
      for (String schoolType : PHASE_ORDER) {
        Double value =
            own.getOrDefault(PHASES.get(schoolType), Map.of()).get(measure.getValue().martColumn());
        if (value == null) {
          continue;
        }
        Comparison comparison =
            Comparison.of(
                value,
                published.stream()
                    .filter(
                        p ->
                            p.measure().equals(measure.getKey())
                                && p.schoolType().equals(schoolType))
                    .toList(),
                context.laCode(),
                region,
                neighbours);
        rows.add(comparison.row(measure.getValue().label() + ", " + schoolType.toLowerCase()));
        if ("Total".equals(schoolType)
            && comparison.england() != null
            && !"authorised_absence_perc".equals(measure.getKey())
            && !"unauthorised_absence_perc".equals(measure.getKey())) {
          sentences.add(comparison.sentence(measure.getValue().label()));
        }
      }
    }
    return new LaSection(
        TITLE,
        sentences,
        null,
        new LaTable("LA vs England", HEADERS, rows),
        notes(region, neighbours));
  }

  private static List<Published> published(LaContext context) throws SQLException {
    PublishedMatch.Condition match = PublishedMatch.of(context.period());
    List<Object> parameters = new ArrayList<>(match.parameters());
    return context
        .warehouse()
        .list(
            "select geographic_level, la_code, region_name, school_type, measure, value"
                + " from raw_dfe_statistic where "
                + match.sql()
                + " and population = 'all_pupils' and characteristic is null"
                + " and measure in ('overall_absence_perc', 'authorised_absence_perc',"
                + " 'unauthorised_absence_perc', 'pa_perc')",
            row ->
                new Published(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5),
                    WarehouseQuery.nullableDouble(row, "value")),
            parameters.toArray());
  }

  /**
   * The LA's region as the matched file names it (files differ: one says "Outer London" where the
   * daily-data files say "London"), else as any published file names it.
   */
  private static String region(List<Published> published, WarehouseQuery warehouse, String laCode)
      throws SQLException {
    return published.stream()
        .filter(p -> "Local authority".equals(p.level()) && laCode.equals(p.laCode()))
        .map(Published::region)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(region(warehouse, laCode));
  }

  private static String region(WarehouseQuery warehouse, String laCode) throws SQLException {
    List<String> regions =
        warehouse.list(
            "select region_name from raw_dfe_statistic where la_code = ? and region_name is not null"
                + " and geographic_level = 'Local authority' limit 1",
            row -> row.getString(1),
            laCode);
    return regions.isEmpty() ? null : regions.get(0);
  }

  private static List<String> neighbours(WarehouseQuery warehouse, String laCode)
      throws SQLException {
    if (!warehouse.tableExists("raw_dfe_statistical_neighbour")) {
      return List.of();
    }
    return warehouse.list(
        "select neighbour_la_code from raw_dfe_statistical_neighbour where la_code = ?"
            + " order by neighbour_rank",
        row -> row.getString(1),
        laCode);
  }

  /** The LA's own figures for the headline cohort (the DfE's), by phase ("all" for the LA). */
  private static Map<String, Map<String, Double>> ownFigures(LaContext context)
      throws SQLException {
    Map<String, Map<String, Double>> figures = new HashMap<>();
    context
        .warehouse()
        .list(
            "select phase, overall_absence_rate_pct, authorised_absence_rate_pct,"
                + " unauthorised_absence_rate_pct, persistent_absence_rate_pct"
                + " from mart_group_period where geography_level in ('la', 'la_phase')"
                + " and cohort = 'headline' and dimension = 'all' and la_code = ? and period_id = ?",
            row -> {
              Map<String, Double> values = new HashMap<>();
              for (Measure measure : MEASURES.values()) {
                values.put(
                    measure.martColumn(), WarehouseQuery.nullableDouble(row, measure.martColumn()));
              }
              figures.put(row.getString("phase"), values);
              return values;
            },
            context.laCode(),
            context.martPeriodId());
    return figures;
  }

  private static List<String> notes(String region, List<String> neighbours) {
    return List.of(
        "This LA: pupils aged 5 to 15 in state-funded primary, secondary and special schools (the"
            + " DfE's headline cohort), from the registers; the published figures are the DfE's"
            + " for the same period. The DfE's totals weight each phase's rate by its pupils.",
        "Rank among LAs: this LA's own figure placed among every LA's published figure (1 ="
            + " lowest absence; tied LAs share the smaller rank); band A is the quarter of LAs"
            + " with the lowest absence, D the highest.",
        "Region: "
            + (region == null
                ? Figures.NOT_AVAILABLE + " (the LA code matches no published LA)"
                : region)
            + ". Statistical neighbours: the mean of the "
            + (neighbours.isEmpty()
                ? "neighbours (" + Figures.NOT_AVAILABLE + " for this LA code)"
                : neighbours.size()
                    + " DfE children's services statistical neighbours ("
                    + String.join(", ", neighbours)
                    + ") with a published figure")
            + ".",
        "Published statistics: Contains public sector information licensed under the Open"
            + " Government Licence v3.0.");
  }

  /** One measure and phase compared. */
  private record Comparison(
      double value,
      Double england,
      Double region,
      Double neighbourMean,
      int neighboursWithData,
      int neighbourCount,
      PhaseRanking.Place place) {

    static Comparison of(
        double value, List<Published> rows, String laCode, String region, List<String> neighbours) {
      Double england = first(rows, p -> "National".equals(p.level()));
      Double regional =
          region == null
              ? null
              : first(rows, p -> "Regional".equals(p.level()) && region.equals(p.region()));
      Map<String, Double> byLa = new HashMap<>();
      rows.stream()
          .filter(
              p -> "Local authority".equals(p.level()) && p.laCode() != null && p.value() != null)
          .forEach(p -> byLa.put(p.laCode(), p.value()));
      List<Double> neighbourValues =
          neighbours.stream().map(byLa::get).filter(Objects::nonNull).toList();
      Double mean =
          neighbourValues.isEmpty()
              ? null
              : neighbourValues.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      byLa.put(laCode, value);
      PhaseRanking.Place place = PhaseRanking.rank(byLa).get(laCode);
      return new Comparison(
          value, england, regional, mean, neighbourValues.size(), neighbours.size(), place);
    }

    private static Double first(List<Published> rows, java.util.function.Predicate<Published> p) {
      return rows.stream()
          .filter(p)
          .map(Published::value)
          .filter(Objects::nonNull)
          .findFirst()
          .orElse(null);
    }

    TableRow row(String label) {
      return TableRow.of(
          Cell.text(label),
          Cell.rate(value),
          Cell.rate(england),
          Cell.rate(region),
          Cell.rate(neighbourMean),
          neighbourCount == 0
              ? Cell.notAvailable()
              : Cell.text(neighboursWithData + " of " + neighbourCount),
          Cell.points(england == null ? null : value - england),
          ranked()
              ? new Cell(
                  place.rank() + " of " + place.outOf(), (double) place.rank(), CellFormat.COUNT)
              : Cell.notAvailable(),
          place.band() == null || !ranked() ? Cell.notAvailable() : Cell.text(place.band()));
    }

    String sentence(String measure) {
      String sentence =
          "%s in the LA (%s) was %s England (%s)"
              .formatted(
                  measure,
                  Figures.percent(value),
                  Differences.compared(value, england),
                  Figures.percent(england));
      if (ranked()) {
        sentence +=
            ", rank %d of %d LAs (1 = lowest absence)".formatted(place.rank(), place.outOf());
        if (place.band() != null) {
          sentence += ", band " + place.band();
        }
      }
      return sentence + ".";
    }

    /** A rank needs other LAs' published figures to be ranked against. */
    boolean ranked() {
      return place.outOf() > 1;
    }
  }
}
