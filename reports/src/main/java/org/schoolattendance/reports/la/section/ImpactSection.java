package org.schoolattendance.reports.la.section;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schoolattendance.reports.la.LaSection;
import org.schoolattendance.reports.la.SectionChart;
import org.schoolattendance.reports.la.render.LaCharts;
import org.schoolattendance.reports.la.table.Cell;
import org.schoolattendance.reports.la.table.LaTable;
import org.schoolattendance.reports.la.table.TableRow;

/**
 * The home-visit programme's measured impact (impact_event_study): the pooled in-person event study
 * as a chart with its interval band, and the estimate for each contact mode.
 */
public final class ImpactSection {

  static final String TITLE = "Home-visit programme: measured impact by contact mode";

  /** The month the headline sentence and the interval columns report. */
  static final int HEADLINE_MONTH = 3;

  private static final Map<String, String> MODES = new LinkedHashMap<>();

  static {
    MODES.put("in_person", "In person (home visit or in-school meeting)");
    MODES.put("home_visit", "Home visit");
    MODES.put("in_school_meeting", "In-school meeting");
    MODES.put("phone", "Phone call");
    MODES.put("video", "Video call");
    MODES.put("placebo", "Placebo check (never contacted)");
  }

  private static final List<String> HEADERS =
      List.of(
          "Contact mode",
          "Pupils contacted",
          "Effect, month +1",
          "Effect, month +3",
          "95% interval from",
          "to",
          "Effect, month +6",
          "Naive change, month +3");

  private ImpactSection() {}

  public static LaSection build(LaContext context) throws SQLException {
    EventStudy study = EventStudy.load(context.warehouse());
    if (study == null || study.isEmpty()) {
      return LaSection.notAvailable(
          TITLE,
          "the impact study has not been run (it needs the intervention log and the transform"
              + " stage)");
    }
    List<TableRow> rows = new ArrayList<>();
    MODES.forEach(
        (analysis, label) -> {
          EventStudy.Estimate month0 = study.all(analysis, 0);
          if (month0 == null) {
            return;
          }
          EventStudy.Estimate headline = study.all(analysis, HEADLINE_MONTH);
          rows.add(
              TableRow.of(
                  Cell.text(label),
                  context.suppression().isTooSmall(month0.treatedPupils())
                      ? Cell.suppressed()
                      : Cell.count(month0.treatedPupils()),
                  effect(study.all(analysis, 1)),
                  effect(headline),
                  Cell.points(headline == null ? null : headline.low()),
                  Cell.points(headline == null ? null : headline.high()),
                  effect(study.all(analysis, 6)),
                  Cell.points(headline == null ? null : headline.naive())));
        });
    return new LaSection(
        TITLE,
        ImpactSentences.pooled(study),
        chart(study),
        new LaTable("Impact by mode", HEADERS, rows),
        List.of(
            "Effect: the change in monthly attendance of contacted pupils since the three months"
                + " before their first contact, minus the change of matched pupils not yet"
                + " contacted (same contact week, phase, year group, FSM, SEN and recent"
                + " attendance), in percentage points; 95% intervals from a pupil bootstrap.",
            "Months before the contact (negative) should show no effect: they check the"
                + " comparison. The placebo applies the same method to pupils never contacted,"
                + " with pretend dates, and should show about zero.",
            "Naive change: contacted pupils' own change, with no comparison group. It is shown"
                + " only to make the point that it overstates the effect; do not quote it as the"
                + " impact."));
  }

  static Cell effect(EventStudy.Estimate estimate) {
    return Cell.points(estimate == null ? null : estimate.effect());
  }

  private static SectionChart chart(EventStudy study) {
    List<EventStudy.Estimate> series = study.series("in_person", -3, 9);
    if (series.isEmpty()) {
      return null;
    }
    return new SectionChart(
        "Effect of a first in-person contact on attendance, by month (percentage points, 95%"
            + " interval band)",
        LaCharts.eventStudy(
            series.stream().map(EventStudy.Estimate::month).toList(),
            series.stream().map(EventStudy.Estimate::effect).toList(),
            series.stream().map(EventStudy.Estimate::low).toList(),
            series.stream().map(EventStudy.Estimate::high).toList()));
  }
}
