package org.schoolattendance.reports.la.section;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.la.LaSection;
import org.schoolattendance.reports.la.SectionChart;
import org.schoolattendance.reports.la.render.LaCharts;
import org.schoolattendance.reports.la.table.Cell;
import org.schoolattendance.reports.la.table.LaTable;
import org.schoolattendance.reports.la.table.TableRow;

/** How the LA's pupils spread over 5% bands of their own absence (mart_absence_band). */
public final class AbsenceBandSection {

  static final String TITLE = "Distribution of pupils by absence band";

  private record Band(int band, double lower, double upper, long enrolments) {}

  private AbsenceBandSection() {}

  public static LaSection build(LaContext context) throws SQLException {
    if (!context.warehouse().tableExists("mart_absence_band")) {
      return LaSection.notAvailable(TITLE, "the absence band mart has not been built");
    }
    List<Band> bands =
        context
            .warehouse()
            .list(
                "select band, band_lower_pct, band_upper_pct, enrolments from mart_absence_band"
                    + " where geography_level = 'la' and cohort = 'headline' and la_code = ?"
                    + " and period_id = ? order by band",
                row -> new Band(row.getInt(1), row.getDouble(2), row.getDouble(3), row.getLong(4)),
                context.laCode(),
                context.martPeriodId());
    long total = bands.stream().mapToLong(Band::enrolments).sum();
    if (total == 0) {
      return LaSection.notAvailable(TITLE, "no band figures for " + context.period().label());
    }
    Map<String, Long> sizes = new LinkedHashMap<>();
    bands.forEach(b -> sizes.put(String.valueOf(b.band()), b.enrolments()));
    var hidden = context.suppression().suppressedGroups(sizes);
    List<TableRow> rows = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    for (Band band : bands) {
      String label = label(band);
      boolean isHidden = hidden.contains(String.valueOf(band.band()));
      double share = 100.0 * band.enrolments() / total;
      rows.add(
          TableRow.of(
              Cell.text(label),
              isHidden ? Cell.suppressed() : Cell.count(band.enrolments()),
              isHidden ? Cell.suppressed() : Cell.rate(share)));
      labels.add(wholePercent(band.lower()));
      shares.add(isHidden ? null : share);
    }
    rows.add(
        TableRow.total(
            Cell.text("All pupils with 20 or more possible sessions"),
            Cell.count(total),
            Cell.rate(100.0)));
    Map<String, List<Double>> series = new LinkedHashMap<>();
    series.put("Share of pupils (%)", shares);
    long persistent = bands.stream().filter(b -> b.lower() >= 10).mapToLong(Band::enrolments).sum();
    long approaching =
        bands.stream()
            .filter(b -> b.lower() >= 5 && b.lower() < 10)
            .mapToLong(Band::enrolments)
            .sum();
    return new LaSection(
        TITLE,
        List.of(
            "%s of pupils missed 10%% or more of their sessions (persistent absence), and a"
                    .formatted(Figures.percent(100.0 * persistent / total))
                + " further %s were approaching it (5%% to under 10%%)."
                    .formatted(Figures.percent(100.0 * approaching / total))),
        new SectionChart(
            "Share of pupils in each 5% band of overall absence (band start shown)",
            LaCharts.bars(labels, series, "% of pupils")),
        new LaTable(
            "Absence bands", List.of("Overall absence band", "Pupils", "Share of pupils"), rows),
        List.of(
            "Pupils aged 5 to 15 in state-funded schools with at least 20 possible sessions"
                + " in the period. c: fewer than "
                + context.suppression().minimum()
                + " pupils"
                + " (with a second band hidden where the total would reveal it)."));
  }

  private static String label(Band band) {
    if (band.lower() >= 100) {
      return "100%";
    }
    return wholePercent(band.lower()) + " to under " + wholePercent(band.upper());
  }

  /** Band limits are whole multiples of 5: "65%". */
  private static String wholePercent(double value) {
    return Math.round(value) + "%";
  }
}
