package org.schoolattendance.reports.school;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.schoolattendance.reports.Figures;
import org.schoolattendance.reports.charts.GroupBarChart;
import org.schoolattendance.reports.pack.document.Section;
import org.schoolattendance.reports.pack.document.Table;
import org.schoolattendance.reports.privacy.SmallGroupSuppression;

/** How pupils spread over 5% bands of absence (pupils with at least 20 possible sessions). */
final class BandSection {

  static final String HEADING = "How absence is spread";

  private BandSection() {}

  static Section build(SchoolFacts facts) {
    BandFigures figures = facts.bands();
    long total = figures.schoolTotal();
    if (total == 0) {
      return Section.of(HEADING, List.of("Absence bands are not available for this period."));
    }
    Map<String, Long> sizes = new LinkedHashMap<>();
    figures.bands().forEach(band -> sizes.put(band.label(), band.school()));
    Set<String> hidden =
        new SmallGroupSuppression(facts.suppressionMinimum()).suppressedGroups(sizes);
    List<GroupBarChart.Bar> bars = new ArrayList<>();
    Table.Builder table =
        Table.withHeader("Share of sessions missed", "Pupils", "Share of pupils", "LA share");
    long laTotal = figures.laTotal();
    for (BandFigures.Band band : figures.bands()) {
      boolean suppressed = hidden.contains(band.label());
      double share = 100.0 * band.school() / total;
      Double laShare = laTotal == 0 ? null : 100.0 * band.la() / laTotal;
      bars.add(new GroupBarChart.Bar(band.label(), suppressed ? null : share, laShare, null));
      Table.Row row =
          band.band() == 2 || band.band() == 10
              ? Table.Row.emphasised(
                  band.label() + (band.band() == 2 ? " (persistent absence)" : " (severe)"),
                  Cells.count(band.school(), suppressed),
                  Cells.percent(share, suppressed),
                  Cells.percent(laShare))
              : Table.Row.of(
                  band.label(),
                  Cells.count(band.school(), suppressed),
                  Cells.percent(share, suppressed),
                  Cells.percent(laShare));
      table.row(row);
    }
    table.row(
        Table.Row.emphasised(
            "All pupils in the bands",
            Figures.count(total),
            "100.0%",
            laTotal == 0 ? "" : "100.0%"));
    return Section.of(HEADING, sentences(figures, hidden, total))
        .withChart(GroupBarChart.vertical("Share of pupils", "This school", bars))
        .withTable(table.build())
        .withNotes(
            List.of(
                "Pupils with fewer than 20 possible sessions in the period are left out, as in"
                    + " the DfE's absence bandings. Persistent absence starts at 10% and severe"
                    + " absence at 50% of sessions missed."));
  }

  private static List<String> sentences(BandFigures figures, Set<String> hidden, long total) {
    BandFigures.Band approaching =
        figures.bands().stream().filter(band -> band.band() == 1).findFirst().orElse(null);
    if (approaching == null || hidden.contains(approaching.label())) {
      return List.of();
    }
    return List.of(
        "%s pupils (%s) missed 5%% to under 10%% of their sessions: close to persistent absence."
            .formatted(
                Figures.count(approaching.school()),
                Figures.percent(100.0 * approaching.school() / total)));
  }
}
